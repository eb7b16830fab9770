// Runs the real `finsam` executable the way a kansli would, in a fresh directory per test.
#include "FinsamCommand.h"
#include "storage/Database.h"
#include "storage/OriginalFiles.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace finsam {
namespace {

using FinsamCommand = testing::FinsamCommand;
using testing::json_lines;

TEST_F(FinsamCommand, DryRunPrintsTheContractAndWritesNothing) {
    auto file = copy_fixture("stegvis-q1.txt", "stegvis.txt");
    auto result = run("import --dry-run --json '" + file + "'");
    EXPECT_EQ(result.exit_status, 0) << result.err;
    EXPECT_FALSE(std::filesystem::exists(database()));

    auto lines = json_lines(result.out);
    ASSERT_EQ(lines.size(), 1u);
    const auto& document = lines[0];
    EXPECT_EQ(document["file"], file);
    EXPECT_EQ(document["format"], "txt");
    EXPECT_EQ(document["document_kind"], "kvartalsrapport");
    EXPECT_TRUE(document["errors"].empty());
    ASSERT_EQ(document["reports"].size(), 1u);
    const auto& report = document["reports"][0];
    EXPECT_EQ(report["kind"], "kvartalsrapport");
    EXPECT_EQ(report["intervention"]["name"], "Stegvis");
    EXPECT_EQ(report["intervention"]["owner"], "Exempelby kommun, Arbetsmarknadsenheten");
    EXPECT_TRUE(report["intervention"]["kind"].is_null());
    EXPECT_EQ(report["period"]["start"], "2025-01-01");
    EXPECT_EQ(report["period"]["end"], "2025-03-31");
    EXPECT_EQ(report["registration"]["registry_number"], "XYZ 25-02.01");
    EXPECT_EQ(report["registration"]["signature"], "EEX");
    EXPECT_EQ(report["registration"]["arrival_date"], "2025-04-12");
    EXPECT_TRUE(report["funds"]["granted_sek"].is_null());
    EXPECT_EQ(report["reporter"]["date"], "2025-04-10");
    EXPECT_EQ(report["reporter"]["name"], "Eva Exempel");
    EXPECT_TRUE(report["goals"].is_array());
    ASSERT_GE(report["sections"].size(), 3u);
    bool found_activities = false;
    for (const auto& section : report["sections"]) {
        if (section["id"] != "2.1")
            continue;
        found_activities = true;
        EXPECT_EQ(section["title"], "Aktiviteter");
        EXPECT_EQ(section["text"],
                  "Projektet har totalt haft 12 deltagare. Idag har projektet totalt 9 deltagare "
                  "inskrivna. Två deltagare har fått arbete under kvartalet och gruppen träffas "
                  "varje vecka i studiecirkelns lokal.");
    }
    EXPECT_TRUE(found_activities);
    bool found_total = false;
    for (const auto& figure : report["figures"]) {
        if (figure["measure"] == "participants_total") {
            found_total = true;
            EXPECT_EQ(figure["value"], 12);
            EXPECT_EQ(figure["unit"], "count");
            EXPECT_EQ(figure["section"], "2.1");
            EXPECT_EQ(figure["quote"], "Projektet har totalt haft 12 deltagare.");
        }
    }
    EXPECT_TRUE(found_total);
}

TEST_F(FinsamCommand, ImportsOnceAndKeepsEveryVersion) {
    auto original = copy_fixture("stegvis-q1.txt", "stegvis.txt");
    auto first = run("import '" + original + "'");
    EXPECT_EQ(first.exit_status, 0) << first.err;
    EXPECT_NE(first.err.find("1 nya rapporter"), std::string::npos) << first.err;

    auto again = run("import '" + original + "'");
    EXPECT_EQ(again.exit_status, 0) << again.err;
    EXPECT_NE(again.err.find("0 nya rapporter"), std::string::npos) << again.err;
    EXPECT_NE(again.err.find("1 redan importerade"), std::string::npos) << again.err;

    auto corrected = copy_fixture("stegvis-q1-corrected.txt", "stegvis-rättad.txt");
    auto third = run("import '" + corrected + "'");
    EXPECT_EQ(third.exit_status, 0) << third.err;
    EXPECT_NE(third.err.find("1 nya versioner"), std::string::npos) << third.err;

    auto interventions = run("list");
    EXPECT_EQ(interventions.exit_status, 0);
    EXPECT_NE(interventions.out.find("Stegvis"), std::string::npos);

    auto shown = run("show 1");
    EXPECT_EQ(shown.exit_status, 0) << shown.err;
    EXPECT_NE(shown.out.find("2 version(er)"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("träffas varje vecka"), std::string::npos);
    EXPECT_NE(shown.out.find("träffas två gånger i vecka"), std::string::npos);

    auto latest = run("show 1 --json");
    auto report = nlohmann::json::parse(latest.out);
    EXPECT_EQ(report["intervention"]["name"], "Stegvis");
}

TEST_F(FinsamCommand, AnImportedFileIsKeptAsItWasReceived) {
    const auto path = copy_fixture("stegvis-q1.txt", "stegvis.txt");
    ASSERT_EQ(run("import '" + path + "'").exit_status, 0);
    ASSERT_EQ(run("import '" + path + "'").exit_status, 0); // known: kept once

    auto database = Database::open(this->database().string());
    ASSERT_TRUE(database) << database.error().message;
    std::int64_t kept = 0;
    std::int64_t association = 0;
    std::int64_t original_id = 0;
    database->session() << "SELECT COUNT(*), MAX(association_id), MAX(id) FROM original_files",
        soci::into(kept), soci::into(association), soci::into(original_id);
    EXPECT_EQ(kept, 1);
    const auto original = OriginalFileStore(*database).load(association, original_id);
    ASSERT_TRUE(original) << original.error().message;
    EXPECT_EQ(original->bytes, testing::read_file(path));
    EXPECT_EQ(original->file.file_name, path);
}

TEST_F(FinsamCommand, ABrokenFileGetsOneLineAndTheBatchGoesOn) {
    copy_fixture("truncated.pdf", "trasig.pdf");
    copy_fixture("not-a-report.txt", "protokoll.txt");
    copy_fixture("stegvis-q1.txt", "stegvis.txt");
    testing::write_file(m_directory.path() / "in" / "tom.txt", "");
    auto result = run("import '" + (m_directory.path() / "in").string() + "'");
    EXPECT_EQ(result.exit_status, 1);
    EXPECT_NE(result.err.find("trasig.pdf: filen är skadad"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("tom.txt: filen är tom"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("protokoll.txt: texten känns inte igen"), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("1 nya rapporter"), std::string::npos) << result.err;

    auto listed = run("list --reports");
    EXPECT_NE(listed.out.find("Stegvis"), std::string::npos);
}

TEST_F(FinsamCommand, ADocumentInNoTemplatesLayoutIsKeptAsAnOvrigRapport) {
    const auto path = copy_fixture("lagesrapport-vagvisaren.md", "vagvisaren.md");

    const auto dry = run("import --dry-run --json '" + path + "'");
    EXPECT_EQ(dry.exit_status, 0) << dry.err;
    const auto lines = json_lines(dry.out);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0]["document_kind"], "ovrig");
    ASSERT_EQ(lines[0]["reports"].size(), 1u);
    const auto& report = lines[0]["reports"][0];
    EXPECT_EQ(report["kind"], "ovrig");
    EXPECT_EQ(report["intervention"]["name"], "Vägvisaren");
    EXPECT_EQ(report["period"]["start"], "2025-01-01");
    EXPECT_EQ(report["sections"][0]["id"], "resultat");
    EXPECT_EQ(report["warnings"][0]["code"], "read_without_template");

    const auto imported = run("import '" + path + "'");
    EXPECT_EQ(imported.exit_status, 0) << imported.err;
    EXPECT_NE(imported.err.find("vagvisaren.md: läst utan mall som övrig rapport"),
              std::string::npos)
        << imported.err;
    EXPECT_NE(imported.err.find("1 nya rapporter"), std::string::npos) << imported.err;
    EXPECT_NE(imported.err.find("1 dokument lästa utan mall."), std::string::npos);
    EXPECT_NE(run("list --reports").out.find("Vägvisaren"), std::string::npos);
}

TEST_F(FinsamCommand, AnOvrigRapportThatNamesNoInsatsTakesTheOneGivenOrIsNotSaved) {
    const auto path = copy_fixture("samverkan-utan-insats.txt", "samverkan.txt");

    const auto refused = run("import '" + path + "'");
    EXPECT_EQ(refused.exit_status, 1);
    EXPECT_NE(refused.err.find("samverkan.txt: texten namnger ingen insats och sparades inte; "
                               "ange insatsen med --insats NAMN"),
              std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("0 nya rapporter"), std::string::npos) << refused.err;

    const auto given = run("import --insats 'Samverkan Nord' '" + path + "'");
    EXPECT_EQ(given.exit_status, 0) << given.err;
    EXPECT_NE(given.err.find("1 nya rapporter"), std::string::npos) << given.err;
    EXPECT_NE(run("list").out.find("Samverkan Nord"), std::string::npos);
}

TEST_F(FinsamCommand, AMissingPathIsAnError) {
    auto result = run("import '" + (m_directory.path() / "finns-inte").string() + "'");
    EXPECT_EQ(result.exit_status, 1);
    EXPECT_NE(result.err.find("finns inte"), std::string::npos);
}

TEST_F(FinsamCommand, DryRunOfSeedsGivesOneLinePerFile) {
    if (!testing::seed_file("000_"))
        GTEST_SKIP() << "seed documents not found in " FINSAM_SEEDS_DIR;
    auto result = run("import --dry-run --json '" FINSAM_SEEDS_DIR "'");
    EXPECT_EQ(result.exit_status, 0) << result.err;
    auto lines = json_lines(result.out);
    ASSERT_GE(lines.size(), 4u);
    std::size_t reports = 0;
    for (const auto& line : lines)
        reports += line["reports"].size();
    EXPECT_GE(reports, 1u + 1u + 1u + 11u);
}

} // namespace
} // namespace finsam
