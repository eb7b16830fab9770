#include "analytics/SurveyDisclosure.h"

#include "SurveyTestAnswers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::append;
using testing::scale_sheets;
using testing::sheet;
using testing::yes_no_sheets;

const ResultQuestion k_health = ResultQuestion::scale("halsa", "Upplevd hälsa", 1, 10);
const Disclosure k_board = disclosure_for(Role::Board, 5);
const Disclosure k_owner = disclosure_for(Role::InterventionOwner, 5);
const Disclosure k_kansli = disclosure_for(Role::Kansli, 5);

SurveyResults disclosed(const std::vector<ResultQuestion>& questions,
                        const std::vector<AnswerSheet>& sheets, const Disclosure& disclosure) {
    return disclose_survey_results(compute_survey_results(questions, sheets), disclosure);
}

void expect_hidden(const ResultCell& cell) {
    EXPECT_TRUE(cell.hidden);
    EXPECT_FALSE(cell.value);
}

void expect_shown(const ResultCell& cell) {
    EXPECT_FALSE(cell.hidden);
    EXPECT_FALSE(cell.marked);
    EXPECT_TRUE(cell.value);
}

/// A start group of 12 (all 5s and 6s: 6 of each) and an end group of 3.
std::vector<AnswerSheet> twelve_at_start_three_at_end() {
    std::vector<AnswerSheet> sheets =
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa",
                     {5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6});
    append(sheets,
           scale_sheets(SurveyTimePoint::End, RespondentKind::Participant, "halsa", {7, 8, 8}));
    return sheets;
}

TEST(SurveyDisclosureTest, ASmallGroupIsHiddenAndSoIsTheChangeItIsPartOf) {
    for (const Disclosure& outside : {k_board, k_owner}) {
        const SurveyResults results =
            disclosed({k_health}, twelve_at_start_three_at_end(), outside);

        const QuestionResult& health = results.questions[0];
        const GroupResult& start = health.groups[0];
        expect_shown(start.answer_count);
        expect_shown(start.mean);
        EXPECT_DOUBLE_EQ(*start.mean.value, 5.5);
        expect_shown(start.options[4].count); // 6 fives
        EXPECT_DOUBLE_EQ(*start.options[4].percent.value, 50.0);

        const GroupResult& end = health.groups[1];
        ASSERT_EQ(end.time, SurveyTimePoint::End);
        expect_hidden(end.answer_count);
        expect_hidden(end.mean);
        expect_hidden(end.median);
        expect_hidden(end.options[7].count);
        expect_hidden(end.options[7].percent);

        const ChangeResult& change = health.changes[0];
        expect_shown(change.start_mean);
        expect_hidden(change.end_mean);
        expect_hidden(change.mean_change);
        expect_hidden(change.median_change);
        expect_hidden(change.percent_change[4]);
    }
}

TEST(SurveyDisclosureTest, TheKansliSeesEverythingWithWhatOthersWouldNotSeeMarked) {
    const SurveyResults results = disclosed({k_health}, twelve_at_start_three_at_end(), k_kansli);

    const QuestionResult& health = results.questions[0];
    const GroupResult& end = health.groups[1];
    EXPECT_EQ(end.answer_count.value, 3);
    EXPECT_TRUE(end.answer_count.marked);
    EXPECT_FALSE(end.answer_count.hidden);
    EXPECT_DOUBLE_EQ(*end.mean.value, 23.0 / 3);
    EXPECT_TRUE(end.mean.marked);
    EXPECT_DOUBLE_EQ(*health.changes[0].mean_change.value, 23.0 / 3 - 5.5);
    EXPECT_TRUE(health.changes[0].mean_change.marked);
    EXPECT_FALSE(health.groups[0].mean.marked);
}

TEST(SurveyDisclosureTest, SmallCellsOfALargeGroupAreHiddenButItsMeanIsShown) {
    // 8 answers, each step at most twice: every count is small, but the number of answers and
    // the sum of the values (through the mean) leave five unknown counts undetermined.
    const SurveyResults results =
        disclosed({k_health},
                  scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa",
                               {3, 4, 4, 5, 6, 2, 3, 5}),
                  k_board);

    const GroupResult& start = results.questions[0].groups[0];
    expect_shown(start.answer_count);
    EXPECT_DOUBLE_EQ(*start.mean.value, 4.0);
    expect_shown(start.median);
    for (const int step_index : {1, 2, 3, 4, 5}) {
        expect_hidden(start.options[step_index].count);
        expect_hidden(start.options[step_index].percent);
    }
    expect_shown(start.options[0].count); // nobody answered 1: a zero gives nobody away
    EXPECT_EQ(start.options[0].count.value, 0);
}

TEST(SurveyDisclosureTest, TheOtherCountsAreHiddenWhenTheyWouldGiveASmallOneAway) {
    // Two of twelve answered 3 and ten answered 7: with the number of answers shown, the 10
    // gives the 2 away, so it is hidden too; the mean would give both, so it is hidden.
    std::vector<AnswerSheet> sheets =
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa",
                     {3, 3, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7});

    const SurveyResults results = disclosed({k_health}, sheets, k_board);

    const GroupResult& start = results.questions[0].groups[0];
    expect_shown(start.answer_count);
    expect_hidden(start.options[2].count);
    expect_hidden(start.options[6].count);
    expect_hidden(start.mean);
    expect_hidden(start.median);
}

TEST(SurveyDisclosureTest, AYesOfTwoOutOfTwelveIsHiddenAndSoIsTheNo) {
    const ResultQuestion violence = ResultQuestion::yes_no("vald", "Har någon slagit dig?");

    const SurveyResults results =
        disclosed({violence}, yes_no_sheets(SurveyTimePoint::Start, "vald", 2, 10), k_board);

    const GroupResult& start = results.questions[0].groups[0];
    EXPECT_EQ(start.answer_count.value, 12);
    expect_hidden(start.options[k_yes_option].count);
    expect_hidden(start.options[k_yes_option].percent);
    expect_hidden(start.options[k_no_option].count);
    expect_hidden(start.options[k_no_option].percent);
}

TEST(SurveyDisclosureTest, AYesOfNobodyIsShown) {
    const ResultQuestion violence = ResultQuestion::yes_no("vald", "Har någon slagit dig?");

    const SurveyResults results =
        disclosed({violence}, yes_no_sheets(SurveyTimePoint::Start, "vald", 0, 6), k_board);

    const GroupResult& start = results.questions[0].groups[0];
    EXPECT_EQ(start.options[k_yes_option].count.value, 0);
    EXPECT_EQ(start.options[k_no_option].count.value, 6);
    EXPECT_DOUBLE_EQ(*start.options[k_no_option].percent.value, 100.0);
}

TEST(SurveyDisclosureTest, AMultipleChoiceChosenByAllButAFewIsHidden) {
    // Of 12, 10 chose Samtal (2 did not: small) and 6 chose Praktik (6 did not).
    const ResultQuestion support{
        "stod", "Vilket stöd har du fått?", QuestionKind::MultipleChoice, {"Samtal", "Praktik"}};
    std::vector<AnswerSheet> sheets;
    for (int person = 0; person < 12; ++person) {
        std::vector<int> chosen;
        if (person < 10)
            chosen.push_back(0);
        if (person % 2 == 0)
            chosen.push_back(1);
        sheets.push_back(sheet(SurveyTimePoint::End, RespondentKind::Participant, "stod", chosen));
    }

    const SurveyResults results = disclosed({support}, sheets, k_board);

    const GroupResult& end = results.questions[0].groups[0];
    expect_shown(end.answer_count);
    expect_hidden(end.options[0].count);
    EXPECT_EQ(end.options[1].count.value, 6);
    EXPECT_DOUBLE_EQ(*end.options[1].percent.value, 50.0);
}

TEST(SurveyDisclosureTest, AComparisonWithASmallCaseworkerGroupIsHidden) {
    std::vector<AnswerSheet> sheets =
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa",
                     {5, 5, 5, 5, 5, 6, 6, 6, 6, 6});
    append(sheets,
           scale_sheets(SurveyTimePoint::Start, RespondentKind::Caseworker, "halsa", {3, 4}));

    const SurveyResults results = disclosed({k_health}, sheets, k_board);

    const RespondentComparison& start = results.questions[0].comparisons[0];
    EXPECT_DOUBLE_EQ(*start.participant_mean.value, 5.5);
    expect_hidden(start.caseworker_mean);
    expect_hidden(start.difference);
}

TEST(SurveyDisclosureTest, FreeTextIsForTheKansliOnly) {
    const ResultQuestion comment{"ovrigt", "Vill du säga något mer?", QuestionKind::FreeText};
    std::vector<AnswerSheet> sheets;
    for (const char* written : {"Bra", "Tack", "Mer praktik", "Kortare väntan", "Bra bemötande"})
        sheets.push_back(AnswerSheet{SurveyTimePoint::End,
                                     RespondentKind::Participant,
                                     {QuestionAnswer{"ovrigt", {}, written}}});

    for (const Disclosure& outside : {k_board, k_owner}) {
        const GroupResult end = disclosed({comment}, sheets, outside).questions[0].groups[0];
        EXPECT_TRUE(end.texts.empty());
        EXPECT_TRUE(end.texts_hidden);
        EXPECT_EQ(end.answer_count.value, 5);
    }
    const GroupResult end = disclosed({comment}, sheets, k_kansli).questions[0].groups[0];
    EXPECT_EQ(end.texts.size(), 5u);
    EXPECT_FALSE(end.texts_hidden);
}

TEST(SurveyDisclosureTest, TheThresholdIsTheForbundsOwn) {
    const Disclosure strict_board = disclosure_for(Role::Board, 10);
    const SurveyResults results =
        disclosed({k_health},
                  scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa",
                               {5, 5, 5, 5, 5, 6, 6, 6, 6}),
                  strict_board);

    expect_hidden(results.questions[0].groups[0].answer_count);
    expect_hidden(results.questions[0].groups[0].mean);
}

SurveyResults disclosed_over(const std::vector<std::vector<AnswerSheet>>& units,
                             const Disclosure& disclosure) {
    std::vector<AnswerSheet> whole;
    std::vector<SurveyResults> unit_results;
    for (const std::vector<AnswerSheet>& unit : units) {
        append(whole, unit);
        unit_results.push_back(disclosed({k_health}, unit, disclosure));
    }
    return disclose_survey_results_over(compute_survey_results({k_health}, whole), unit_results,
                                        disclosure);
}

TEST(SurveyDisclosureTest, AWholeYearHidesWhatAHalfOfItHides) {
    // The first half's 3 start answers are hidden; the year's 15 would give them away beside
    // the second half's 12.
    const auto first_half =
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa", {2, 3, 3});
    const auto second_half = scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant,
                                          "halsa", {5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6});

    const SurveyResults year = disclosed_over({first_half, second_half}, k_board);

    const GroupResult& start = year.questions[0].groups[0];
    expect_hidden(start.answer_count);
    expect_hidden(start.mean);
    expect_hidden(start.median);
    expect_hidden(start.options[2].count); // the 3s
    // The 5s are none in the first half and 6 in the second: both shown, so their sum is.
    EXPECT_EQ(start.options[4].count.value, 6);
}

TEST(SurveyDisclosureTest, AWholeYearShowsWhatBothHalvesShow) {
    auto first_half =
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa", {5, 5, 5, 5, 5});
    append(first_half, scale_sheets(SurveyTimePoint::End, RespondentKind::Participant, "halsa",
                                    {8, 8, 8, 8, 8}));
    auto second_half =
        scale_sheets(SurveyTimePoint::Start, RespondentKind::Participant, "halsa", {6, 6, 6, 6, 6});
    append(second_half, scale_sheets(SurveyTimePoint::End, RespondentKind::Participant, "halsa",
                                     {7, 8, 8, 8, 8, 8, 9}));

    const SurveyResults year = disclosed_over({first_half, second_half}, k_board);

    const QuestionResult& health = year.questions[0];
    const GroupResult& start = health.groups[0];
    EXPECT_EQ(start.answer_count.value, 10);
    EXPECT_DOUBLE_EQ(*start.mean.value, 5.5);
    EXPECT_DOUBLE_EQ(*start.median.value, 5.5);
    EXPECT_EQ(start.options[4].count.value, 5);
    // The second half's end group hides its single 7 and 9 (and the 8s beside them), so the
    // year's median, taken from both halves, is hidden, though the means of both are shown.
    const GroupResult& end = health.groups[1];
    EXPECT_EQ(end.answer_count.value, 12);
    EXPECT_DOUBLE_EQ(*end.mean.value, 8.0); // (40 + 56) / 12
    expect_hidden(end.options[7].count);
    expect_hidden(end.median);
    EXPECT_DOUBLE_EQ(*health.changes[0].mean_change.value, 2.5);
    expect_hidden(health.changes[0].median_change);
}

} // namespace
} // namespace finsam
