#include "domain/GoalFollowUp.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

Date day(int year, unsigned month, unsigned d) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{d}};
}

const Goal k_work_or_studies{"30 % av de avslutade till arbete eller studier", 30, Unit::Percent,
                             Measure::EndedToWorkOrStudies};
const Goal k_participants{"Totalt 40 deltagare", 40, Unit::Count, Measure::ParticipantsTotal};

// An insats running through 2024 and 2025, looked at when half its time has passed.
const GoalTimeline k_halfway{day(2024, 1, 1), day(2025, 12, 31), day(2024, 12, 31)};
const GoalTimeline k_ended{day(2024, 1, 1), day(2025, 12, 31), day(2025, 12, 31)};

TEST(GoalFollowUpTest, ACountGoalsOutcomeIsTheCount) {
    const std::vector<Figure> figures{{Measure::ParticipantsTotal, 21, Unit::Count, "", ""}};
    EXPECT_EQ(goal_outcome(k_participants, figures), 21);
}

TEST(GoalFollowUpTest, AShareIsTheStatedPercentageElseTheCountOverItsBase) {
    const std::vector<Figure> stated{{Measure::EndedToWorkOrStudies, 21, Unit::Percent, "", ""},
                                     {Measure::EndedToWorkOrStudies, 3, Unit::Count, "", ""}};
    EXPECT_EQ(goal_outcome(k_work_or_studies, stated), 21);
    const std::vector<Figure> counted{{Measure::EndedToWorkOrStudies, 6, Unit::Count, "", ""},
                                      {Measure::ParticipantsEnded, 20, Unit::Count, "", ""}};
    EXPECT_EQ(goal_outcome(k_work_or_studies, counted), 30);
    const std::vector<Figure> no_base{{Measure::EndedToWorkOrStudies, 6, Unit::Count, "", ""}};
    EXPECT_EQ(goal_outcome(k_work_or_studies, no_base), std::nullopt);
}

TEST(GoalFollowUpTest, AGoalWithoutMeasureOrFigureCannotBeJudged) {
    const Goal unmeasurable{"Samverkan ska utvecklas", std::nullopt, std::nullopt, std::nullopt};
    EXPECT_EQ(goal_outcome(unmeasurable, {}), std::nullopt);
    EXPECT_EQ(goal_status(unmeasurable, std::nullopt, k_halfway), GoalStatus::NotJudged);
    EXPECT_EQ(goal_status(k_participants, std::nullopt, k_halfway), GoalStatus::NotJudged);
}

TEST(GoalFollowUpTest, ACountGoalIsOnTheWayWhenAheadOfTheTimePassed) {
    EXPECT_EQ(goal_status(k_participants, 40, k_halfway), GoalStatus::Reached);
    EXPECT_EQ(goal_status(k_participants, 21, k_halfway), GoalStatus::OnTheWay);
    EXPECT_EQ(goal_status(k_participants, 15, k_halfway), GoalStatus::Behind);
}

TEST(GoalFollowUpTest, AShareIsOnTheWayWithinItsTolerance) {
    EXPECT_EQ(goal_status(k_work_or_studies, 30, k_halfway), GoalStatus::Reached);
    EXPECT_EQ(goal_status(k_work_or_studies, 28, k_halfway), GoalStatus::OnTheWay);
    EXPECT_EQ(goal_status(k_work_or_studies, 20, k_halfway), GoalStatus::Behind);
}

TEST(GoalFollowUpTest, ASurveyMeasuredChangeIsJudgedLikeAShare) {
    const Goal better_health{"Hälsan förbättras med minst 2 steg", 2.0, std::nullopt, std::nullopt,
                             SurveyMeasure{"sjalvskattning", "halsa", SurveyGoalRule::MeanChange}};
    EXPECT_EQ(goal_status(better_health, 2.1, k_halfway), GoalStatus::Reached);
    EXPECT_EQ(goal_status(better_health, 1.9, k_halfway), GoalStatus::OnTheWay);
    EXPECT_EQ(goal_status(better_health, 1.0, k_halfway), GoalStatus::Behind);
    EXPECT_EQ(goal_status(better_health, 1.9, k_ended), GoalStatus::Behind);
    EXPECT_EQ(goal_status(better_health, std::nullopt, k_halfway), GoalStatus::NotJudged);
}

TEST(GoalFollowUpTest, AfterTheInsatsHasEndedBelowTheTargetIsBehind) {
    EXPECT_EQ(goal_status(k_participants, 39, k_ended), GoalStatus::Behind);
    EXPECT_EQ(goal_status(k_work_or_studies, 29, k_ended), GoalStatus::Behind);
    EXPECT_EQ(goal_status(k_participants, 41, k_ended), GoalStatus::Reached);
}

TEST(GoalFollowUpTest, ACountGoalOfAnInsatsWithoutPeriodCannotBeJudgedBeforeItIsReached) {
    const GoalTimeline unknown{std::nullopt, std::nullopt, day(2024, 12, 31)};
    EXPECT_EQ(goal_status(k_participants, 10, unknown), GoalStatus::NotJudged);
    EXPECT_EQ(goal_status(k_participants, 45, unknown), GoalStatus::Reached);
}

TEST(GoalFollowUpTest, TheTrendIsTheDirectionSinceThePreviousPeriod) {
    EXPECT_EQ(goal_trend(12, 18), Trend::Up);
    EXPECT_EQ(goal_trend(18, 12), Trend::Down);
    EXPECT_EQ(goal_trend(12, 12), Trend::Unchanged);
    EXPECT_EQ(goal_trend(std::nullopt, 12), Trend::Unknown);
    EXPECT_EQ(goal_trend(12, std::nullopt), Trend::Unknown);
}

} // namespace
} // namespace finsam
