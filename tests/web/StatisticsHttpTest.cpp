// The statistics page, its downloads and its API call, as each role reaches them.
#include "WebTestSupport.h"
#include "storage/FigureConfirmationStore.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

// The fixture's Kärnhuset 2.0 reported for Q3 2024: 12 participants, 3 women and 9 men.
class StatisticsHttpTest : public WebTest {
protected:
    /// Reviewed, with the figures read from its text confirmed: what the board reads.
    void review_karnhuset_report() {
        WorkflowStore workflow(database(), system_clock());
        ASSERT_TRUE(workflow.review(m_karnhuset_report, user_id("kansli"),
                                    report_state(m_karnhuset_report).revision));
        ASSERT_TRUE(FigureConfirmationStore(database(), system_clock())
                        .confirm(m_karnhuset_report, 1, user_id("kansli")));
    }
};

TEST_F(StatisticsHttpTest, TheKansliSeesEveryCountWithTheSmallOnesMarked) {
    const Answer answer = client_as("kansli").get("/statistik?period=2024Q3");

    ASSERT_EQ(answer.status, 200);
    EXPECT_NE(answer.body.find("Deltagarstatistik kvartal 3 2024"), std::string::npos);
    EXPECT_NE(answer.body.find("Kärnhuset 2.0"), std::string::npos);
    EXPECT_NE(answer.body.find("cell--marked cell--unconfirmed\">3<"), std::string::npos)
        << answer.body;
    EXPECT_NE(answer.body.find("(visas inte för styrelsen)"), std::string::npos);
    EXPECT_NE(answer.body.find("(läst ur texten, ej bekräftad)"), std::string::npos);
}

TEST_F(StatisticsHttpTest, TheKansliSeesNoUnconfirmedMarkOnceTheFiguresAreConfirmed) {
    ASSERT_TRUE(FigureConfirmationStore(database(), system_clock())
                    .confirm(m_karnhuset_report, 1, user_id("kansli")));

    const Answer answer = client_as("kansli").get("/statistik?period=2024Q3");
    const Answer csv = client_as("kansli").get("/statistik?period=2024Q3&format=csv");

    ASSERT_EQ(answer.status, 200);
    EXPECT_NE(answer.body.find("cell--marked\">3<"), std::string::npos) << answer.body;
    EXPECT_EQ(answer.body.find("ej bekräftad"), std::string::npos);
    EXPECT_EQ(csv.body.find("ej bekräftad"), std::string::npos) << csv.body;
}

TEST_F(StatisticsHttpTest, TheBoardSeesNeitherTheSmallCountNorWhatRevealsIt) {
    review_karnhuset_report();

    const Answer answer = client_as("styrelse").get("/statistik?period=2024Q3");

    ASSERT_EQ(answer.status, 200);
    EXPECT_EQ(answer.body.find(">3<"), std::string::npos);
    EXPECT_EQ(answer.body.find(">9<"), std::string::npos) << "9 = 12 - 3 gives the 3 away";
    EXPECT_NE(answer.body.find("title=\"Uppgiften visas inte\">..<"), std::string::npos);
    EXPECT_EQ(answer.body.find("cell--marked"), std::string::npos);
}

TEST_F(StatisticsHttpTest, APeriodThatCannotBeReadIsSaidAtItsField) {
    const Answer answer = client_as("kansli").get("/statistik?period=2024Q5");

    ASSERT_EQ(answer.status, 422);
    EXPECT_NE(answer.body.find("id=\"f-period-error\""), std::string::npos);
    EXPECT_NE(answer.body.find("kvartal"), std::string::npos);
}

TEST_F(StatisticsHttpTest, TheTablesDownloadAsCsvAndXlsx) {
    WebClient kansli = client_as("kansli");

    const Answer csv = kansli.get("/statistik?period=2024Q3&format=csv");
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.header("Content-Type").find("text/csv"), std::string::npos);
    EXPECT_NE(csv.header("Content-Disposition").find("statistik-2024Q3.csv"), std::string::npos);
    EXPECT_NE(csv.body.find("Kärnhuset 2.0;"), std::string::npos);
    EXPECT_NE(csv.body.find("(läst ur texten, ej bekräftad)"), std::string::npos) << csv.body;

    const Answer xlsx = kansli.get("/statistik?period=2024Q3&format=xlsx");
    ASSERT_EQ(xlsx.status, 200);
    EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
}

TEST_F(StatisticsHttpTest, TheBoardsDownloadHidesWhatItsPageHides) {
    review_karnhuset_report();

    const Answer csv = client_as("styrelse").get("/statistik?period=2024Q3&format=csv");

    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.body.find(";..;"), std::string::npos) << csv.body;
    EXPECT_EQ(csv.body.find(";3;"), std::string::npos);
}

TEST_F(StatisticsHttpTest, AnInsatsagareSeesOnlyTheirOwnInsatser) {
    const Answer answer = client_as("agare").get("/statistik?period=2024");

    ASSERT_EQ(answer.status, 200);
    EXPECT_NE(answer.body.find("Kärnhuset 2.0"), std::string::npos);
    EXPECT_EQ(answer.body.find(k_other_intervention), std::string::npos);
}

TEST_F(StatisticsHttpTest, TheApiGivesTheContractsObjects) {
    const Answer answer = anonymous().get("/api/v1/statistik?period=2024Q3",
                                          {{"Authorization", "Bearer " + api_token_for("kansli")}});

    ASSERT_EQ(answer.status, 200);
    const auto body = answer.json();
    EXPECT_EQ(body["period"]["start"], "2024-07-01");
    const auto& interventions = body["interventions"];
    const auto karnhuset =
        std::find_if(interventions.begin(), interventions.end(),
                     [](const auto& item) { return item["insats"] == "Kärnhuset 2.0"; });
    ASSERT_NE(karnhuset, interventions.end()) << body.dump();
    EXPECT_EQ((*karnhuset)["figures"]["participants_total"], 12);
    EXPECT_EQ((*karnhuset)["figures"]["participants_women"], 3);
}

TEST_F(StatisticsHttpTest, TheRegisterFiguresAreTheKanslisOnly) {
    const Answer kansli = client_as("kansli").get("/statistik/uppfoljning-finsam?ar=2024");
    ASSERT_EQ(kansli.status, 200);
    EXPECT_NE(kansli.body.find("Uppföljning Finsam 2024"), std::string::npos);
    EXPECT_NE(kansli.body.find("Kärnhuset 2.0"), std::string::npos);

    const Answer csv = client_as("kansli").get("/statistik/uppfoljning-finsam?ar=2024&format=csv");
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.header("Content-Disposition").find("uppfoljning-finsam-2024.csv"),
              std::string::npos);

    EXPECT_EQ(client_as("styrelse").get("/statistik/uppfoljning-finsam?ar=2024").status, 403);
    EXPECT_EQ(client_as("kansli").get("/statistik/uppfoljning-finsam?ar=tjugo").status, 404);
}

TEST_F(StatisticsHttpTest, TheStatisticsAreNotOfAnotherForbund) {
    const Answer answer = client_as("kansli").get("/statistik?period=2024");

    ASSERT_EQ(answer.status, 200);
    EXPECT_EQ(answer.body.find(k_foreign_intervention), std::string::npos);
}

} // namespace
} // namespace finsam::testing
