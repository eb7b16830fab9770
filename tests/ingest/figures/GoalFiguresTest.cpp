#include "FigureMatchers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::describe;
using testing::figures_in;
using testing::values_of;

TEST(GoalFigures, TakesTheParticipantTargetOfAGoal) {
    for (const auto& [text, target] : std::initializer_list<std::pair<const char*, double>>{
             {"Målet om totalt 50 deltagare kommer inte att uppnås fram till december 2024.", 50},
             {"Vi har ändrat kriteriet i syfte att nå målet 10 individer.", 10},
             {"Målet att arbeta med 10 individer under denna period har inte uppnåtts.", 10},
             {"Insatsens mål är totalt 45 deltagare under projekttiden.", 45},
         }) {
        const auto figures = figures_in(text, "2.4");
        ASSERT_EQ(figures.size(), 1U) << text << "\n" << describe(figures);
        EXPECT_EQ(figures[0].measure, Measure::ParticipantsTarget) << text;
        EXPECT_EQ(figures[0].value, target) << text;
    }
}

TEST(GoalFigures, TakesOnlyTheFirstParticipantCountOfAGoalSentence) {
    const auto figures =
        figures_in("Målsättningen var att identifiera och arbeta med 10 individer under "
                   "insatstiden och att minst 5 individer skulle ha gjort en stegförflyttning.",
                   "5.1");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{10});
    EXPECT_EQ(figures.size(), 1U) << describe(figures);
}

TEST(GoalFigures, DoesNotTakePercentagesInGoalsAsOutcomes) {
    for (const char* text : {
             "Målet är att 15 % av deltagarna har gått vidare till arbete.",
             "Vidare är målet att 70% av deltagarna går vidare till arbete eller studier.",
             "Huvudmålet är att minst 70 % av deltagarna har fått arbete.",
         }) {
        const auto figures = figures_in(text);
        EXPECT_TRUE(figures.empty()) << text << "\n" << describe(figures);
    }
}

TEST(GoalFigures, TreatsEverythingInAGoalSectionAsGoal) {
    const auto figures = figures_in("30% av deltagarna har fått arbete/påbörjat studier. Totalt "
                                    "45 deltagare ska skrivas in. 5 deltagare har avslutats.",
                                    "mal");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{45});
    EXPECT_EQ(figures.size(), 1U) << describe(figures);
}

TEST(GoalFigures, TreatsListItemsUnderAGoalHeadingAsGoals) {
    const auto figures =
        figures_in("Mål \n"
                   "o 30% av deltagarna har fått arbete/påbörjat studier. \n"
                   "o 50% av deltagarna har påbörjat arbetslivsinriktade åtgärder. \n"
                   "\n"
                   "Resultat \n"
                   "21 % av de som avslutats har gått till arbete.",
                   "projekt");
    EXPECT_EQ(values_of(figures, Measure::EndedToWorkOrStudies, Unit::Percent),
              std::vector<double>{});
    EXPECT_EQ(values_of(figures, Measure::EndedToWork, Unit::Percent), std::vector<double>{21});
    EXPECT_EQ(figures.size(), 1U) << describe(figures);
}

TEST(GoalFigures, TreatsListItemsAfterAGoalIntroductionAsGoals) {
    const auto figures = figures_in("Mer konkret är målet efter avslutad insats att:\n\n"
                                    "o 2 av 12 deltagare har gått vidare till arbete/studier\n"
                                    "o 30% av deltagarna har fått arbete.\n\n"
                                    "Fem deltagare har fått arbete.");
    EXPECT_EQ(values_of(figures, Measure::EndedToWork), std::vector<double>{5});
    EXPECT_EQ(figures.size(), 1U) << describe(figures);
}

TEST(GoalFigures, ReadsAnOutcomeThatReportsOnAGoal) {
    const auto figures = figures_in("Målet om 50 deltagare har inte nåtts, men totalt har 39 "
                                    "deltagare varit inskrivna.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{50});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{39});
}

} // namespace
} // namespace finsam
