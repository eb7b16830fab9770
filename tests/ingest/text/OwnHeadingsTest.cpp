#include "ingest/text/OwnHeadings.h"

#include "ingest/text/OwnSections.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

std::string title_of(std::string_view line) {
    const auto heading = own_heading(line);
    return heading ? heading->title : "(none)";
}

TEST(OwnHeadings, NumberedHeadingsGiveTheirNumberAndLevel) {
    const auto heading = own_heading("2.3 Resultat");
    ASSERT_TRUE(heading);
    EXPECT_EQ(heading->number, "2.3");
    EXPECT_EQ(heading->title, "Resultat");
    EXPECT_EQ(heading->level, 2);
    EXPECT_TRUE(heading->well_known);
    EXPECT_EQ(title_of("1. Förvaltningsberättelse"), "Förvaltningsberättelse");
    EXPECT_EQ(own_heading("1. Förvaltningsberättelse")->level, 1);
    EXPECT_EQ(title_of("4 Analys"), "Analys");
}

TEST(OwnHeadings, SentencesAndFiguresAreNoHeadings) {
    EXPECT_EQ(title_of("12 Kvinnor och 10 män deltog"), "(none)");
    EXPECT_EQ(title_of("2024 var ett år av förändring"), "(none)");
    EXPECT_EQ(title_of("1 000 deltagare"), "(none)");
    EXPECT_EQ(title_of("Resultatet blev bättre än väntat."), "(none)");
    EXPECT_EQ(title_of("Resultat: 12 deltagare har fått arbete"), "(none)");
    EXPECT_EQ(title_of("Deltagare 34"), "(none)") << "a flattened table's row";
    EXPECT_EQ(title_of("**Under hösten har vi haft många deltagare.**"), "(none)");
    EXPECT_EQ(title_of("- Bakgrund"), "(none)") << "a list item";
    EXPECT_EQ(title_of("FK"), "(none)") << "an abbreviation";
}

TEST(OwnHeadings, MarkupUpperCaseAndHeadingWords) {
    EXPECT_EQ(title_of("## Så arbetar vi"), "Så arbetar vi");
    EXPECT_EQ(own_heading("## Så arbetar vi")->level, 2);
    EXPECT_EQ(title_of("**Vad har fungerat bra**"), "Vad har fungerat bra");
    EXPECT_EQ(title_of("**Resultat:**"), "Resultat");
    EXPECT_EQ(title_of("**Resultat**:"), "Resultat");
    EXPECT_EQ(title_of("AKTIVITETER UNDER PERIODEN"), "AKTIVITETER UNDER PERIODEN");
    EXPECT_EQ(title_of("Bakgrund"), "Bakgrund");
    EXPECT_EQ(title_of("Syfte och mål:"), "Syfte och mål");
    EXPECT_EQ(title_of("Identifierade systemfel"), "Identifierade systemfel");
    EXPECT_EQ(title_of("Framgångsfaktorer"), "Framgångsfaktorer");
    // Upper case ranks above bold, bold above a heading word.
    EXPECT_LT(own_heading("RESULTAT")->level, own_heading("**Kompassen**")->level);
    EXPECT_LT(own_heading("**Kompassen**")->level, own_heading("Resultat")->level);
}

TEST(OwnHeadings, WellKnownHeadingsHaveFixedSectionIds) {
    EXPECT_EQ(section_key(*own_heading("6.4 Framgångsfaktorer")), "framgangsfaktorer");
    EXPECT_EQ(section_key(*own_heading("Erfarenheter och lärdomar")), "lardomar");
    EXPECT_EQ(section_key(*own_heading("Mål och delmål")), "mal");
    EXPECT_EQ(section_key(*own_heading("Identifierade systemfel")), "systemfel");
    EXPECT_EQ(section_key(*own_heading("2.1 Kompassen")), "2.1");
    EXPECT_EQ(section_key(*own_heading("**Vad behöver utvecklas**")), "vad-behover-utvecklas");
}

TEST(OwnHeadings, ANumberedListIsNoRunOfHeadings) {
    const auto lines = layout_lines("Mål\n1. Öka samverkan mellan parterna\n2. Korta "
                                    "väntetiderna\n\n3. Fler i arbete\n");
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_TRUE(lines[0].heading);
    EXPECT_FALSE(lines[1].heading);
    EXPECT_FALSE(lines[2].heading);
    EXPECT_FALSE(lines[4].heading);
}

TEST(OwnHeadings, ARunInBoldHeadingOpensItsParagraph) {
    const auto lines = layout_lines("**Resultat:** Under året har arbetet gett tydliga "
                                    "resultat för deltagarna.\n**Period:** 2024\n");
    ASSERT_EQ(lines.size(), 3u);
    ASSERT_TRUE(lines[0].heading);
    EXPECT_EQ(lines[0].heading->title, "Resultat");
    EXPECT_EQ(lines[1].text, "Under året har arbetet gett tydliga resultat för deltagarna.");
    EXPECT_FALSE(lines[2].heading) << "a label with a short value";
    EXPECT_EQ(lines[2].text, "Period: 2024");
}

TEST(OwnHeadings, PageFurnitureIsDropped) {
    const auto lines = layout_lines("Bakgrund\nText om bakgrunden.\nSida 2(10)\nwww.exempel.se\n");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1].text, "Text om bakgrunden.");
}

TEST(OwnSections, EachHeadingOpensASectionAndTheOpeningTextIsTheInledning) {
    const auto lines = layout_lines("Rapport om Kompassen\n\nEn inledande text.\n\n"
                                    "Resultat\nFörsta raden\nfortsätter här.\n\nResultat\n"
                                    "Mer resultat.\n\n2. Insatser\n2.1 Kompassen\nOm Kompassen.\n");
    const auto sections = own_sections(lines, 0, lines.size());

    ASSERT_EQ(sections.size(), 4u) << "the chapter heading without text makes none";
    EXPECT_EQ(sections[0].id, "inledning");
    EXPECT_EQ(sections[0].text, "Rapport om Kompassen\n\nEn inledande text.");
    EXPECT_EQ(sections[1].id, "resultat");
    EXPECT_EQ(sections[1].text, "Första raden fortsätter här.");
    EXPECT_EQ(sections[2].id, "resultat-2");
    EXPECT_EQ(sections[3].id, "2.1");
    EXPECT_EQ(sections[3].title, "Kompassen");
}

} // namespace
} // namespace finsam
