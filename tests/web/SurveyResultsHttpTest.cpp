// The survey results page, its downloads and its API call, as each role reaches them.
#include "WebTestSupport.h"
#include "domain/Clock.h"
#include "domain/IsoWeek.h"
#include "storage/SurveyAnswerStore.h"
#include "storage/SurveyRoundStore.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

// Kärnhuset's self-assessment at the start, answered in week 10 of last year: 10 answers of
// health 5 and 6, and 2 of 2 (a small group's share of the distribution).
class SurveyResultsHttpTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        SurveyRound round;
        round.intervention_id = m_karnhuset;
        round.survey_id = "sjalvskattning";
        round.token = "results-http-test";
        const auto opened = SurveyRoundStore(database()).open_round(m_association, round);
        ASSERT_TRUE(opened);
        for (const int value : {5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 2, 2})
            ASSERT_TRUE(SurveyAnswerStore(database())
                            .submit(opened->id,
                                    SurveyAnswer{"sjalvskattning",
                                                 m_karnhuset,
                                                 SurveyTimePoint::Start,
                                                 RespondentKind::Participant,
                                                 IsoWeek{last_year(), 10},
                                                 {{"halsa", ScaleValue{value}}}},
                                    std::nullopt));
    }

    static int last_year() { return int(system_clock().today().year()) - 1; }

    std::string results_path(const std::string& query = "") {
        return "/insatser/" + std::to_string(m_karnhuset) + "/enkatresultat?enkat=sjalvskattning" +
               "&period=" + std::to_string(last_year()) + query;
    }
};

TEST_F(SurveyResultsHttpTest, TheKansliSeesTheSmallCountsMarked) {
    const Answer answer = client_as("kansli").get(results_path());

    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_NE(answer.body.find("Enkätresultat: Självskattning"), std::string::npos);
    // The share of the two 2s (2 of 12) in the distribution of health at the start.
    EXPECT_NE(answer.body.find("Fördelning i procent: Hur mår du just nu?"), std::string::npos);
    EXPECT_NE(answer.body.find("cell--marked\">16,7<"), std::string::npos) << answer.body;
}

TEST_F(SurveyResultsHttpTest, TheBoardAndTheInsatsagareSeeNoSmallCount) {
    for (const std::string user : {"styrelse", "agare"}) {
        const Answer answer = client_as(user).get(results_path());

        ASSERT_EQ(answer.status, 200) << user;
        EXPECT_NE(answer.body.find("avslutade halvår"), std::string::npos) << user;
        EXPECT_NE(answer.body.find("title=\"Uppgiften visas inte\">..<"), std::string::npos);
        EXPECT_EQ(answer.body.find("cell--marked"), std::string::npos);
        EXPECT_EQ(answer.body.find("<td class=\"number\">2<"), std::string::npos) << user;
        EXPECT_EQ(answer.body.find("16,7"), std::string::npos) << user;
    }
}

TEST_F(SurveyResultsHttpTest, AnInsatsagareCannotReadAnotherInsatssResults) {
    const Answer answer = client_as("agare").get("/insatser/" + std::to_string(m_rakna) +
                                                 "/enkatresultat?period=2024");
    EXPECT_EQ(answer.status, 403);
}

TEST_F(SurveyResultsHttpTest, TheTablesDownloadAsCsvAndXlsx) {
    WebClient board = client_as("styrelse");

    const Answer csv = board.get(results_path("&format=csv"));
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.header("Content-Type").find("text/csv"), std::string::npos);
    EXPECT_NE(csv.header("Content-Disposition").find("enkatresultat-sjalvskattning-"),
              std::string::npos);
    EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF"));
    // The group's 12 answers and their mean (59 / 12) are shown; the two 2s are not, nor the
    // 5s and 6s beside them, which would give them away.
    EXPECT_NE(csv.body.find(";Start;Deltagare;12;4,92;5\r\n"), std::string::npos) << csv.body;
    EXPECT_NE(csv.body.find(";Start;Deltagare;2;..;..\r\n"), std::string::npos);
    EXPECT_NE(csv.body.find(";Start;Deltagare;5;..;..\r\n"), std::string::npos);

    const Answer xlsx = board.get(results_path("&format=xlsx"));
    ASSERT_EQ(xlsx.status, 200);
    EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
}

TEST_F(SurveyResultsHttpTest, TheApiGivesAHiddenFigureAsNull) {
    const Answer answer = anonymous().get(
        "/api/v1/insatser/" + std::to_string(m_karnhuset) +
            "/enkatresultat?enkat=sjalvskattning&period=" + std::to_string(last_year()),
        {{"Authorization", "Bearer " + api_token_for("styrelse")}});

    ASSERT_EQ(answer.status, 200) << answer.body;
    const auto json = answer.json();
    const auto& start = json["questions"][0]["groups"][0];
    EXPECT_EQ(start["answers"], 12);
    EXPECT_TRUE(start["options"][1]["count"].is_null()); // the 2s
}

} // namespace
} // namespace finsam::testing
