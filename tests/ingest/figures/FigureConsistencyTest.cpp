#include "FigureMatchers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

Figure figure(Measure measure, double value, const std::string& section_id,
              Unit unit = Unit::Count) {
    return Figure{measure, value, unit, section_id, "quote"};
}

// Sections 2.1 and 2.4 of one kvartalsrapport, which disagree on how many have ended.
const std::vector<Section> k_disagreeing_report{
    {"2.1", "Aktiviteter",
     "Projektet har totalt haft 39 deltagare. Idag har projektet totalt 25 deltagare "
     "inskrivna.\n\nSedan projektets start har 16 personer avslutats. Av de personerna om har "
     "avslutats är idag sju personer inte längre aktuella för försörjningsstöd, fem deltagare har "
     "fått arbete och en deltagare har fått sjukersättning."},
    {"2.4", "Insatsens mål samt delmål",
     "Totalt har 39 personer varit/är inskrivna i projektet. Målet om totalt 50 deltagare kommer "
     "inte att uppnås fram till december 2024.\n\nTotalt sett har 15 personer har avslutats sedan "
     "projektets början och av dessa är sju personer självförsörjande. Fem personer har fått "
     "arbete och en deltagare har fått sjukersättning."},
};

TEST(FindConflictingFigures, FlagsTheEndedCountThatTwoSectionsStateDifferently) {
    const auto figures = extract_figures(k_disagreeing_report);
    const auto warnings = find_conflicting_figures(figures);
    ASSERT_EQ(warnings.size(), 1U) << testing::describe(figures);
    EXPECT_EQ(warnings[0].code, warning_code::k_conflicting_figure);
    EXPECT_EQ(warnings[0].message,
              "participants_ended is stated as 16 (section 2.1) and as 15 (section 2.4)");
}

TEST(FindConflictingFigures, AcceptsTheSameValueStatedTwice) {
    const auto figures = extract_figures(k_disagreeing_report);
    EXPECT_EQ(testing::values_of(figures, Measure::ParticipantsTotal),
              (std::vector<double>{39, 39}));
    EXPECT_TRUE(find_conflicting_figures({figure(Measure::ParticipantsTotal, 39, "2.1"),
                                          figure(Measure::ParticipantsTotal, 39, "2.4")})
                    .empty());
}

TEST(FindConflictingFigures, TreatsPercentAndCountAsDifferentFigures) {
    EXPECT_TRUE(
        find_conflicting_figures({figure(Measure::EndedToWork, 21, "resultat", Unit::Percent),
                                  figure(Measure::EndedToWork, 4, "resultat")})
            .empty());
}

TEST(FindConflictingFigures, NamesEverySectionOfEachValue) {
    const auto warnings = find_conflicting_figures({
        figure(Measure::ParticipantsEnded, 16, "2.1"),
        figure(Measure::ParticipantsEnded, 15, "2.4"),
        figure(Measure::ParticipantsEnded, 15, "2.5"),
        figure(Measure::ParticipantsEnded, 14, "2.5"),
        figure(Measure::ParticipantsEnded, 15, "2.5"),
    });
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_EQ(warnings[0].message, "participants_ended is stated as 16 (section 2.1), as 15 "
                                   "(sections 2.4 and 2.5) and as 14 (section 2.5)");
}

TEST(FindConflictingFigures, GivesOneWarningPerMeasureAndUnit) {
    const auto warnings = find_conflicting_figures({
        figure(Measure::EndedToWork, 21, "a", Unit::Percent),
        figure(Measure::ParticipantsTotal, 39, "b"),
        figure(Measure::EndedToWork, 30.5, "b", Unit::Percent),
        figure(Measure::ParticipantsTotal, 40, "c"),
        figure(Measure::ParticipantsTotal, 41, "d"),
    });
    ASSERT_EQ(warnings.size(), 2U);
    EXPECT_EQ(warnings[0].message,
              "ended_to_work is stated as 21% (section a) and as 30.5% (section b)");
    EXPECT_EQ(warnings[1].message,
              "participants_total is stated as 39 (section b), as 40 (section c) and as 41 "
              "(section d)");
}

TEST(FindConflictingFigures, ReturnsNothingWithoutFigures) {
    EXPECT_TRUE(find_conflicting_figures({}).empty());
}

} // namespace
} // namespace finsam
