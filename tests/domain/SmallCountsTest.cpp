#include "domain/SmallCounts.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

Figure count(Measure measure, double value) {
    return {measure, value, Unit::Count, "", ""};
}

Figure percent(Measure measure, double value) {
    return {measure, value, Unit::Percent, "", ""};
}

/// The values the board sees, by measure and unit: nullopt for hidden.
std::optional<double> seen(const std::vector<DisclosedFigure>& shown, Measure measure,
                           Unit unit = Unit::Count) {
    for (const auto& figure : shown) {
        if (figure.measure == measure && figure.unit == unit)
            return figure.value;
    }
    ADD_FAILURE() << "no figure of " << to_string(measure);
    return std::nullopt;
}

const Disclosure k_board = disclosure_for(Role::Board, 5);

TEST(SmallCountsTest, TheKansliSeesEveryFigure) {
    const auto shown = disclose_figures(
        {count(Measure::ParticipantsTotal, 17), count(Measure::ParticipantsEnded, 2)},
        disclosure_for(Role::Kansli, 5));
    EXPECT_EQ(seen(shown, Measure::ParticipantsEnded), 2);
}

TEST(SmallCountsTest, AHiddenPartCannotBeWorkedOutFromTheTotalAndTheOtherPart) {
    const auto shown = disclose_figures({count(Measure::ParticipantsTotal, 17),
                                         count(Measure::ParticipantsCurrent, 15),
                                         count(Measure::ParticipantsEnded, 2)},
                                        k_board);
    EXPECT_EQ(seen(shown, Measure::ParticipantsEnded), std::nullopt);
    EXPECT_EQ(seen(shown, Measure::ParticipantsCurrent), std::nullopt);
    EXPECT_EQ(seen(shown, Measure::ParticipantsTotal), 17);
}

TEST(SmallCountsTest, APartTheReportDoesNotStateIsProtectedWhenItWorksOutSmall) {
    const auto shown = disclose_figures(
        {count(Measure::ParticipantsTotal, 17), count(Measure::ParticipantsCurrent, 15)}, k_board);
    EXPECT_EQ(seen(shown, Measure::ParticipantsCurrent), std::nullopt);
}

TEST(SmallCountsTest, NothingMoreIsHiddenWhenNothingCanBeWorkedOut) {
    const auto shown = disclose_figures(
        {count(Measure::ParticipantsTotal, 30), count(Measure::ParticipantsCurrent, 20),
         count(Measure::ParticipantsEnded, 10), count(Measure::ParticipantsWomen, 12),
         count(Measure::ParticipantsMen, 18)},
        k_board);
    for (const auto& figure : shown)
        EXPECT_TRUE(figure.value.has_value()) << to_string(figure.measure);
}

TEST(SmallCountsTest, TheSmallestOtherPartIsHiddenNotTheTotal) {
    const auto shown = disclose_figures({count(Measure::ParticipantsTotal, 40),
                                         count(Measure::ParticipantsWomen, 3),
                                         count(Measure::ParticipantsMen, 37)},
                                        k_board);
    EXPECT_EQ(seen(shown, Measure::ParticipantsWomen), std::nullopt);
    EXPECT_EQ(seen(shown, Measure::ParticipantsMen), std::nullopt);
    EXPECT_EQ(seen(shown, Measure::ParticipantsTotal), 40);
}

TEST(SmallCountsTest, ACellHiddenToProtectOneTableIsProtectedInTheOthers) {
    // Ended (3) is hidden, and so current, which would give it back. No table may be left
    // with exactly one unknown cell, whichever cells the protection picks.
    const auto shown = disclose_figures(
        {count(Measure::ParticipantsTotal, 20), count(Measure::ParticipantsCurrent, 17),
         count(Measure::ParticipantsEnded, 3), count(Measure::ParticipantsWomen, 8),
         count(Measure::ParticipantsMen, 12)},
        k_board);
    int unknown_in_gender_table = 0;
    for (const auto measure :
         {Measure::ParticipantsTotal, Measure::ParticipantsWomen, Measure::ParticipantsMen})
        unknown_in_gender_table += !seen(shown, measure).has_value();
    EXPECT_NE(unknown_in_gender_table, 1);
    int unknown_in_status_table = 0;
    for (const auto measure :
         {Measure::ParticipantsTotal, Measure::ParticipantsCurrent, Measure::ParticipantsEnded})
        unknown_in_status_table += !seen(shown, measure).has_value();
    EXPECT_GE(unknown_in_status_table, 2);
}

TEST(SmallCountsTest, WhenNoOtherPartCanBeHiddenTheTotalIs) {
    const auto shown =
        disclose_figures({count(Measure::EndedToWorkOrStudies, 9), count(Measure::EndedToWork, 0),
                          count(Measure::EndedToStudies, 4)},
                         k_board);
    EXPECT_EQ(seen(shown, Measure::EndedToStudies), std::nullopt);
    EXPECT_EQ(seen(shown, Measure::EndedToWorkOrStudies), std::nullopt);
    EXPECT_EQ(seen(shown, Measure::EndedToWork), 0);
}

TEST(SmallCountsTest, APercentageOfAHiddenCountIsHidden) {
    const auto shown = disclose_figures(
        {count(Measure::ParticipantsEnded, 4), percent(Measure::EndedToWork, 50)}, k_board);
    EXPECT_EQ(seen(shown, Measure::EndedToWork, Unit::Percent), std::nullopt);
}

TEST(SmallCountsTest, APercentageThatImpliesASmallCountIsHidden) {
    const auto shown = disclose_figures(
        {count(Measure::ParticipantsEnded, 14), percent(Measure::EndedToWork, 21)}, k_board);
    EXPECT_EQ(seen(shown, Measure::EndedToWork, Unit::Percent), std::nullopt);
    EXPECT_EQ(seen(shown, Measure::ParticipantsEnded), 14);
}

TEST(SmallCountsTest, APercentageOfABaseTheReportDoesNotStateIsHidden) {
    // 40 in total and 30 active give 10 ended away; 30 % of them is 3.
    const auto shown = disclose_figures({count(Measure::ParticipantsTotal, 40),
                                         count(Measure::ParticipantsCurrent, 30),
                                         percent(Measure::EndedToWork, 30)},
                                        k_board);
    EXPECT_EQ(seen(shown, Measure::EndedToWork, Unit::Percent), std::nullopt);
}

TEST(SmallCountsTest, APercentageOfALargeGroupIsShown) {
    const auto shown = disclose_figures(
        {count(Measure::ParticipantsEnded, 40), percent(Measure::EndedToWork, 30)}, k_board);
    EXPECT_EQ(seen(shown, Measure::EndedToWork, Unit::Percent), 30);
}

} // namespace
} // namespace finsam
