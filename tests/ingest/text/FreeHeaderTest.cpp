#include "ingest/text/FreeHeader.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono;

FreeHeader header_of(std::string_view text) {
    const auto lines = layout_lines(text);
    return read_free_header(lines, 0, lines.size());
}

std::string name_in(std::string_view text) {
    return header_of(text).intervention_name;
}

TEST(FreeHeader, TheTitleNamesTheInsats) {
    EXPECT_EQ(name_in("Lägesrapport för Kompassen\nText."), "Kompassen");
    EXPECT_EQ(name_in("Kompassen – delårsrapport 2024\nText."), "Kompassen");
    EXPECT_EQ(name_in("Lägesrapport: Steget före, januari–juni 2025\nText."), "Steget före");
    EXPECT_EQ(name_in("Sammanfattning av utvärderingen av Steget före\nText."), "Steget före");
    EXPECT_EQ(name_in("Insatsen Vägen vidare\nText."), "Vägen vidare");
    EXPECT_EQ(name_in("# Lägesrapport\n## Kompassen\nText."), "Kompassen");
}

TEST(FreeHeader, ATitleThatNamesNoInsatsGivesNone) {
    EXPECT_EQ(name_in("Sammanfattning av året\nText."), "");
    EXPECT_EQ(name_in("Årsredovisning 2024 Samordningsförbundet Exempeldalen\nText."), "");
    EXPECT_EQ(name_in("Lägesrapport 2025\nText."), "");
    EXPECT_EQ(name_in("Lägesrapport: Resultat\nText."), "") << "a heading word";
    EXPECT_EQ(name_in("Under året har vi arbetat mycket.\nText."), "") << "prose";
}

TEST(FreeHeader, LabelsWinOverTheTitle) {
    const auto header = header_of("Lägesrapport för Kompassen\nInsats: vägen vidare\n"
                                  "Projektägare:\nExempeldalens kommun\n"
                                  "Rapportperiod: 2024-07-01 – 2024-12-31\n"
                                  "Projektperiod: 2023-01-01 – 2025-12-31\nText.\n");
    EXPECT_EQ(header.intervention_name, "vägen vidare") << "a label says it is a name";
    EXPECT_EQ(header.owner, "Exempeldalens kommun");
    EXPECT_EQ(header.period.start, year{2024} / 7 / 1);
    EXPECT_EQ(header.period.end, year{2024} / 12 / 31);
    EXPECT_EQ(header.intervention_period.start, year{2023} / 1 / 1);
    EXPECT_EQ(header.label_lines, (std::vector<std::size_t>{1, 2, 3, 4, 5}));
}

TEST(FreeHeader, APeriodInWordsInTheOpeningLinesOrInYearsInTheTitle) {
    EXPECT_EQ(header_of("Rapport\nOm arbetet under första halvåret 2024.\n").period.end,
              year{2024} / 6 / 30);
    const auto annual = header_of("Årsrapport 2023\nText om året.\n");
    EXPECT_EQ(annual.period.start, year{2023} / 1 / 1);
    EXPECT_EQ(annual.period.end, year{2023} / 12 / 31);
    EXPECT_FALSE(annual.period_assumed);
    const auto interim = header_of("Delårsrapport 2024\nText.\n");
    EXPECT_TRUE(interim.period_assumed);
    EXPECT_FALSE(header_of("Rapport\nFörbundet bildades 2008 och har vuxit.\n").period.start)
        << "a year in prose is any year";
}

TEST(FreeHeader, AnUnreadableLabelledDateIsNamed) {
    const auto header = header_of("Rapport\nPeriod: 20101–220831\nText.\n");
    EXPECT_FALSE(header.period.start);
    EXPECT_EQ(header.period.end, year{2022} / 8 / 31);
    EXPECT_EQ(header.date_errors.size(), 1u);
}

} // namespace
} // namespace finsam
