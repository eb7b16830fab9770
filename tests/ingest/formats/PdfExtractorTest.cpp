#include "TestSupport.h"
#include "ingest/formats/TextExtractors.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <vector>

namespace finsam {
namespace {

using testing::fixture;
using testing::read_file;

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::ptrdiff_t index_of(const std::vector<std::string>& lines, std::string_view line) {
    const auto found = std::find(lines.begin(), lines.end(), line);
    return found == lines.end() ? -1 : found - lines.begin();
}

/// "Diarienummer        Signatur" split at its run of spaces.
std::vector<std::string> columns_of(std::string_view line) {
    std::vector<std::string> columns;
    std::size_t start = 0;
    while (start < line.size()) {
        std::size_t gap = line.find("  ", start);
        if (gap == std::string_view::npos) {
            gap = line.size();
        }
        columns.emplace_back(line.substr(start, gap - start));
        start = line.find_first_not_of(' ', gap);
        if (start == std::string_view::npos) {
            break;
        }
    }
    return columns;
}

ExtractError::Code error_code(const tl::expected<std::string, ExtractError>& result) {
    EXPECT_FALSE(result.has_value());
    return result.has_value() ? ExtractError::Code::Unsupported : result.error().code;
}

class PdfExtractorReport : public ::testing::Test {
protected:
    void SetUp() override {
        const auto text = extract_pdf_text(read_file(fixture("quarterly-report.pdf")));
        ASSERT_TRUE(text.has_value()) << text.error().message;
        m_text = *text;
        m_lines = lines_of(m_text);
    }

    std::string m_text;
    std::vector<std::string> m_lines;
};

TEST_F(PdfExtractorReport, KeepsTheLabelsAndTheValuesOfATwoColumnTableOnTheirOwnLines) {
    const auto labels = std::find_if(m_lines.begin(), m_lines.end(), [](const std::string& line) {
        return line.starts_with("Diarienummer");
    });
    ASSERT_NE(labels, m_lines.end());
    ASSERT_NE(labels + 1, m_lines.end());

    EXPECT_EQ(columns_of(*labels), (std::vector<std::string>{"Diarienummer", "Signatur"}));
    EXPECT_EQ(columns_of(*(labels + 1)), (std::vector<std::string>{"SFX 25-03.07", "MBE"}));
    const auto organisation = std::find_if(m_lines.begin(), m_lines.end(), [](const auto& line) {
        return line.starts_with("Organisations namn");
    });
    ASSERT_NE(organisation, m_lines.end());
    EXPECT_EQ(columns_of(*organisation),
              (std::vector<std::string>{"Organisations namn", "Arbetsställets namn"}));
    EXPECT_EQ(columns_of(*(organisation + 1)),
              (std::vector<std::string>{"Älvdalens kommun", "Jobbtorget Öst"}));
}

TEST_F(PdfExtractorReport, KeepsReadingOrderAndSwedishLetters) {
    const std::ptrdiff_t heading = index_of(m_lines, "1. Allmänna uppgifter");
    ASSERT_GE(heading, 0);
    EXPECT_EQ(m_lines[static_cast<std::size_t>(heading) + 1], "Insatsens namn");
    EXPECT_EQ(m_lines[static_cast<std::size_t>(heading) + 2], "Gröna vägen");
    EXPECT_LT(index_of(m_lines, "Kvartalsrapport"), heading);
    EXPECT_GT(index_of(m_lines, "250101 - 250331"), heading);
}

TEST_F(PdfExtractorReport, SeparatesPagesWithAFormFeedLineEvenInTheMiddleOfASentence) {
    ASSERT_EQ(std::count(m_lines.begin(), m_lines.end(), "\f"), 1);
    const auto page_break = static_cast<std::size_t>(index_of(m_lines, "\f"));
    ASSERT_GE(page_break, 2u);

    // The footer sits between the two halves of a sentence, as in real reports.
    EXPECT_EQ(columns_of(m_lines[page_break - 1]),
              (std::vector<std::string>{"www.exempelforbundet.se", "Sida 1(2)"}));
    EXPECT_TRUE(m_lines[page_break - 3].ends_with("haft tolv deltagare"));
    EXPECT_EQ(m_lines[page_break + 1], "inskrivna, varav sju kvinnor och fem män.");
}

TEST_F(PdfExtractorReport, WritesNoTrailingSpacesAndNoFormFeedInsideALine) {
    for (const std::string& line : m_lines) {
        EXPECT_FALSE(line.ends_with(' ')) << line;
        EXPECT_TRUE(line == "\f" || line.find('\f') == std::string::npos) << line;
    }
}

TEST(PdfExtractor, ReadsAPdfThatOnlyRestrictsCopying) {
    const auto text = extract_pdf_text(read_file(fixture("copy-restricted.pdf")));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_TRUE(text->starts_with("Slutrapport\nInsats för samverkansmedel\n"));
}

TEST(PdfExtractor, ReportsATruncatedPdfAsCorrupt) {
    const std::string whole = read_file(fixture("quarterly-report.pdf"));

    EXPECT_EQ(error_code(extract_pdf_text(whole.substr(0, whole.size() / 2))),
              ExtractError::Code::Corrupt);
}

TEST(PdfExtractor, ReportsBinaryGarbageAsCorrupt) {
    std::string garbage = "%PDF-1.7\n";
    for (unsigned value = 0; value < 4096; ++value) {
        garbage += static_cast<char>((value * 7919u + 13u) % 251u);
    }

    EXPECT_EQ(error_code(extract_pdf_text(garbage)), ExtractError::Code::Corrupt);
    EXPECT_EQ(error_code(extract_pdf_text(garbage.substr(9))), ExtractError::Code::Corrupt);
}

TEST(PdfExtractor, ReportsAPasswordProtectedPdfAsEncrypted) {
    EXPECT_EQ(error_code(extract_pdf_text(read_file(fixture("password-protected.pdf")))),
              ExtractError::Code::Encrypted);
}

TEST(PdfExtractor, ReportsAPdfWithoutTextLayerAsEmptyAndSaysItMayBeAScan) {
    const auto text = extract_pdf_text(read_file(fixture("no-text-layer.pdf")));

    ASSERT_FALSE(text.has_value());
    EXPECT_EQ(text.error().code, ExtractError::Code::Empty);
    EXPECT_NE(text.error().message.find("scanned"), std::string::npos);
}

TEST(PdfExtractor, ReportsAnEmptyFileAsEmpty) {
    EXPECT_EQ(error_code(extract_pdf_text("")), ExtractError::Code::Empty);
}

} // namespace
} // namespace finsam
