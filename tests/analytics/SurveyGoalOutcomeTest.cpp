#include "analytics/SurveyGoalOutcome.h"

#include "SurveyTestAnswers.h"
#include "analytics/SurveyDisclosure.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::append;
using testing::scale_sheets;
using testing::yes_no_sheets;

const ResultQuestion k_health = ResultQuestion::scale("halsa", "Upplevd hälsa", 1, 10);
const ResultQuestion k_recommend = ResultQuestion::yes_no("rekommendera", "Rekommendera");
const SurveyMeasure k_health_seven_or_more{"sjalvskattning", "halsa",
                                           SurveyGoalRule::ShareAtOrAbove, 7};
const SurveyMeasure k_health_change{"sjalvskattning", "halsa", SurveyGoalRule::MeanChange};
const SurveyMeasure k_recommends{"uppfoljning", "rekommendera", SurveyGoalRule::ShareAtOrAbove};

SurveyResults shown_to(Role role, const std::vector<ResultQuestion>& questions,
                       const std::vector<AnswerSheet>& sheets) {
    return disclose_survey_results(compute_survey_results(questions, sheets),
                                   disclosure_for(role, 5));
}

/// Start: ten answers, mean 4; end: ten answers 5 5 6 6 6 7 7 8 8 9, mean 6.7. Small counts
/// all: the kansli sees them.
std::vector<AnswerSheet> ten_at_start_ten_at_end() {
    std::vector<AnswerSheet> sheets =
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa",
                     {3, 3, 3, 4, 4, 4, 4, 5, 5, 5});
    append(sheets, scale_sheets(SurveyTimePoint::End, RespondentKind::Participant, "halsa",
                                {5, 5, 6, 6, 6, 7, 7, 8, 8, 9}));
    return sheets;
}

TEST(SurveyGoalOutcomeTest, AShareIsOfTheParticipantsEndAnswersAtOrAboveTheStep) {
    const auto results = shown_to(Role::Kansli, {k_health}, ten_at_start_ten_at_end());

    const SurveyGoalOutcome outcome = survey_goal_outcome(k_health_seven_or_more, results);

    EXPECT_DOUBLE_EQ(*outcome.value, 50.0); // 7 7 8 8 9 of ten
    EXPECT_EQ(outcome.answer_count, 10);
    EXPECT_FALSE(outcome.hidden);
}

TEST(SurveyGoalOutcomeTest, TheBoardSeesAShareMadeOfCountsItMaySee) {
    // Ten 6s and ten 8s at the end: no small count, so nothing is hidden.
    const auto results =
        shown_to(Role::Board, {k_health},
                 scale_sheets(SurveyTimePoint::End, RespondentKind::Participant, "halsa",
                              {6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8}));

    const SurveyGoalOutcome outcome = survey_goal_outcome(k_health_seven_or_more, results);

    EXPECT_DOUBLE_EQ(*outcome.value, 50.0);
    EXPECT_EQ(outcome.answer_count, 20);
    EXPECT_FALSE(outcome.hidden);
}

TEST(SurveyGoalOutcomeTest, AYesNoShareIsOfThoseAnsweringJa) {
    const auto results = shown_to(Role::Board, {k_recommend},
                                  yes_no_sheets(SurveyTimePoint::End, "rekommendera", 18, 6));

    const SurveyGoalOutcome outcome = survey_goal_outcome(k_recommends, results);

    EXPECT_DOUBLE_EQ(*outcome.value, 75.0);
    EXPECT_EQ(outcome.answer_count, 24);
}

TEST(SurveyGoalOutcomeTest, AChangeIsTheEndMeanMinusTheStartMean) {
    const auto results = shown_to(Role::Kansli, {k_health}, ten_at_start_ten_at_end());

    const SurveyGoalOutcome outcome = survey_goal_outcome(k_health_change, results);

    EXPECT_NEAR(*outcome.value, 6.7 - 4.0, 1e-9);
    EXPECT_FALSE(outcome.answer_count);
    EXPECT_FALSE(outcome.hidden);
}

TEST(SurveyGoalOutcomeTest, ASmallEndGroupHidesTheOutcomeFromTheBoardButNotTheKansli) {
    std::vector<AnswerSheet> sheets = scale_sheets(
        SurveyTimePoint::Start, RespondentKind::Participant, "halsa", {3, 3, 4, 4, 4, 5, 5, 5});
    append(sheets,
           scale_sheets(SurveyTimePoint::End, RespondentKind::Participant, "halsa", {7, 8, 8}));

    for (const SurveyMeasure& measure : {k_health_seven_or_more, k_health_change}) {
        const auto board = survey_goal_outcome(measure, shown_to(Role::Board, {k_health}, sheets));
        EXPECT_TRUE(board.hidden);
        EXPECT_FALSE(board.value);
        EXPECT_FALSE(board.answer_count);

        const auto kansli =
            survey_goal_outcome(measure, shown_to(Role::Kansli, {k_health}, sheets));
        EXPECT_FALSE(kansli.hidden);
        EXPECT_TRUE(kansli.value);
    }
}

TEST(SurveyGoalOutcomeTest, AHiddenCountAtOrAboveTheStepHidesTheShare) {
    // Twelve end answers, a single 9: the 9 is hidden, and with it the share of 7 and more.
    const auto results = shown_to(Role::Board, {k_health},
                                  scale_sheets(SurveyTimePoint::End, RespondentKind::Participant,
                                               "halsa", {6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 9}));

    EXPECT_TRUE(survey_goal_outcome(k_health_seven_or_more, results).hidden);
}

TEST(SurveyGoalOutcomeTest, NoAnswersGiveNoOutcomeAndNothingHidden) {
    for (const SurveyMeasure& measure : {k_health_seven_or_more, k_health_change}) {
        const auto none = survey_goal_outcome(measure, shown_to(Role::Board, {k_health}, {}));
        EXPECT_FALSE(none.value);
        EXPECT_FALSE(none.hidden);
    }
    // Only start answers: no end group to take a share of, no change.
    const auto start_only =
        shown_to(Role::Board, {k_health},
                 scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa",
                              {3, 3, 4, 4, 4, 5, 5, 5}));
    EXPECT_FALSE(survey_goal_outcome(k_health_seven_or_more, start_only).value);
    EXPECT_FALSE(survey_goal_outcome(k_health_change, start_only).value);
}

TEST(SurveyGoalOutcomeTest, CaseworkersAnswersDoNotCount) {
    const auto results = shown_to(Role::Board, {k_health},
                                  scale_sheets(SurveyTimePoint::End, RespondentKind::Caseworker,
                                               "halsa", {8, 8, 8, 8, 8, 8}));

    EXPECT_FALSE(survey_goal_outcome(k_health_seven_or_more, results).value);
}

} // namespace
} // namespace finsam
