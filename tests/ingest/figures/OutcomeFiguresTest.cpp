#include "FigureMatchers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::describe;
using testing::figures_in;
using testing::values_of;

struct Outcome {
    const char* text;
    Measure measure;
    double value;
    Unit unit;
};

void expect_single_outcomes(std::initializer_list<Outcome> outcomes) {
    for (const Outcome& outcome : outcomes) {
        const auto figures = figures_in(outcome.text);
        ASSERT_EQ(figures.size(), 1U) << outcome.text << "\n" << describe(figures);
        EXPECT_EQ(figures[0].measure, outcome.measure) << outcome.text;
        EXPECT_EQ(figures[0].value, outcome.value) << outcome.text;
        EXPECT_EQ(figures[0].unit, outcome.unit) << outcome.text;
    }
}

TEST(OutcomeFigures, ReadsEndedToWork) {
    expect_single_outcomes({
        {"Under kvartalet har fem deltagare fått arbete.", Measure::EndedToWork, 5, Unit::Count},
        {"Fem personer har fått arbete och en deltagare har fått sjukersättning.",
         Measure::EndedToWork, 5, Unit::Count},
        {"4 deltagare gick vidare till arbete, två av dessa till subventionerat arbete och två "
         "till icke subventionerat arbete.",
         Measure::EndedToWork, 4, Unit::Count},
        {"21 % av de som avslutats har gått till arbete.", Measure::EndedToWork, 21, Unit::Percent},
        {"2 av de som slutat ha gått till arbete en 75% inom vården en 100% anpassat arbete.",
         Measure::EndedToWork, 2, Unit::Count},
        {"Under kvartalet har en deltagare fått arbete.", Measure::EndedToWork, 1, Unit::Count},
        {"7 av 10 deltagare har fått arbete.", Measure::EndedToWork, 7, Unit::Count},
        {"Drygt 85% av de som avslutats har gått till arbete.", Measure::EndedToWork, 85,
         Unit::Percent},
        {"50% av de som avslutats under aktuell period har till och med gått i arbete och nåt "
         "egen försörjning.",
         Measure::EndedToWork, 50, Unit::Percent},
    });
}

TEST(OutcomeFigures, ReadsEndedToStudies) {
    expect_single_outcomes({
        {"1 har gått till studier", Measure::EndedToStudies, 1, Unit::Count},
        {"Två deltagare har påbörjat studier.", Measure::EndedToStudies, 2, Unit::Count},
    });
}

TEST(OutcomeFigures, ReadsEndedToWorkOrStudies) {
    expect_single_outcomes({
        {"Gällande målen har Cresco Creare uppnått 26 % till arbete/studier i nuläget.",
         Measure::EndedToWorkOrStudies, 26, Unit::Percent},
        {"3 deltagare har gått vidare till arbete eller studier.", Measure::EndedToWorkOrStudies, 3,
         Unit::Count},
        {"30% av deltagarna har fått arbete/påbörjat studier.", Measure::EndedToWorkOrStudies, 30,
         Unit::Percent},
    });
}

TEST(OutcomeFigures, SeparatesTheClausesOfAListOfEndReasons) {
    const auto figures = figures_in(
        "21 % av de som avslutats har gått till arbete, 15 % har gått till förstärkt samverkan, "
        "5 % har påbörjat studier, 9 % har avslutats p.g.a. försämrat hälsotillstånd, 6% är "
        "arbetssökande och 24 % har gått till fortsatt rehabilitering.");
    EXPECT_EQ(values_of(figures, Measure::EndedToWork, Unit::Percent), std::vector<double>{21});
    EXPECT_EQ(values_of(figures, Measure::EndedToStudies, Unit::Percent), std::vector<double>{5});
    EXPECT_EQ(figures.size(), 2U) << describe(figures);
}

TEST(OutcomeFigures, IgnoresOtherDestinationsAndNegations) {
    for (const char* text : {
             "10 deltagare har gått vidare till arbetsträning/praktik.",
             "Fyra deltagare har gått vidare till arbete/arbetssökande.",
             "En deltagare har fått sjukersättning.",
             "70% har dock inte gått vidare till arbete.",
             "6 personer har gått vidare till uppdragsgivaren där man ska se efter nya insatser.",
             "6 av 9 deltagare som avslutats har gått vidare till arbetsträning (67%).",
             "Två fått insats i form av bostad först, en person till studier via Språngbrädan.",
             "15% vidare till arbete/ arbetssökande eller studier: 0%",
             "Under hösten ska 5 deltagare ha fått arbete.",
             "Av dessa har två till subventionerat arbete.",
         }) {
        const auto figures = figures_in(text);
        EXPECT_TRUE(figures.empty()) << text << "\n" << describe(figures);
    }
}

} // namespace
} // namespace finsam
