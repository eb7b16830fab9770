#include "FigureMatchers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::describe;
using testing::figures_in;
using testing::values_of;

struct Statement {
    const char* text;
    Measure measure;
    double value;
};

// Each sentence states exactly one figure.
void expect_single_figures(std::initializer_list<Statement> statements) {
    for (const Statement& statement : statements) {
        const auto figures = figures_in(statement.text);
        ASSERT_EQ(figures.size(), 1U) << statement.text << "\n" << describe(figures);
        EXPECT_EQ(figures[0].measure, statement.measure) << statement.text;
        EXPECT_EQ(figures[0].value, statement.value) << statement.text;
        EXPECT_EQ(figures[0].unit, Unit::Count) << statement.text;
    }
}

TEST(ParticipantFigures, ReadsTotals) {
    expect_single_figures({
        {"Projektet har totalt haft 39 deltagare.", Measure::ParticipantsTotal, 39},
        {"Totalt har 39 personer varit/är inskrivna i projektet.", Measure::ParticipantsTotal, 39},
        {"31 augusti 2022 hade Cresco Creare 374 deltagare totalt enligt SUS.",
         Measure::ParticipantsTotal, 374},
        {"Under perioden 220101 - 220812 har totalt 20 deltagare varit inskriva i Promise.",
         Measure::ParticipantsTotal, 20},
        {"Antalet deltagare som har varit inskrivna är 17 stycken.", Measure::ParticipantsTotal,
         17},
        {"Antalet deltagare fortsätter att öka och uppgår i dagsläget till 84 personer som har "
         "gett sitt samtycke.",
         Measure::ParticipantsTotal, 84},
        {"Totalt har 39 deltagare medverkat i projektet.", Measure::ParticipantsTotal, 39},
        {"Vi har under 2022 hittills haft totalt 12 individer inskrivna.",
         Measure::ParticipantsTotal, 12},
        {"Planeringen gäller de fem individer som deltagit i insatsen.", Measure::ParticipantsTotal,
         5},
        {"Totalt har 9 personer varit inskrivna varav en deltagare hade för kaotisk situation.",
         Measure::ParticipantsTotal, 9},
    });
}

TEST(ParticipantFigures, ReadsEnrolledNowEvenWhenTheSentenceSaysTotalt) {
    expect_single_figures({
        {"Idag har projektet totalt 25 deltagare inskrivna.", Measure::ParticipantsCurrent, 25},
        {"Just nu är 12 deltagare inskrivna.", Measure::ParticipantsCurrent, 12},
        {"Antalet aktiva deltagare är 11.", Measure::ParticipantsCurrent, 11},
        {"Idag har projektet 30 deltagare.", Measure::ParticipantsCurrent, 30},
        {"25 personer är idag inskrivna.", Measure::ParticipantsCurrent, 25},
    });
    const auto group = figures_in("Gruppen startade efter påsk. Nu 7 deltagare.");
    EXPECT_TRUE(group.empty()) << describe(group);
}

TEST(ParticipantFigures, ReadsTotalAndCurrentInOneSentence) {
    const auto figures = figures_in(
        "Totalt har 39 deltagare medverkat i projektet och idag är 25 personer inskrivna.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsTotal), std::vector<double>{39});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsCurrent), std::vector<double>{25});
}

TEST(ParticipantFigures, ReadsEndedAndActiveWithoutNoun) {
    const auto figures = figures_in("7 har avslutats och 5 är aktivt inne i insatsen.");
    EXPECT_EQ(values_of(figures, Measure::ParticipantsEnded), std::vector<double>{7});
    EXPECT_EQ(values_of(figures, Measure::ParticipantsCurrent), std::vector<double>{5});
    EXPECT_EQ(figures.size(), 2U);
}

TEST(ParticipantFigures, ReadsEnded) {
    expect_single_figures({
        {"Sedan projektets start har 16 personer avslutats.", Measure::ParticipantsEnded, 16},
        {"Totalt sett har 15 personer har avslutats sedan projektets början.",
         Measure::ParticipantsEnded, 15},
        {"139 deltagare har avslutats.", Measure::ParticipantsEnded, 139},
        {"8 deltagare avslutades och 1 deltagare gick direkt till Greve gardens rehab.",
         Measure::ParticipantsEnded, 8},
        {"Alla 10 deltagarna har avslutats.", Measure::ParticipantsEnded, 10},
        {"Femton personer har avslutats sedan projektstart och av dessa är sju självförsörjande.",
         Measure::ParticipantsEnded, 15},
        {"ÅTTA deltagare har avslutats.", Measure::ParticipantsEnded, 8},
        {"Under perioden har totalt 14 deltagare avslutats i Promise.", Measure::ParticipantsEnded,
         14},
        {"Tjugotre deltagare har avslutats.", Measure::ParticipantsEnded, 23},
        {"Totalt 5 st deltagare har avslutats.", Measure::ParticipantsEnded, 5},
    });
}

TEST(ParticipantFigures, DoesNotTakeOneKindOfEndingAsAllEnded) {
    for (const char* text : {
             "1 har avslutats i förtid pga. försämrad hälsa.",
             "1 avslutades för att fortsätta med arbetslivsinriktade insatser via kommunen.",
             "En person har avslutats efter avslutad arbetsförmågebedömning.",
             "1 har avslutats med avslutsanledning övrigt.",
             "4 stycken deltagare avslutade efter Påsklovet.",
             "1 deltagare skrevs ut pga. flytt.",
             "En av deltagarna är avslutad i SUS med avslutsanledning fortsatt rehabilitering.",
             "4 har avslutats till arbete/studier/arbetssökande och 13 till fortsatt "
             "rehabilitering.",
         }) {
        const auto figures = figures_in(text);
        EXPECT_TRUE(figures.empty()) << text << "\n" << describe(figures);
    }
}

TEST(ParticipantFigures, DoesNotTakePartOfTheInsatsAsItsTotal) {
    for (const char* text : {
             "12 deltagare har deltagit i workshopen om hälsa.",
             "5 har deltagit i insatsen.",
             "Samtliga fem som har erhållit stödet har gjort stegförflyttningar.",
         }) {
        const auto figures = figures_in(text);
        EXPECT_TRUE(figures.empty()) << text << "\n" << describe(figures);
    }
}

TEST(ParticipantFigures, ReadsWomenAndMen) {
    const auto stated = figures_in("208 av dessa är kvinnor, 166 är män.");
    EXPECT_EQ(values_of(stated, Measure::ParticipantsWomen), std::vector<double>{208});
    EXPECT_EQ(values_of(stated, Measure::ParticipantsMen), std::vector<double>{166});
    EXPECT_EQ(stated.size(), 2U) << describe(stated);

    const auto listed = figures_in("Insatsen har fått 23 remisser. 19 kvinnor och 4 män.");
    EXPECT_EQ(values_of(listed, Measure::ParticipantsWomen), std::vector<double>{19});
    EXPECT_EQ(values_of(listed, Measure::ParticipantsMen), std::vector<double>{4});
    EXPECT_EQ(listed.size(), 2U) << describe(listed);

    // The 12 women and 8 men are those with försörjningsstöd, not the participants' kön.
    const auto shares = figures_in("Av deltagarna är 60 % kvinnor, varav 12 kvinnor och 8 män "
                                   "har försörjningsstöd.");
    EXPECT_EQ(values_of(shares, Measure::ParticipantsWomen, Unit::Percent),
              std::vector<double>{60});
    EXPECT_EQ(shares.size(), 1U) << describe(shares);
}

TEST(ParticipantFigures, ReadsYoungPeopleAsParticipants) {
    expect_single_figures({
        {"Sedan start har totalt 27 unga deltagit.", Measure::ParticipantsTotal, 27},
        {"Totalt har 27 ungdomar deltagit.", Measure::ParticipantsTotal, 27},
        {"Totalt har 27 unga vuxna deltagit i projektet.", Measure::ParticipantsTotal, 27},
        {"Totalt har 27 kvinnor och män deltagit.", Measure::ParticipantsTotal, 27},
        {"Idag är 14 unga inskrivna.", Measure::ParticipantsCurrent, 14},
    });
    const auto genders =
        figures_in("Totalt har 27 unga deltagit, elva unga kvinnor och 16 unga män.");
    EXPECT_EQ(values_of(genders, Measure::ParticipantsTotal), std::vector<double>{27});
    EXPECT_EQ(values_of(genders, Measure::ParticipantsWomen), std::vector<double>{11});
    EXPECT_EQ(values_of(genders, Measure::ParticipantsMen), std::vector<double>{16});
    EXPECT_EQ(genders.size(), 3U) << describe(genders);
}

TEST(ParticipantFigures, ReadsTheEnrolledAtTheEndAsCurrent) {
    expect_single_figures({
        {"Vid insatsens slut var 19 deltagare inskrivna.", Measure::ParticipantsCurrent, 19},
        {"Vid projektets slut var 19 personer fortfarande inskrivna.", Measure::ParticipantsCurrent,
         19},
    });
}

TEST(ParticipantFigures, DoesNotTakeYoungPeopleMetOrCountedOtherwiseAsFigures) {
    for (const char* text : {
             "Tolv unga kom till informationsträffen.",
             "Tre unga har varit med i referensgruppen.",
             "Coacherna har haft kontakt med ytterligare omkring 20 unga som inte har skrivits in.",
             "Totalt 27 kvinnor och män under projekttiden.",
         }) {
        const auto figures = figures_in(text);
        EXPECT_TRUE(figures.empty()) << text << "\n" << describe(figures);
    }
}

TEST(ParticipantFigures, DoesNotTakeTheWomenAndMenOfSomethingElse) {
    const auto figures = figures_in("Av de 16 ärendena under året gällde 10 kvinnor och 6 män.");
    EXPECT_TRUE(figures.empty()) << describe(figures);
}

TEST(ParticipantFigures, ReadsAnonymousParticipants) {
    expect_single_figures({
        {"Därtill kommer 3 anonyma deltagare.", Measure::ParticipantsAnonymous, 3},
    });
}

} // namespace
} // namespace finsam
