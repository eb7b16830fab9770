#include "WebTestSupport.h"

#include <regex>
#include <set>

namespace finsam::testing {
namespace {

class StartPageHttpTest : public WebTest {
protected:
    void return_report(std::int64_t report, const std::string& comment) {
        WorkflowStore workflow(database(), system_clock());
        ASSERT_TRUE(workflow.return_report(report, user_id("kansli"), comment,
                                           report_state(report).revision));
    }
    void review(std::int64_t report) {
        WorkflowStore workflow(database(), system_clock());
        ASSERT_TRUE(workflow.review(report, user_id("kansli"), report_state(report).revision));
    }
};

std::string report_link(std::int64_t report) {
    return "href=\"/rapporter/" + std::to_string(report);
}

/// The ids of every report a page links to.
std::set<std::int64_t> linked_reports(const std::string& page) {
    static const std::regex link("href=\"/rapporter/(\\d+)");
    std::set<std::int64_t> ids;
    for (auto match = std::sregex_iterator(page.begin(), page.end(), link);
         match != std::sregex_iterator(); ++match)
        ids.insert(std::stoll((*match)[1].str()));
    return ids;
}

/// The table row or list item that names `name`.
std::string row_naming(const std::string& page, const std::string& name) {
    const auto at = page.find(name);
    if (at == std::string::npos)
        return "";
    const auto end = page.find("</tr>", at);
    return page.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

TEST_F(StartPageHttpTest, TheInsatsagaresToDoHasTheKanslisCommentAndTheirDraft) {
    const std::int64_t draft = draft_report(date(2024, 4, 1), "Ett utkast.");
    const std::int64_t returned = submitted_report(date(2024, 10, 1), "Inskickad text.");
    return_report(returned, "Komplettera avsnitt 2.4 med antalet deltagare.");

    const Answer page = client_as("agare").get("/");

    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Komplettera avsnitt 2.4 med antalet deltagare."), std::string::npos);
    EXPECT_NE(page.body.find(report_link(returned) + "/redigera\""), std::string::npos);
    EXPECT_NE(page.body.find(report_link(draft) + "/redigera\""), std::string::npos);
    EXPECT_NE(page.body.find("Sista dag"), std::string::npos);
    EXPECT_NE(page.body.find("1 utkast som inte är inskickat"), std::string::npos);
    EXPECT_EQ(page.body.find(k_other_intervention), std::string::npos);
}

TEST_F(StartPageHttpTest, TheKanslisStartPageHasWhatToRegisterAndToReview) {
    const std::int64_t submitted = submitted_report(date(2024, 10, 1), "Inskickad text.");

    const Answer page = client_as("kansli").get("/");

    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("1 rapport inskickad, ännu inte diarieförd"), std::string::npos);
    EXPECT_NE(page.body.find(report_link(submitted) + "\""), std::string::npos);
    EXPECT_NE(page.body.find("2 rapporter registrerade, ännu inte granskade"), std::string::npos);
    EXPECT_NE(page.body.find(report_link(m_karnhuset_report) + "\""), std::string::npos);
    EXPECT_NE(page.body.find("href=\"/oversikt\""), std::string::npos);
    EXPECT_EQ(page.body.find(k_foreign_intervention), std::string::npos);
}

TEST_F(StartPageHttpTest, TheBoardsStartPageLinksOnlyReportsItCanOpen) {
    review(m_karnhuset_report);
    const std::int64_t submitted = submitted_report(date(2024, 10, 1), "Inskickad text.");
    WebClient board = client_as("styrelse");

    const Answer page = board.get("/?sedan=2000-01-01");

    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("<h1>Nytt sedan <span class=\"nowrap\">2000-01-01</span></h1>"),
              std::string::npos);
    const auto linked = linked_reports(page.body);
    EXPECT_TRUE(linked.contains(m_karnhuset_report));
    EXPECT_FALSE(linked.contains(submitted));
    EXPECT_FALSE(linked.contains(m_rakna_report));
    for (const auto report : linked)
        EXPECT_EQ(board.get("/rapporter/" + std::to_string(report)).status, 200) << report;
    EXPECT_NE(page.body.find("Kansliet har granskat 1 rapport sedan"), std::string::npos);
    EXPECT_TRUE(linked_reports(board.get("/").body).contains(m_karnhuset_report));
}

TEST_F(StartPageHttpTest, TheBoardsChosenDayLeavesOutWhatWasReviewedBefore) {
    review(m_karnhuset_report);
    const Answer page = client_as("styrelse").get("/?sedan=2999-01-01");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(linked_reports(page.body).empty());
    EXPECT_NE(page.body.find("Inga rapporter har granskats sedan"), std::string::npos);
}

TEST_F(StartPageHttpTest, AnInsatsNotStartedYetIsNotAvslutad) {
    InterventionDetails future;
    future.association_id = m_association;
    future.name = "Framtida insats";
    future.period_start = date(2099, 1, 1);
    future.period_end = date(2099, 12, 31);
    const auto id = InterventionStore(database()).create(future);
    ASSERT_TRUE(id);
    WebClient kansli = client_as("kansli");

    const std::string row = row_naming(kansli.get("/insatser").body, "Framtida insats");
    const std::string page = kansli.get("/insatser/" + std::to_string(*id)).body;

    EXPECT_NE(row.find("Ej startad"), std::string::npos) << row;
    EXPECT_EQ(row.find("Avslutad"), std::string::npos) << row;
    EXPECT_NE(page.find("<dt>Läge</dt><dd>Ej startad</dd>"), std::string::npos);
    EXPECT_NE(row_naming(kansli.get("/insatser").body, k_other_intervention).find("Period saknas"),
              std::string::npos);
}

TEST_F(StartPageHttpTest, TheOverviewCountsEachInsatsOnceAndListsOneWithoutAPeriodApart) {
    const Answer page = client_as("kansli").get("/oversikt?kvartal=2024-07-01");

    ASSERT_EQ(page.status, 200);
    // Kärnhuset owes its kvartalsrapport; Räkna med mig has no period and is not counted.
    EXPECT_NE(page.body.find("<strong>1 insats ska rapportera</strong>"), std::string::npos);
    EXPECT_NE(page.body.find("Period saknas – ange insatsens period"), std::string::npos);
    const auto apart = page.body.find("Period saknas – ange insatsens period");
    EXPECT_NE(page.body.find(k_other_intervention, apart), std::string::npos);
    EXPECT_EQ(page.body.find(k_other_intervention), page.body.find(k_other_intervention, apart));
}

} // namespace
} // namespace finsam::testing
