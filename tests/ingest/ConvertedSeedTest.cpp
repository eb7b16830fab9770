// The seeds, and the documents in no template's layout, converted to PDF and DOCX with
// LibreOffice must read the same as their text.
#include "TestSupport.h"
#include "ingest/Importer.h"

#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>

namespace finsam {
namespace {

bool has_libreoffice() {
    return std::system("command -v soffice >/dev/null 2>&1") == 0;
}

/// Converts every file in `inputs` to `format` ("pdf" or "docx") in `folder`.
bool convert(const std::vector<std::filesystem::path>& inputs, const std::string& format,
             const std::filesystem::path& folder) {
    // A private profile: parallel test runs must not share LibreOffice's lock.
    auto command = "soffice -env:UserInstallation=file://" + (folder / "profile").string() +
                   " --headless --convert-to " + format + " --outdir '" + folder.string() + "'";
    for (const auto& input : inputs)
        command += " '" + input.string() + "'";
    command += " >/dev/null 2>&1";
    // LibreOffice may end its first start with a new profile after creating the profile
    // (exit status 81) without converting anything; the second start converts.
    return std::system(command.c_str()) == 0 || std::system(command.c_str()) == 0;
}

/// What must survive the conversion: everything but the exact section wording.
struct Essentials {
    std::string kind;
    std::string name;
    std::string owner;
    std::string period;
    std::string registration;
    std::string funds;
    std::string partners;
    std::string reporter;
    std::string section_ids;
    std::string figures;

    bool operator==(const Essentials&) const = default;
};

std::string date_text(const std::optional<Date>& date) {
    return date ? format_iso(*date) : "-";
}

Essentials essentials(const Report& report) {
    Essentials result{std::string(to_string(report.kind)),
                      report.intervention.name,
                      report.intervention.owner.value_or("-"),
                      date_text(report.period.start) + ".." + date_text(report.period.end),
                      report.registration.registry_number.value_or("-") + "/" +
                          report.registration.signature.value_or("-") + "/" +
                          date_text(report.registration.arrival_date),
                      std::to_string(report.funds.granted_sek.value_or(-1)) + "/" +
                          std::to_string(report.funds.used_sek.value_or(-1)),
                      {},
                      date_text(report.reporter.date) + " " + report.reporter.name.value_or("-"),
                      {},
                      {}};
    for (const auto& partner : report.partners)
        result.partners += partner + ";";
    for (const auto& section : report.sections)
        result.section_ids += section.id + ";";
    for (const auto& figure : report.figures)
        result.figures +=
            std::string(to_string(figure.measure)) + "=" + std::to_string(figure.value) + ";";
    return result;
}

void PrintTo(const Essentials& value, std::ostream* out) {
    *out << value.kind << " | " << value.name << " | " << value.owner << " | " << value.period
         << " | " << value.registration << " | " << value.funds << " | " << value.partners << " | "
         << value.reporter << " | " << value.section_ids << " | " << value.figures;
}

class ConvertedSeedTest : public ::testing::TestWithParam<std::string> {};

/// Converts `documents` to `format` and checks that each reads as its text does. LibreOffice
/// decides the import filter by extension: Markdown is given a .txt name, and read as text.
void expect_converted_to_read_the_same(const std::vector<std::filesystem::path>& documents,
                                       const std::string& format) {
    testing::TemporaryDirectory directory;
    std::vector<std::filesystem::path> inputs;
    for (const auto& document : documents) {
        auto copy = directory.path() / (document.stem().string() + ".txt");
        std::filesystem::copy_file(document, copy);
        inputs.push_back(copy);
    }
    auto converted = directory.path() / format;
    ASSERT_TRUE(convert(inputs, format, converted));

    auto templates = load_templates(testing::templates_dir());
    ASSERT_TRUE(templates);
    ReportReader reader(*templates);
    Importer importer(reader);
    for (const auto& input : inputs) {
        auto text_file = importer.read_file(input);
        auto other_file = importer.read_file(converted / (input.stem().string() + "." + format));
        ASSERT_FALSE(text_file.failed()) << input;
        ASSERT_FALSE(other_file.failed()) << input << ": " << other_file.error_messages().front();
        const auto& text_reports = text_file.documents.at(0).reading.reports;
        const auto& other_reports = other_file.documents.at(0).reading.reports;
        ASSERT_EQ(text_reports.size(), other_reports.size()) << input;
        for (std::size_t index = 0; index < text_reports.size(); ++index)
            EXPECT_EQ(essentials(text_reports[index]), essentials(other_reports[index]))
                << input << " report " << index;
    }
}

TEST_P(ConvertedSeedTest, ReadsTheSameAsTheText) {
    std::vector<std::filesystem::path> seeds;
    for (auto prefix : {"000_", "001_", "003_", "004_"}) {
        auto seed = testing::seed_file(prefix);
        if (seed)
            seeds.push_back(*seed);
    }
    if (seeds.empty())
        GTEST_SKIP() << "seed documents not found in " FINSAM_SEEDS_DIR;
    if (!has_libreoffice())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed; scripts/test.sh installs it";
    expect_converted_to_read_the_same(seeds, GetParam());
}

// The documents in no template's layout (AnyLayoutTest) as PDF and Word files.
TEST_P(ConvertedSeedTest, DocumentsInAnyLayoutReadTheSameAsTheText) {
    if (!has_libreoffice())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed; scripts/test.sh installs it";
    std::vector<std::filesystem::path> documents;
    for (const auto& entry : std::filesystem::directory_iterator(testing::fixture("any-layout")))
        documents.push_back(entry.path());
    std::sort(documents.begin(), documents.end());
    ASSERT_EQ(documents.size(), 5u);
    expect_converted_to_read_the_same(documents, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Formats, ConvertedSeedTest, ::testing::Values("pdf", "docx"));

} // namespace
} // namespace finsam
