#include "FigureMatchers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::describe;
using testing::figures_in;
using testing::has_value;
using testing::values_of;

// Section 2.1 of a kvartalsrapport, as the text cleaner hands it on.
constexpr const char* k_activities =
    "Projektet har totalt haft 39 deltagare. Idag har projektet totalt 25 deltagare inskrivna. "
    "Många av de inskrivna har omfattande problematik. Tre av deltagarna har även insats Bostad "
    "först.\n\n"
    "Sedan projektets start har 16 personer avslutats. Av de personerna om har avslutats är idag "
    "sju personer inte längre aktuella för försörjningsstöd, fem deltagare har fått arbete och en "
    "deltagare har fått sjukersättning. En person har avslutats efter avslutad "
    "arbetsförmågebedömning, utan annan planering.";

TEST(ExtractFigures, ReadsTheActivitiesOfAQuarterlyReport) {
    const auto figures = figures_in(k_activities);
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{39})
        << describe(figures);
    EXPECT_EQ(values_of(figures, Measure::ParticipantsCurrent), std::vector<double>{25});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsEnded), std::vector<double>{16});
    EXPECT_EQ(values_of(figures, Measure::EndedToWork), std::vector<double>{5});
    EXPECT_EQ(figures.size(), 4U) << describe(figures);
}

TEST(ExtractFigures, KeepsSectionIdAndWholeSentenceAsQuote) {
    const auto figures =
        figures_in("Inledning.  Projektet har  totalt\nhaft 39   deltagare. Slut.", "2.4");
    ASSERT_EQ(figures.size(), 1U);
    EXPECT_EQ(figures[0].section_id, "2.4");
    EXPECT_EQ(figures[0].quote, "Projektet har totalt haft 39 deltagare.");
    EXPECT_EQ(figures[0].unit, Unit::Count);
}

TEST(ExtractFigures, ReadsEverySection) {
    const auto figures =
        extract_figures({Section{"2.1", "Aktiviteter", "139 deltagare har avslutats."},
                         Section{"2.2", "Avvikelser", "Inga avvikelser."},
                         Section{"2.4", "Mål", "9 har avslutats."}});
    ASSERT_EQ(figures.size(), 2U);
    EXPECT_EQ(figures[0].section_id, "2.1");
    EXPECT_EQ(figures[1].section_id, "2.4");
    EXPECT_EQ(figures[1].value, 9);
}

TEST(ExtractFigures, ReadsThousandsGroups) {
    EXPECT_EQ(values_of(figures_in("Totalt har 1 200 deltagare varit inskrivna."),
                        Measure::ParticipantsTotal),
              std::vector<double>{1200});
}

TEST(ExtractFigures, TakesNoFigureFromPlacesDatesAgesHoursOrMoney) {
    for (const char* text : {
             "Projektet arbetar med deltagare från 13 kommuner i Skaraborg.",
             "Eftersom det handlar om 13 kommuner är det olika förutsättningar.",
             "Alla har komplicerade diagnoser och ett åldersspann på 22-60 år.",
             "Deltagarna erbjuds aktivitet upp till 12h/vecka under maximalt 12 veckor.",
             "Beviljade medel för insatsen är 100 000 kr och 96 997 kr är utnyttjade.",
             "Socialsekreterarna har cirka 75 hushåll var att arbeta med varje månad.",
             "Det finns plats för 12 individer/omgång, 6 individer/grupp.",
             "Kvartalsrapporten gäller för perioden 240701 - 240930.",
             "31 augusti 2022 hade vi ett möte med 2024-10-10 som nästa datum.",
             "Arbetet med SPETSA skedde under hösten 2023 samt att all personal har gått en kurs.",
             "De som fortfarande är aktuella har en insats via Fontänhus.",
             "Trisam-handläggaren skulle kunna arbeta med max 10 individer i taget.",
             "Vi har kontakt med över 100 ungdomar under projektets gång.",
             "I slutet av januari hade vi 15 deltagare och i augusti 18 deltagare.",
             "Under året var det 10,7 deltagare i snitt.",
             "7 nya deltagare har skrivits in under perioden.",
             "Individen har varit i insatsen i 19 månader.",
             "Den deltagaren hade varit sjukskriven under 6-7 år.",
             "Sida 4(5) www.finsamgavleborg.se",
             "Projektredovisning 26/44",
         }) {
        const auto figures = figures_in(text);
        EXPECT_TRUE(figures.empty()) << text << "\n" << describe(figures);
    }
}

TEST(ExtractFigures, DoesNotCountSubsetsOrSinglePersonsAsParticipantFigures) {
    for (const char* text : {
             "Två deltagare har beslut om arbetsträning via arbetsförmedlingen.",
             "1 deltagare har fått avbryta aktiviteten för att kunna skrivas in på nytt.",
             "2 deltagare har remitterats från Försörjningsstöd Vara.",
             "Just nu är 7 av våra deltagare uppe i 4 dagar/vecka.",
             "I nuläget har vi 5 personer i kö som väntat ca 3 månader.",
             "21 deltagare inskrivna.",
             "19 deltagare har startat insatsen under aktuell period.",
         }) {
        const auto figures = figures_in(text);
        EXPECT_TRUE(figures.empty()) << text << "\n" << describe(figures);
    }
}

TEST(ExtractFigures, ReturnsNothingForNoSections) {
    EXPECT_TRUE(extract_figures({}).empty());
    EXPECT_TRUE(figures_in("").empty());
    EXPECT_FALSE(has_value(figures_in("Inga aktuella avvikelser under denna period."), 0));
}

} // namespace
} // namespace finsam
