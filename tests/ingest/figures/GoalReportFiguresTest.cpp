// Sections that report on goals ("Insatsens mål samt delmål", "Måluppfyllelse") state each goal
// and then how it went: the goal gives the target, the rest its own outcome figures.
#include "FigureMatchers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::describe;
using testing::figures_in;
using testing::values_of;

constexpr const char* k_quarterly_goals = "Insatsens mål samt delmål";
constexpr const char* k_final_goals = "Måluppfyllelse";

std::vector<Figure> quarterly_goals(const std::string& text) {
    return figures_in(text, "2.4", k_quarterly_goals);
}

TEST(GoalReportFigures, ReadsAGoalItemAsTargetAndWhatFollowsTheSemicolonAsOutcome) {
    const auto figures = quarterly_goals("- Totalt 60 deltagare under insatstiden; Hittills har "
                                         "27 personer deltagit.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{60});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{27});
    EXPECT_EQ(figures.size(), 2U) << describe(figures);
}

TEST(GoalReportFigures, ReadsAGoalRowWithoutItsListMarker) {
    const auto figures =
        quarterly_goals("Minst 30 unga under projekttiden: 18 unga har deltagit i projektet.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{30});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{18});
    EXPECT_EQ(figures.size(), 2U) << describe(figures);
}

TEST(GoalReportFigures, TakesNothingFromTheGoalPartOfAnItemButTheTarget) {
    // The goal before ';' is worded as if it had happened; only the part after it has.
    const auto figures = quarterly_goals("- 25 % av deltagarna har gått till arbete; Av de åtta "
                                         "som avslutats har tre fått arbete.");
    EXPECT_TRUE(values_of(figures, Measure::EndedToWork, Unit::Percent).empty())
        << describe(figures);
    EXPECT_TRUE(values_of(figures, Measure::ParticipantsTarget).empty()) << describe(figures);
}

TEST(GoalReportFigures, ReadsTheResultColumnOfAFlattenedGoalTable) {
    const auto figures = figures_in("Mål Resultat\n\n"
                                    "Totalt 50 deltagare under projekttiden 41 deltagare (82 %)\n\n"
                                    "Minst 30 % av de avslutade har gått till\n\n"
                                    "7 av 20, 35 % arbete eller studier",
                                    "5.1", k_final_goals);
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{50});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{41});
    EXPECT_EQ(figures.size(), 2U) << describe(figures);
}

TEST(GoalReportFigures, ReadsAResultColumnWithAVerbAsAnyOutcome) {
    const auto figures =
        quarterly_goals("Totalt 50 deltagare under projekttiden 41 deltagare har deltagit");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{50});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{41});
    EXPECT_EQ(figures.size(), 2U) << describe(figures);
}

TEST(GoalReportFigures, DoesNotLendTheOutcomesVerbToAGoalOnTheLineBefore) {
    // PDF text: the goal cell and the status cell on two lines, with no mark between.
    const auto figures = quarterly_goals(
        "Totalt 50 deltagare under projekttiden\nHittills har 29 personer deltagit.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{29})
        << describe(figures);
    EXPECT_FALSE(testing::has_value(figures, 50)) << describe(figures);
}

TEST(GoalReportFigures, KeepsTheBreakdownOfAGoalInTheGoal) {
    const auto figures = quarterly_goals("Totalt 50 deltagare, varav minst 20 kvinnor.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{50});
    EXPECT_EQ(figures.size(), 1U) << describe(figures);
}

TEST(GoalReportFigures, ReadsTheGoalOfASentenceThatStatesIt) {
    for (const char* text : {
             "Målet är 55 deltagare.",
             "Insatsens mål: totalt 55 deltagare.",
             "Totalt 55 deltagare under projekttiden.",
         }) {
        const auto figures = quarterly_goals(text);
        EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{55}) << text;
        EXPECT_EQ(figures.size(), 1U) << text << "\n" << describe(figures);
    }
}

TEST(GoalReportFigures, ReadsTheOutcomeClauseAfterTheGoalClause) {
    const auto figures =
        quarterly_goals("Målet är 55 deltagare och hittills har 33 personer deltagit.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{55});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{33});
    EXPECT_EQ(figures.size(), 2U) << describe(figures);
}

TEST(GoalReportFigures, DoesNotTakeAnEstimateAfterTheGoalAsTarget) {
    const auto figures = quarterly_goals("Vi ser att målet blir svårt att nå, men att cirka 48 "
                                         "deltagare är realistiskt.");
    EXPECT_TRUE(figures.empty()) << describe(figures);
}

TEST(GoalReportFigures, DoesNotTakeAGoalForWorkAsParticipantTarget) {
    const auto figures =
        quarterly_goals("Målet är att minst 12 deltagare ska ha fått arbete vid projektets slut.");
    EXPECT_TRUE(figures.empty()) << describe(figures);
}

TEST(GoalReportFigures, KeepsOutcomesOfAGoalSectionThatHaveAVerb) {
    const auto figures = quarterly_goals("Idag är 19 deltagare inskrivna. 6 har avslutats.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsCurrent), std::vector<double>{19});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsEnded), std::vector<double>{6});
    EXPECT_EQ(figures.size(), 2U) << describe(figures);
}

TEST(GoalReportFigures, TakesAGoalLineOutsideAGoalSectionAsNoOutcome) {
    for (const char* text : {
             "Totalt 55 deltagare under projekttiden.",
             "- Totalt 55 deltagare under projekttiden; Hittills har 33 personer deltagit.",
         }) {
        const auto figures = figures_in(text, "2.1", "Aktiviteter");
        EXPECT_FALSE(testing::has_value(figures, 55)) << text << "\n" << describe(figures);
    }
}

TEST(GoalReportFigures, KnowsGoalSectionsByTheirTitle) {
    const char* row = "Totalt 55 deltagare under projekttiden 40 deltagare (73 %)";
    for (const char* title : {"Insatsens mål samt delmål", "Måluppfyllelse",
                              "Beskriv uppföljning och utvärdering av målen"}) {
        EXPECT_EQ(values_of(figures_in(row, "x", title), Measure::ParticipantsTarget),
                  std::vector<double>{55})
            << title;
    }
    for (const char* title :
         {"Målgrupp för insatsen", "Avvikelser från planering (tidsplan, numerära mål m.m.)"}) {
        const auto figures = figures_in(row, "x", title);
        EXPECT_TRUE(values_of(figures, Measure::ParticipantsTarget).empty()) << title << "\n"
                                                                             << describe(figures);
        EXPECT_TRUE(values_of(figures, Measure::ParticipantsTotal).empty()) << title << "\n"
                                                                            << describe(figures);
    }
}

// A slutrapport that states its goal in a table row and its outcome in prose, twice.
TEST(GoalReportFigures, RaisesNoConflictBetweenAGoalAndTheOutcome) {
    const std::vector<Section> report{
        {"4.2", "Målgrupp för insatsen", "Totalt har 41 personer deltagit, 25 kvinnor och 16 män."},
        {"5.1", k_final_goals,
         "Mål Resultat\n\nTotalt 50 deltagare under projekttiden 41 deltagare (82 %)\n\n"
         "Sammanlagt har 18 personer avslutats under projekttiden. Vid projektets slut var 23 "
         "deltagare inskrivna.\n\nMålet om 50 deltagare nåddes inte."},
    };
    const auto figures = extract_figures(report);
    EXPECT_TRUE(find_conflicting_figures(figures).empty()) << describe(figures);
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), (std::vector<double>{41, 41}));
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), (std::vector<double>{50, 50}));
    EXPECT_EQ(values_of(figures, Measure::ParticipantsCurrent), std::vector<double>{23});
}

} // namespace
} // namespace finsam
