// Files through the Importer: formats, e-mail attachments and what cannot be read.
#include "ingest/Importer.h"

#include "TestSupport.h"
#include "ingest/formats/TextExtractors.h"

#include <fstream>
#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono;

class ImporterTest : public ::testing::Test {
protected:
    ImporterTest() : m_reader(*load_templates(testing::templates_dir())), m_importer(m_reader) {}

    ImportedFile import(const std::string& formats_fixture) {
        // The format extractors' fixtures, beside this folder's tests.
        auto folder = std::filesystem::path(FINSAM_FIXTURES_DIR).parent_path() / "formats";
        return m_importer.read_file(folder / "fixtures" / formats_fixture);
    }

    ReportReader m_reader;
    Importer m_importer;
    testing::TemporaryDirectory m_directory;
};

TEST_F(ImporterTest, AnEmailBringsItsAttachmentAndItsDateAsArrivalDate) {
    auto file = import("report-attached.eml");
    ASSERT_FALSE(file.failed()) << file.error_messages().front();
    EXPECT_EQ(file.format, FileFormat::Email);
    ASSERT_EQ(file.documents.size(), 1u);
    const auto& document = file.documents[0];
    EXPECT_EQ(document.format, FileFormat::Pdf);
    EXPECT_NE(document.name.find("report-attached.eml: "), std::string::npos);
    ASSERT_EQ(document.reading.reports.size(), 1u);
    // Sent 23:30 UTC on 14 April: in Sweden it arrived on the 15th.
    EXPECT_EQ(document.reading.reports[0].registration.arrival_date, year{2025} / 4 / 15);
}

TEST_F(ImporterTest, AnEmailWithoutAReportIsOneClearError) {
    auto file = import("no-attachment.eml");
    EXPECT_TRUE(file.failed());
    ASSERT_TRUE(file.error);
    EXPECT_EQ(file.error->code, ExtractError::Code::NoReport);
}

TEST_F(ImporterTest, ReadsPdfAndDocx) {
    for (auto name : {"quarterly-report.pdf", "quarterly-report.docx"}) {
        auto file = import(name);
        ASSERT_FALSE(file.failed()) << name;
        ASSERT_EQ(file.documents.size(), 1u);
        EXPECT_EQ(file.documents[0].reading.document_kind, ReportKind::Quarterly) << name;
        EXPECT_EQ(file.documents[0].content_hash.size(), 64u);
    }
}

TEST_F(ImporterTest, RefusesWhatItCannotRead) {
    auto protected_pdf = import("password-protected.pdf");
    ASSERT_TRUE(protected_pdf.failed());
    ASSERT_EQ(protected_pdf.documents.size(), 1u);
    ASSERT_TRUE(protected_pdf.documents[0].extract_error);
    EXPECT_EQ(protected_pdf.documents[0].extract_error->code, ExtractError::Code::Encrypted);

    auto image = m_directory.path() / "skanning.png";
    testing::write_file(image, std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\0'));
    auto unsupported = m_importer.read_file(image);
    ASSERT_TRUE(unsupported.error);
    EXPECT_EQ(unsupported.error->code, ExtractError::Code::Unsupported);
    EXPECT_FALSE(unsupported.format);

    auto garbage = m_directory.path() / "skräp.pdf";
    testing::write_file(garbage, "%PDF-1.7\n\x01\x02\x03 garbage that is no PDF at all");
    auto corrupt = m_importer.read_file(garbage);
    ASSERT_TRUE(corrupt.failed());
    ASSERT_EQ(corrupt.documents.size(), 1u);
    EXPECT_EQ(corrupt.documents[0].extract_error->code, ExtractError::Code::Corrupt);
}

TEST_F(ImporterTest, RefusesAFileOver200MegabytesWithoutReadingIt) {
    auto huge = m_directory.path() / "stor.pdf";
    {
        std::ofstream output(huge, std::ios::binary);
        output << "%PDF-1.4\n";
    }
    std::filesystem::resize_file(huge, k_max_input_bytes + 1); // sparse: no disk used
    auto file = m_importer.read_file(huge);
    ASSERT_TRUE(file.error);
    EXPECT_EQ(file.error->code, ExtractError::Code::TooLarge);
}

TEST_F(ImporterTest, RefusesADocumentWhoseTextIsLongerThanAnyReport) {
    auto long_text = m_directory.path() / "lång.txt";
    std::string text;
    while (text.size() <= k_max_text_bytes)
        text += "Insatsen har haft tolv deltagare under kvartalet.\n";
    testing::write_file(long_text, text);
    auto file = m_importer.read_file(long_text);
    ASSERT_EQ(file.documents.size(), 1u);
    ASSERT_TRUE(file.documents[0].extract_error);
    EXPECT_EQ(file.documents[0].extract_error->code, ExtractError::Code::TooLarge);
    EXPECT_TRUE(file.documents[0].reading.reports.empty());
}

TEST_F(ImporterTest, CollectsFoldersRecursivelyWithoutHiddenFiles) {
    auto root = m_directory.path();
    testing::write_file(root / "a" / "q1.txt", "x");
    testing::write_file(root / "a" / "b" / "q2.pdf", "x");
    testing::write_file(root / "a" / ".dold.txt", "x");
    testing::write_file(root / "a" / "~$utkast.docx", "x");
    testing::write_file(root / ".git" / "config", "x");
    std::vector<std::filesystem::path> missing;
    auto files = collect_files({root, root / "saknas"}, missing);
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].filename(), "q2.pdf");
    EXPECT_EQ(files[1].filename(), "q1.txt");
    ASSERT_EQ(missing.size(), 1u);
}

} // namespace
} // namespace finsam
