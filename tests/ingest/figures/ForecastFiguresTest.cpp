// Forecasts and estimates count people who have not yet taken part: never an outcome.
#include "FigureMatchers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::describe;
using testing::figures_in;
using testing::values_of;

TEST(ForecastFigures, TakesNoForecastAsAnOutcome) {
    for (const char* text : {
             "Med tre månader kvar räknar vi med att totalt omkring 42 personer kommer att ha "
             "deltagit.",
             "Vi räknar med totalt 42 deltagare vid årets slut.",
             "Totalt beräknas 42 deltagare ha deltagit när projektet avslutas.",
             "Totalt förväntas 42 personer ha deltagit i projektet.",
             "Vi planerar att totalt 42 deltagare har deltagit till sommaren.",
             "Prognosen är att totalt 42 deltagare har deltagit vid projektets slut.",
             "Totalt kommer ungefär 42 personer att ha deltagit i insatsen.",
             "Cirka 42 deltagare kommer att vara inskrivna i december.",
             "Vi räknar med att, om inflödet håller i sig, totalt 42 personer har deltagit.",
             "Vi bedömer att omkring 42 deltagare är realistiskt.",
             "12 deltagare kommer att avslutas under hösten.",
             "Fem deltagare förväntas få arbete.",
         }) {
        const auto figures = figures_in(text);
        EXPECT_TRUE(figures.empty()) << text << "\n" << describe(figures);
    }
}

TEST(ForecastFigures, KeepsTheOutcomeBeforeAForecastClause) {
    const auto figures = figures_in("Idag är 21 deltagare inskrivna och vi räknar med att fler "
                                    "kommer att skrivas in.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsCurrent), std::vector<double>{21});
    EXPECT_EQ(figures.size(), 1U) << describe(figures);
}

TEST(ForecastFigures, KeepsTheOutcomeAfterAForecastAndAContrast) {
    const auto figures = figures_in("Målet om 52 deltagare bedöms inte nås, men totalt har 37 "
                                    "deltagare varit inskrivna.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{52});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{37});
    EXPECT_EQ(figures.size(), 2U) << describe(figures);
}

TEST(ForecastFigures, StillTakesTheTargetOfAGoalThatIsForecast) {
    const auto figures = figures_in("Vi bedömer att målet om 52 deltagare inte kommer att nås.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTarget), std::vector<double>{52});
    EXPECT_EQ(figures.size(), 1U) << describe(figures);
}

TEST(ForecastFigures, RaisesNoConflictBetweenAForecastAndTheTotal) {
    const std::vector<Section> report{
        {"2.1", "Aktiviteter", "Totalt har 34 personer deltagit i projektet sedan start."},
        {"2.2", "Avvikelser från planering (ekonomi, tidsplan, aktiviteter numerära mål etc)",
         "Vi räknar med att totalt omkring 38 personer kommer att ha deltagit."},
    };
    const auto figures = extract_figures(report);
    EXPECT_TRUE(find_conflicting_figures(figures).empty()) << describe(figures);
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{34});
}

} // namespace
} // namespace finsam
