// One test per way of writing participant figures that issue 12 names, and the counts that
// look like participant figures and are not. WrittenFormsCorpusTest measures the same forms
// in bulk.
#include "FigureMatchers.h"

#include <gtest/gtest.h>
#include <initializer_list>
#include <vector>

namespace finsam {
namespace {

using testing::describe;
using testing::figures_in;

struct Stated {
    Measure measure;
    double value = 0;
    Unit unit = Unit::Count;
};

constexpr Unit k_percent = Unit::Percent;

// The text states exactly these figures, in the order it states them.
void expect_figures(const char* text, std::initializer_list<Stated> expected) {
    const std::vector<Figure> figures = figures_in(text);
    ASSERT_EQ(figures.size(), expected.size()) << text << "\n" << describe(figures);
    std::size_t index = 0;
    for (const Stated& stated : expected) {
        const Figure& figure = figures[index++];
        EXPECT_EQ(figure.measure, stated.measure) << text << "\n" << describe(figures);
        EXPECT_EQ(figure.value, stated.value) << text << "\n" << describe(figures);
        EXPECT_EQ(figure.unit, stated.unit) << text << "\n" << describe(figures);
    }
}

void expect_no_figures(std::initializer_list<const char*> texts) {
    for (const char* text : texts) {
        const std::vector<Figure> figures = figures_in(text);
        EXPECT_TRUE(figures.empty()) << text << "\n" << describe(figures);
    }
}

TEST(WrittenForms, ReadsCountsSplitByKonInEitherOrder) {
    expect_figures("12 deltagare varav 7 kvinnor och 5 män.", {{Measure::ParticipantsTotal, 12},
                                                               {Measure::ParticipantsWomen, 7},
                                                               {Measure::ParticipantsMen, 5}});
    expect_figures("12 deltagare (5 män, 7 kvinnor).", {{Measure::ParticipantsTotal, 12},
                                                        {Measure::ParticipantsMen, 5},
                                                        {Measure::ParticipantsWomen, 7}});
    expect_figures("Deltagare: 12, fördelat på 7 kvinnor och 5 män.",
                   {{Measure::ParticipantsTotal, 12},
                    {Measure::ParticipantsWomen, 7},
                    {Measure::ParticipantsMen, 5}});
    expect_figures("Insatsen har haft 40 deltagare fördelat på 25 kvinnor och 15 män.",
                   {{Measure::ParticipantsTotal, 40},
                    {Measure::ParticipantsWomen, 25},
                    {Measure::ParticipantsMen, 15}});
    expect_figures("Under perioden deltog 27 personer – 15 män och 12 kvinnor.",
                   {{Measure::ParticipantsTotal, 27},
                    {Measure::ParticipantsMen, 15},
                    {Measure::ParticipantsWomen, 12}});
    expect_figures("Under perioden har 21 personer varit inskrivna, 13 män respektive 8 kvinnor.",
                   {{Measure::ParticipantsTotal, 21},
                    {Measure::ParticipantsMen, 13},
                    {Measure::ParticipantsWomen, 8}});
    expect_figures("Antal deltagare: 33, varav kvinnor 20 och män 13.",
                   {{Measure::ParticipantsTotal, 33},
                    {Measure::ParticipantsWomen, 20},
                    {Measure::ParticipantsMen, 13}});
    expect_figures("Av totalt 52 deltagare var 30 kvinnor och 22 män.",
                   {{Measure::ParticipantsTotal, 52},
                    {Measure::ParticipantsWomen, 30},
                    {Measure::ParticipantsMen, 22}});
    expect_figures("Totalt 38 deltagare, varav 21 kvinnor.",
                   {{Measure::ParticipantsTotal, 38}, {Measure::ParticipantsWomen, 21}});
    expect_figures("7 kvinnor och 5 män har deltagit i insatsen.",
                   {{Measure::ParticipantsWomen, 7}, {Measure::ParticipantsMen, 5}});
    expect_figures("Totalt 12 deltagare (7 kvinnor/5 män).", {{Measure::ParticipantsTotal, 12},
                                                              {Measure::ParticipantsWomen, 7},
                                                              {Measure::ParticipantsMen, 5}});
    expect_figures("Deltagarna har varit 12, varav 7 kvinnor.",
                   {{Measure::ParticipantsTotal, 12}, {Measure::ParticipantsWomen, 7}});
    expect_figures("Kvinnorna var 7 och männen 5.",
                   {{Measure::ParticipantsWomen, 7}, {Measure::ParticipantsMen, 5}});
}

TEST(WrittenForms, ReadsKonCountsInTheOrderTheKonWereNamed) {
    expect_figures(
        "Andelen kvinnor och män var 60 respektive 40 procent.",
        {{Measure::ParticipantsWomen, 60, k_percent}, {Measure::ParticipantsMen, 40, k_percent}});
    expect_figures("Fördelningen mellan män och kvinnor är 9 respektive 14.",
                   {{Measure::ParticipantsMen, 9}, {Measure::ParticipantsWomen, 14}});
    expect_no_figures({
        "Av dem som fått arbete var kvinnor och män 3 respektive 2.",
        "Deltagarna var 25 år i snitt.",
    });
}

TEST(WrittenForms, DoesNotTakeTheKonOfAnotherCountAsTheParticipants) {
    expect_figures("6 deltagare har fått arbete, varav 4 kvinnor och 2 män.",
                   {{Measure::EndedToWork, 6}});
    expect_figures("20 deltagare har avslutats, varav 12 kvinnor och 8 män.",
                   {{Measure::ParticipantsEnded, 20}});
    expect_figures("Av de 17 som avslutats är 9 kvinnor och 8 män.",
                   {{Measure::ParticipantsEnded, 17}});
    expect_figures("Avslutade: 20, varav kvinnor: 12", {{Measure::ParticipantsEnded, 20}});
    expect_no_figures({
        "Insatsen har tagit emot 26 remisser, varav 14 kvinnor och 12 män.",
        "4 kvinnor och 2 män har fått försörjningsstöd under perioden.",
        "Av de 26 remisserna avsåg 15 kvinnor och 11 män.",
    });
}

TEST(WrittenForms, ReadsSharesOfKon) {
    expect_figures(
        "Könsfördelning: 58 % kvinnor, 42 % män.",
        {{Measure::ParticipantsWomen, 58, k_percent}, {Measure::ParticipantsMen, 42, k_percent}});
    expect_figures("Andelen kvinnor bland deltagarna var 64 procent.",
                   {{Measure::ParticipantsWomen, 64, k_percent}});
    expect_figures("Kvinnor utgör 70 % av deltagarna.",
                   {{Measure::ParticipantsWomen, 70, k_percent}});
    expect_figures("62 procent av deltagarna är kvinnor.",
                   {{Measure::ParticipantsWomen, 62, k_percent}});
    expect_figures("Drygt 60 procent av de inskrivna är män.",
                   {{Measure::ParticipantsMen, 60, k_percent}});
    expect_figures("Deltagarna består till 65 procent av kvinnor.",
                   {{Measure::ParticipantsWomen, 65, k_percent}});
    expect_no_figures({"Andelen kvinnor som fått arbete är 30 %."});
}

TEST(WrittenForms, ReadsSharesOfTheEnded) {
    expect_figures("40 procent av de avslutade gick till arbete.",
                   {{Measure::EndedToWork, 40, k_percent}});
    expect_figures(
        "Av de avslutade har 35 % gått till arbete och 15 % till studier.",
        {{Measure::EndedToWork, 35, k_percent}, {Measure::EndedToStudies, 15, k_percent}});
    expect_figures("Av dem som avslutats under året gick 25 procent vidare till arbete.",
                   {{Measure::EndedToWork, 25, k_percent}});
    expect_figures("Andelen avslutade som gått till arbete eller studier är 42 %.",
                   {{Measure::EndedToWorkOrStudies, 42, k_percent}});
    expect_figures("18 procent av dem som avslutat insatsen har fått ett arbete.",
                   {{Measure::EndedToWork, 18, k_percent}});
}

TEST(WrittenForms, ReadsAShareThatRestatesTheOneOutcomeBeforeIt) {
    expect_figures("Av de 40 deltagarna har 16 (40 %) gått vidare till arbete.",
                   {{Measure::ParticipantsTotal, 40},
                    {Measure::EndedToWork, 16},
                    {Measure::EndedToWork, 40, k_percent}});
    expect_figures("Av 13 avslutade har 9 gått till arbete eller studier, vilket motsvarar 69 %.",
                   {{Measure::ParticipantsEnded, 13},
                    {Measure::EndedToWorkOrStudies, 9},
                    {Measure::EndedToWorkOrStudies, 69, k_percent}});
    // The 60 % is of work and studies together, which the sentence states apart.
    expect_figures("Av de tio som avslutats har fyra fått arbete och två har påbörjat studier, "
                   "vilket motsvarar 60 %.",
                   {{Measure::ParticipantsEnded, 10},
                    {Measure::EndedToWork, 4},
                    {Measure::EndedToStudies, 2}});
    expect_no_figures({"6 av 9 deltagare som avslutats har gått vidare till arbetsträning (67%)."});
}

TEST(WrittenForms, ReadsPartsOfTheEndedAndTheWholeBeforeThem) {
    expect_figures("8 av 20 avslutade har gått till arbete.", {{Measure::EndedToWork, 8}});
    expect_figures("Sex av de tretton avslutade har fått anställning.",
                   {{Measure::EndedToWork, 6}});
    expect_figures("Av de 18 som avslutats har 7 fått arbete.",
                   {{Measure::ParticipantsEnded, 18}, {Measure::EndedToWork, 7}});
    expect_figures("Av de 25 deltagare som avslutats under perioden har 10 gått vidare till arbete "
                   "eller studier.",
                   {{Measure::ParticipantsEnded, 25}, {Measure::EndedToWorkOrStudies, 10}});
    expect_figures("Av de 30 avslutade har 12 gått till arbete.",
                   {{Measure::ParticipantsEnded, 30}, {Measure::EndedToWork, 12}});
    expect_figures("Av de 19 inskrivna är 12 kvinnor.",
                   {{Measure::ParticipantsCurrent, 19}, {Measure::ParticipantsWomen, 12}});
    expect_no_figures({
        "Självskattningsenkäten har besvarats av samtliga 14 deltagare.",
        "Av de 30 som remitterades skrevs 12 aldrig in.",
        "Av de 10 som avslutats pga. ohälsa har ingen fått arbete.",
    });
}

TEST(WrittenForms, ReadsWorkAndStudiesTogetherOrApart) {
    expect_figures("Totalt har 11 deltagare gått vidare till arbete eller studier.",
                   {{Measure::EndedToWorkOrStudies, 11}});
    expect_figures("Åtta deltagare har fått arbete eller börjat studera.",
                   {{Measure::EndedToWorkOrStudies, 8}});
    expect_figures("Sju har gått till arbete, tre till studier.",
                   {{Measure::EndedToWork, 7}, {Measure::EndedToStudies, 3}});
    expect_figures("Till arbete gick 6 deltagare och till studier 3.",
                   {{Measure::EndedToWork, 6}, {Measure::EndedToStudies, 3}});
    expect_figures("Två har gått till reguljära studier och en till arbete.",
                   {{Measure::EndedToStudies, 2}, {Measure::EndedToWork, 1}});
    expect_figures("3 deltagare har börjat reguljära studier.", {{Measure::EndedToStudies, 3}});
    expect_figures("Två har börjat på folkhögskola.", {{Measure::EndedToStudies, 2}});
    expect_figures("2 deltagare har fått tillsvidareanställning.", {{Measure::EndedToWork, 2}});
    expect_figures("Totalt avslutades 22 deltagare under året, varav 9 till arbete eller studier.",
                   {{Measure::ParticipantsEnded, 22}, {Measure::EndedToWorkOrStudies, 9}});
    // The same destination again is a part of the first figure.
    expect_figures("4 deltagare gick vidare till arbete, två till subventionerat arbete.",
                   {{Measure::EndedToWork, 4}});
    expect_no_figures({"Under perioden har 7 deltagare fått praktik och 3 fått samarbete."});
}

TEST(WrittenForms, ReadsTheVerbBeforeItsSubject) {
    expect_figures("Under kvartalet fick 3 deltagare arbete.", {{Measure::EndedToWork, 3}});
    expect_figures("Under hösten påbörjade 2 ungdomar reguljära studier.",
                   {{Measure::EndedToStudies, 2}});
    expect_figures("Under kvartalet avslutades 6 deltagare.", {{Measure::ParticipantsEnded, 6}});
    expect_figures("Under året deltog 23 personer i insatsen.", {{Measure::ParticipantsTotal, 23}});
    expect_figures("För närvarande deltar 19 personer i verksamheten.",
                   {{Measure::ParticipantsCurrent, 19}});
    expect_no_figures({
        "I december avslutades 4 deltagare på grund av flytt.",
        "Totalt deltog 210 personer i de fyra informationsträffarna.",
    });
}

TEST(WrittenForms, ReadsLabelAndValueLines) {
    expect_figures("Antal deltagare totalt: 64", {{Measure::ParticipantsTotal, 64}});
    expect_figures("Avslutade: 12", {{Measure::ParticipantsEnded, 12}});
    expect_figures("Aktiva deltagare: 22", {{Measure::ParticipantsCurrent, 22}});
    expect_figures("Avslutade till arbete: 6", {{Measure::EndedToWork, 6}});
    expect_figures("Antal som påbörjat studier: 3", {{Measure::EndedToStudies, 3}});
    expect_figures("Andel kvinnor: 55 %", {{Measure::ParticipantsWomen, 55, k_percent}});
    expect_figures("Antal deltagare totalt 64", {{Measure::ParticipantsTotal, 64}});
    // Lines a paragraph joined.
    expect_figures("Antal deltagare totalt: 64\nKvinnor: 38\nMän: 26\nAvslutade: 12",
                   {{Measure::ParticipantsTotal, 64},
                    {Measure::ParticipantsWomen, 38},
                    {Measure::ParticipantsMen, 26},
                    {Measure::ParticipantsEnded, 12}});
    expect_figures("Män: 9 Kvinnor: 14 Totalt: 23", {{Measure::ParticipantsMen, 9},
                                                     {Measure::ParticipantsWomen, 14},
                                                     {Measure::ParticipantsTotal, 23}});
    expect_no_figures({
        "Nya deltagare: 8",
        "Antal remisser: 31",
        "Antal informationsträffar: 6",
        "Andel kvinnor: 55",
        "Totalt: 23",
        "Period: 2023",
        "Budget 2024: 1 200 000 kr",
    });
}

TEST(WrittenForms, ReadsThousandsWithASpaceAndCompoundNumberWords) {
    expect_figures("Sedan starten har 1 250 deltagare deltagit i verksamheten.",
                   {{Measure::ParticipantsTotal, 1250}});
    expect_figures("Totalt antal deltagare: 1 250", {{Measure::ParticipantsTotal, 1250}});
    expect_figures("Tjugotvå deltagare har avslutats.", {{Measure::ParticipantsEnded, 22}});
    expect_figures("Totalt har etthundra personer deltagit i insatsen.",
                   {{Measure::ParticipantsTotal, 100}});
    expect_figures("Trettiofem deltagare har varit inskrivna under året.",
                   {{Measure::ParticipantsTotal, 35}});
    expect_figures("Etthundratjugo unga vuxna har deltagit sedan starten.",
                   {{Measure::ParticipantsTotal, 120}});
}

TEST(WrittenForms, ReadsParticipantsByAnyName) {
    expect_figures("Sammanlagt 31 personer har deltagit.", {{Measure::ParticipantsTotal, 31}});
    expect_figures("I dagsläget är 16 ungdomar inskrivna.", {{Measure::ParticipantsCurrent, 16}});
    expect_figures("Under perioden har 27 unga vuxna varit inskrivna.",
                   {{Measure::ParticipantsTotal, 27}});
    expect_figures("Hittills har 48 personer tagit del av insatsen.",
                   {{Measure::ParticipantsTotal, 48}});
    // Where the participants are all women, "kvinnor" names them all.
    expect_figures("Totalt har 18 kvinnor deltagit i insatsen.",
                   {{Measure::ParticipantsTotal, 18}});
    expect_figures("11 kvinnor har avslutat insatsen under perioden.",
                   {{Measure::ParticipantsEnded, 11}});
}

TEST(WrittenForms, TakesNoFigureFromMeetingsOrganisationsMoneyOrAudiences) {
    expect_no_figures({
        "Under kvartalet har vi haft 14 möten med arbetsgivare.",
        "Projektet samverkar med 9 organisationer.",
        "Insatsen har beviljats 1 250 000 kronor.",
        "Kostnaden per deltagare blev 42 000 kronor.",
        "Totalt kom 45 personer på informationsträffen.",
        "Vi har genomfört 6 informationsmöten med totalt 80 deltagare.",
        "Sammanlagt har 120 personer deltagit i våra föreläsningar.",
        "Under hösten hölls 4 nätverksträffar med sammanlagt 60 deltagare.",
        "Vid informationsmötet i mars deltog 22 personer.",
    });
}

TEST(WrittenForms, TakesNoFigureFromReferralsQueuesOrComparisons) {
    expect_no_figures({
        "12 personer remitterades men skrevs inte in.",
        "Totalt har 23 personer remitterats till insatsen men inte skrivits in.",
        "11 personer har anmälts men ännu inte skrivits in.",
        "I kön finns för närvarande 11 personer.",
        "Det är fyra gånger fler kvinnor än män som söker sig till insatsen.",
        "Fyra gånger fler kvinnor än män har sökt sig till projektet.",
        "Kvinnorna är fyra gånger fler än männen i insatsen.",
    });
}

} // namespace
} // namespace finsam
