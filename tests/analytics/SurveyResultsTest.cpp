#include "analytics/SurveyResults.h"

#include "SurveyTestAnswers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::append;
using testing::scale_sheets;
using testing::sheet;
using testing::yes_no_sheets;

const ResultQuestion k_health = ResultQuestion::scale("halsa", "Upplevd hälsa", 1, 10);

const GroupResult& group_of(const QuestionResult& result, SurveyTimePoint time,
                            RespondentKind respondent = RespondentKind::Participant) {
    for (const GroupResult& group : result.groups)
        if (group.time == time && group.respondent == respondent)
            return group;
    ADD_FAILURE() << "no such group";
    return result.groups.front();
}

/// Start: 3 4 4 5 6 2 3 5 (8 answers, sum 32); end: 5 6 7 7 8 6 5 (7 answers, sum 44).
std::vector<AnswerSheet> health_start_and_end() {
    std::vector<AnswerSheet> sheets = scale_sheets(
        SurveyTimePoint::Start, RespondentKind::Participant, "halsa", {3, 4, 4, 5, 6, 2, 3, 5});
    append(sheets, scale_sheets(SurveyTimePoint::End, RespondentKind::Participant, "halsa",
                                {5, 6, 7, 7, 8, 6, 5}));
    return sheets;
}

TEST(SurveyResultsTest, AScaleGroupHasItsCountDistributionMeanAndMedian) {
    const SurveyResults results = compute_survey_results({k_health}, health_start_and_end());

    ASSERT_EQ(results.questions.size(), 1u);
    const GroupResult& start = group_of(results.questions[0], SurveyTimePoint::Start);
    EXPECT_EQ(start.answer_count.value, 8);
    EXPECT_DOUBLE_EQ(*start.mean.value, 4.0);   // 32 / 8
    EXPECT_DOUBLE_EQ(*start.median.value, 4.0); // 2 3 3 [4 4] 5 5 6
    ASSERT_EQ(start.options.size(), 10u);
    EXPECT_EQ(start.options[0].label, "1");
    EXPECT_EQ(start.options[0].count.value, 0);
    EXPECT_DOUBLE_EQ(*start.options[0].percent.value, 0.0);
    EXPECT_EQ(start.options[1].count.value, 1); // the 2
    EXPECT_DOUBLE_EQ(*start.options[1].percent.value, 12.5);
    EXPECT_EQ(start.options[2].count.value, 2); // the 3s
    EXPECT_DOUBLE_EQ(*start.options[2].percent.value, 25.0);

    const GroupResult& end = group_of(results.questions[0], SurveyTimePoint::End);
    EXPECT_EQ(end.answer_count.value, 7);
    EXPECT_DOUBLE_EQ(*end.mean.value, 44.0 / 7);
    EXPECT_DOUBLE_EQ(*end.median.value, 6.0);                   // 5 5 6 [6] 7 7 8
    EXPECT_DOUBLE_EQ(*end.options[7].percent.value, 100.0 / 7); // one 8
}

TEST(SurveyResultsTest, TheChangeIsEndGroupMinusStartGroup) {
    const SurveyResults results = compute_survey_results({k_health}, health_start_and_end());

    ASSERT_EQ(results.questions[0].changes.size(), 1u);
    const ChangeResult& change = results.questions[0].changes[0];
    EXPECT_EQ(change.respondent, RespondentKind::Participant);
    EXPECT_DOUBLE_EQ(*change.start_mean.value, 4.0);
    EXPECT_DOUBLE_EQ(*change.end_mean.value, 44.0 / 7);
    EXPECT_DOUBLE_EQ(*change.mean_change.value, 16.0 / 7); // 44/7 - 28/7
    EXPECT_DOUBLE_EQ(*change.median_change.value, 2.0);
    ASSERT_EQ(change.percent_change.size(), 10u);
    EXPECT_DOUBLE_EQ(*change.percent_change[1].value, -12.5);            // the 2: 12.5 % → 0
    EXPECT_DOUBLE_EQ(*change.percent_change[4].value, 200.0 / 7 - 25.0); // the 5: 25 % → 2 of 7
    EXPECT_DOUBLE_EQ(*change.percent_change[7].value, 100.0 / 7);        // the 8: 0 → 1 of 7
}

TEST(SurveyResultsTest, AMedianOfAnOddCountIsTheMiddleAnswer) {
    const SurveyResults results = compute_survey_results(
        {k_health},
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa", {9, 1, 2}));

    EXPECT_DOUBLE_EQ(*group_of(results.questions[0], SurveyTimePoint::Start).median.value, 2.0);
}

TEST(SurveyResultsTest, WithoutAnEndGroupThereIsNoChange) {
    const SurveyResults results = compute_survey_results(
        {k_health},
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa", {5, 6}));

    EXPECT_TRUE(results.questions[0].changes.empty());
    EXPECT_EQ(results.questions[0].groups.size(), 1u);
}

TEST(SurveyResultsTest, ParticipantsAndCaseworkersRatingsStandSideBySide) {
    std::vector<AnswerSheet> sheets =
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa", {6, 7, 5});
    append(sheets,
           scale_sheets(SurveyTimePoint::Start, RespondentKind::Caseworker, "halsa", {3, 3, 4}));

    const SurveyResults results = compute_survey_results({k_health}, sheets);

    const QuestionResult& health = results.questions[0];
    ASSERT_EQ(health.groups.size(), 2u);
    EXPECT_EQ(health.groups[0].respondent, RespondentKind::Participant);
    EXPECT_EQ(health.groups[1].respondent, RespondentKind::Caseworker);
    ASSERT_EQ(health.comparisons.size(), 1u);
    const RespondentComparison& start = health.comparisons[0];
    EXPECT_EQ(start.time, SurveyTimePoint::Start);
    EXPECT_DOUBLE_EQ(*start.participant_mean.value, 6.0);
    EXPECT_DOUBLE_EQ(*start.caseworker_mean.value, 10.0 / 3);
    EXPECT_DOUBLE_EQ(*start.difference.value, 10.0 / 3 - 6.0);
}

TEST(SurveyResultsTest, YesAndNoAreCountsAndShares) {
    const ResultQuestion threatened =
        ResultQuestion::yes_no("hot", "Har någon närstående hotat dig?");

    const SurveyResults results =
        compute_survey_results({threatened}, yes_no_sheets(SurveyTimePoint::Start, "hot", 2, 10));

    const GroupResult& start = results.questions[0].groups[0];
    EXPECT_EQ(start.answer_count.value, 12);
    EXPECT_EQ(start.options[k_yes_option].label, "Ja");
    EXPECT_EQ(start.options[k_yes_option].count.value, 2);
    EXPECT_DOUBLE_EQ(*start.options[k_yes_option].percent.value, 100.0 / 6);
    EXPECT_EQ(start.options[k_no_option].count.value, 10);
    EXPECT_DOUBLE_EQ(*start.options[k_no_option].percent.value, 500.0 / 6);
    EXPECT_FALSE(start.mean.value);
    EXPECT_FALSE(start.median.value);
}

TEST(SurveyResultsTest, AMultipleChoiceCountsEachOptionOfThoseWhoAnswered) {
    const ResultQuestion support{"stod",
                                 "Vilket stöd har du fått?",
                                 QuestionKind::MultipleChoice,
                                 {"Samtal", "Praktik", "Studier"}};
    const auto answer = [](std::vector<int> options) {
        return sheet(SurveyTimePoint::End, RespondentKind::Participant, "stod", std::move(options));
    };
    // Nothing chosen is an answer too; a repeated option counts once.
    const std::vector<AnswerSheet> sheets{answer({0, 1}), answer({0}), answer({}), answer({2}),
                                          answer({0, 2, 2})};

    const SurveyResults results = compute_survey_results({support}, sheets);

    const GroupResult& end = results.questions[0].groups[0];
    EXPECT_EQ(end.answer_count.value, 5);
    EXPECT_EQ(end.options[0].count.value, 3);
    EXPECT_DOUBLE_EQ(*end.options[0].percent.value, 60.0);
    EXPECT_EQ(end.options[1].count.value, 1);
    EXPECT_DOUBLE_EQ(*end.options[1].percent.value, 20.0);
    EXPECT_EQ(end.options[2].count.value, 2);
    EXPECT_DOUBLE_EQ(*end.options[2].percent.value, 40.0);
}

TEST(SurveyResultsTest, AnswersThatDoNotFitTheQuestionAreNotCounted) {
    const ResultQuestion housing{
        "boende", "Hur bor du?", QuestionKind::SingleChoice, {"Eget", "Hos förälder", "Annat"}};
    const std::vector<AnswerSheet> sheets{
        sheet(SurveyTimePoint::Start, RespondentKind::Participant, "boende", {1}),
        sheet(SurveyTimePoint::Start, RespondentKind::Participant, "boende",
              {0, 1}), // two in a single
        sheet(SurveyTimePoint::Start, RespondentKind::Participant, "boende", {3}), // out of range
        sheet(SurveyTimePoint::Start, RespondentKind::Participant, "halsa",
              {4}), // another question
    };

    const SurveyResults results = compute_survey_results({housing, k_health}, sheets);

    const GroupResult& housing_start = results.questions[0].groups[0];
    EXPECT_EQ(housing_start.answer_count.value, 1);
    EXPECT_EQ(housing_start.options[1].count.value, 1);
    // The sheet answering only health is in the group but not counted for housing.
    EXPECT_EQ(results.questions[1].groups[0].answer_count.value, 1);
}

TEST(SurveyResultsTest, AGroupNobodyAnsweredTheQuestionInHasZeroAnswersAndNoMean) {
    const ResultQuestion activity = ResultQuestion::scale("aktivitet", "Aktivitetsnivå", 1, 10);

    const SurveyResults results = compute_survey_results(
        {k_health, activity},
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa", {5}));

    const GroupResult& activity_start = results.questions[1].groups[0];
    EXPECT_EQ(activity_start.answer_count.value, 0);
    EXPECT_FALSE(activity_start.mean.value);
    EXPECT_FALSE(activity_start.options[0].percent.value);
}

TEST(SurveyResultsTest, FreeTextIsRedactedAndSortedSoItsOrderSaysNothing) {
    const ResultQuestion comment{"ovrigt", "Vill du säga något mer?", QuestionKind::FreeText};
    const auto text = [](std::string written) {
        return AnswerSheet{SurveyTimePoint::End,
                           RespondentKind::Participant,
                           {QuestionAnswer{"ovrigt", {}, std::move(written)}}};
    };

    const SurveyResults results = compute_survey_results(
        {comment}, {text("Tack för stödet"), text("Jag heter 640823-3234"), text("")});

    const GroupResult& end = results.questions[0].groups[0];
    EXPECT_EQ(end.answer_count.value, 2);
    ASSERT_EQ(end.texts.size(), 2u);
    EXPECT_EQ(end.texts[0], "Jag heter [personnummer borttaget]");
    EXPECT_EQ(end.texts[1], "Tack för stödet");
    EXPECT_TRUE(end.options.empty());
    EXPECT_TRUE(results.questions[0].changes.empty());
}

TEST(SurveyResultsTest, TheShareAtOrAboveAStepCountsTheStepsFromIt) {
    const SurveyResults results = compute_survey_results({k_health}, health_start_and_end());

    const GroupResult& end = group_of(results.questions[0], SurveyTimePoint::End);
    EXPECT_DOUBLE_EQ(*percent_at_or_above(k_health, end, 7), 300.0 / 7); // 7 7 8
    EXPECT_DOUBLE_EQ(*percent_at_or_above(k_health, end, 1), 100.0);
    EXPECT_DOUBLE_EQ(*percent_at_or_above(k_health, end, 9), 0.0);
}

} // namespace
} // namespace finsam
