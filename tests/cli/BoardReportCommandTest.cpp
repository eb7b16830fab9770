// `finsam board-report` as the kansli would run it, on the imported seeds.
#include "FinsamCommand.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using FinsamCommand = testing::FinsamCommand;

/// The part of the HTML about one insats: from its heading to the next insats's.
std::string part_about(const std::string& html, const std::string& name) {
    const auto heading = html.find("-rubrik\">" + name + "</h3>");
    if (heading == std::string::npos)
        return {};
    const auto next = html.find("<h3", heading + 1);
    return html.substr(heading, next == std::string::npos ? std::string::npos : next - heading);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The acceptance check: the 2022 report lists each insats of the projektredovisning
// with its owner, period and text; the 2024 report has Kärnhuset 2.0 and none of 2022's.
TEST_F(FinsamCommand, TheBoardReportOfTheSeedsHasTheInsatserOfItsYear) {
    if (!testing::seed_file("000_"))
        GTEST_SKIP() << "seed documents not found in " FINSAM_SEEDS_DIR;
    ASSERT_NE(run("import '" FINSAM_SEEDS_DIR "'").exit_status, 2);
    const auto file_2022 = (database().parent_path() / "2022.html").string();
    const auto file_2024 = (database().parent_path() / "2024.html").string();

    const auto made_2022 = run("board-report --period 2022 -o '" + file_2022 + "'");
    const auto made_2024 = run("board-report --period 2024 --format html -o '" + file_2024 + "'");

    ASSERT_EQ(made_2022.exit_status, 0) << made_2022.err;
    ASSERT_EQ(made_2024.exit_status, 0) << made_2024.err;
    const std::string year_2022 = testing::read_file(file_2022);
    const std::string year_2024 = testing::read_file(file_2024);
    const std::vector<std::string> compiled{
        "Cresco Creare",     "Elings ark",      "Friskvågen",         "GreveGarden",
        "Hantverksstegen",   "Måla för hälsan", "Prerehab Gullspång", "Prerehab Mariestad",
        "Prerehab Töreboda", "Promise Hjo",     "Rörsås Lantliv"};
    for (const auto& name : compiled) {
        EXPECT_FALSE(part_about(year_2022, name).empty()) << name << " is missing from 2022";
        EXPECT_TRUE(part_about(year_2024, name).empty()) << name << " is in 2024";
    }
    const std::string friskvagen = part_about(year_2022, "Friskvågen");
    EXPECT_TRUE(contains(friskvagen, "<dd>Götene kommun</dd>"));
    EXPECT_TRUE(contains(friskvagen, "<dd>2022-01-01 – 2022-08-31</dd>"));
    EXPECT_TRUE(
        contains(friskvagen, "<h4>Bakgrund</h4>\n\n<p>På grund av det höga sjukpenningtalet"));
    EXPECT_TRUE(contains(friskvagen, "<h4>Syfte</h4>\n\n<p>Syftet med den förberedande insatsen"));
    const std::string gullspang = part_about(year_2022, "Prerehab Gullspång");
    EXPECT_TRUE(contains(gullspang, "<dd>Gullspångs kommun</dd>"));
    EXPECT_TRUE(contains(gullspang, "<dd>2022-01-01 – 2022-06-30</dd>"));
    EXPECT_FALSE(part_about(year_2024, "Kärnhuset 2.0").empty());
}

TEST_F(FinsamCommand, TheBoardReportSaysWhatIsWrongWithTheCommand) {
    const auto wrong_period = run("board-report --period 2022Q5");
    const auto no_file = run("board-report --period 2022 --format docx");

    EXPECT_EQ(wrong_period.exit_status, 2);
    EXPECT_TRUE(contains(wrong_period.err, "2022Q5")) << wrong_period.err;
    EXPECT_EQ(no_file.exit_status, 2);
    EXPECT_TRUE(contains(no_file.err, "Ange en fil med -o")) << no_file.err;
}

} // namespace
} // namespace finsam
