#include "AppTestSupport.h"
#include "app/statistics/Statistics.h"
#include "app/statistics/StatisticsExport.h"
#include "storage/InterventionStore.h"

namespace finsam::testing {
namespace {

const Goal k_health_share{
    "70 % mår bra vid avslut", 70, Unit::Percent, std::nullopt,
    SurveyMeasure{"sjalvskattning", "halsa", SurveyGoalRule::ShareAtOrAbove, 7}};
const Goal k_health_change{"Hälsan ökar med minst 2 steg", 2, std::nullopt, std::nullopt,
                           SurveyMeasure{"sjalvskattning", "halsa", SurveyGoalRule::MeanChange}};

// Goals of Kärnhuset 2.0 (2024–2026) measured by Självskattning's health question. Today is
// 2024-10-08: the first half of 2024 has ended, the second has not.
class SurveyGoalsTest : public UseCaseTest {
protected:
    void SetUp() override {
        UseCaseTest::SetUp();
        InterventionStore interventions(database());
        auto details = **interventions.load(karnhuset());
        details.goals = {k_health_share, k_health_change};
        ASSERT_TRUE(interventions.update(details));
        m_health.emplace(database(), association(), karnhuset(), "sjalvskattning", "halsa");
    }

    void answer_health(SurveyTimePoint time_point, IsoWeek week,
                       std::initializer_list<int> values) {
        m_health->answer(time_point, week, values);
    }

    Statistics statistics_as(const std::string& username, const std::string& period) {
        auto made =
            participant_statistics(as(username), {*parse_period_selection(period), {}}, surveys());
        EXPECT_TRUE(made) << made.error().log_message;
        return made ? std::move(*made) : Statistics{};
    }

    /// Kärnhuset's goal rows for the user: the share first, then the change.
    std::vector<GoalFollowUpRow> goals_as(const std::string& username, const std::string& period) {
        const Statistics statistics = statistics_as(username, period);
        for (const auto& insats : statistics.interventions)
            if (insats.intervention_id == karnhuset())
                return insats.goals;
        ADD_FAILURE() << "Kärnhuset is not in the statistics";
        return {};
    }

    std::optional<ScaleAnswers> m_health;
};

TEST_F(SurveyGoalsTest, TheShareIsOfTheEndAnswersTheReaderMaySee) {
    // The spring: 10 end answers, 5 of them 7 or more; the autumn (not ended): 5 answers of 8.
    answer_health(SurveyTimePoint::End, IsoWeek{2024, 20}, {6, 6, 6, 6, 6, 8, 8, 8, 8, 8});
    answer_health(SurveyTimePoint::End, IsoWeek{2024, 40}, {8, 8, 8, 8, 8});

    const auto kansli = goals_as("kansli", "2024");
    const auto board = goals_as("styrelse", "2024");

    ASSERT_EQ(kansli.size(), 2u);
    EXPECT_NEAR(*kansli[0].outcome, 100.0 * 10 / 15, 1e-9);
    EXPECT_EQ(kansli[0].answer_count, 15);
    EXPECT_EQ(kansli[0].status, GoalStatus::OnTheWay); // within a tenth of 70
    ASSERT_EQ(board.size(), 2u);
    EXPECT_DOUBLE_EQ(*board[0].outcome, 50.0); // the spring only
    EXPECT_EQ(board[0].answer_count, 10);
    EXPECT_EQ(board[0].status, GoalStatus::Behind);
    EXPECT_FALSE(board[0].outcome_hidden);
}

TEST_F(SurveyGoalsTest, TheChangeIsFromTheStartMeanToTheEndMean) {
    answer_health(SurveyTimePoint::Start, IsoWeek{2024, 10}, {3, 3, 3, 3, 3, 5, 5, 5, 5, 5});
    answer_health(SurveyTimePoint::End, IsoWeek{2024, 20}, {6, 6, 6, 6, 6, 8, 8, 8, 8, 8});

    for (const std::string username : {"kansli", "agare", "styrelse"}) {
        const auto goals = goals_as(username, "2024H1");

        ASSERT_EQ(goals.size(), 2u) << username;
        EXPECT_DOUBLE_EQ(*goals[1].outcome, 7.0 - 4.0) << username;
        EXPECT_EQ(goals[1].answer_count, std::nullopt) << username;
        EXPECT_EQ(goals[1].status, GoalStatus::Reached) << username;
    }
}

TEST_F(SurveyGoalsTest, ASmallGroupIsHiddenFromTheBoardNotShownAsZero) {
    answer_health(SurveyTimePoint::Start, IsoWeek{2024, 10}, {3, 3, 3, 3, 3, 5, 5, 5, 5, 5});
    answer_health(SurveyTimePoint::End, IsoWeek{2024, 20}, {7, 8, 8});

    const auto board = goals_as("styrelse", "2024H1");
    const auto kansli = goals_as("kansli", "2024H1");

    ASSERT_EQ(board.size(), 2u);
    for (const auto& goal : board) {
        EXPECT_TRUE(goal.outcome_hidden);
        EXPECT_EQ(goal.outcome, std::nullopt);
        EXPECT_EQ(goal.answer_count, std::nullopt);
        EXPECT_EQ(goal.status, GoalStatus::NotJudged); // a status would tell the hidden share
    }
    ASSERT_EQ(kansli.size(), 2u);
    EXPECT_DOUBLE_EQ(*kansli[0].outcome, 100.0);
    EXPECT_EQ(kansli[0].status, GoalStatus::Reached);
    EXPECT_FALSE(kansli[0].outcome_hidden);

    const auto json = statistics_json(statistics_as("styrelse", "2024H1"));
    ASSERT_EQ(json.size(), 1u);
    const auto& share = json[0]["goals"][0];
    EXPECT_TRUE(share["outcome"].is_null());
    EXPECT_TRUE(share["outcome_hidden"].get<bool>());
    EXPECT_EQ(share["survey"]["question"], "halsa");
}

TEST_F(SurveyGoalsTest, NoAnswersGiveNoOutcome) {
    for (const std::string username : {"kansli", "styrelse"}) {
        const auto goals = goals_as(username, "2024H1");

        ASSERT_EQ(goals.size(), 2u);
        for (const auto& goal : goals) {
            EXPECT_EQ(goal.outcome, std::nullopt) << username;
            EXPECT_FALSE(goal.outcome_hidden) << username;
            EXPECT_EQ(goal.status, GoalStatus::NotJudged) << username;
        }
    }
}

TEST_F(SurveyGoalsTest, OutsideTheKansliAHalfYearNotEndedHasNoOutcome) {
    answer_health(SurveyTimePoint::End, IsoWeek{2024, 30}, {7, 7, 7, 7, 7, 9, 9, 9, 9, 9});

    const auto kansli = goals_as("kansli", "2024Q3");
    const auto board = goals_as("styrelse", "2024Q3");

    EXPECT_DOUBLE_EQ(*kansli[0].outcome, 100.0);
    EXPECT_EQ(board[0].outcome, std::nullopt);
    EXPECT_FALSE(board[0].outcome_hidden);
}

} // namespace
} // namespace finsam::testing
