#include "ingest/text/SectionSplitter.h"

#include "TextFixtures.h"
#include "ingest/text/CleanLines.h"

namespace finsam {
namespace {

using testing::template_named;

std::vector<Section> sections_of(std::string_view text, const std::string& template_id) {
    auto definition = template_named(template_id);
    auto lines = clean_lines(text, definition.boilerplate);
    std::vector<Section> sections;
    for (const auto& span : find_sections(lines, definition))
        sections.push_back(section_text(lines, span));
    return sections;
}

const Section* find(const std::vector<Section>& sections, const std::string& id) {
    for (const auto& section : sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

TEST(SectionSplitter, SplitsNumberedHeadingsAndRemovesWrappedHelpText) {
    auto text =
        "2. Aktivitetsrapport - resultat, utfall och nulägesanalys \n"
        "2.1 Aktiviteter: Beskriv kortfattat vilka aktiviteter som har genomförts "
        "och/eller påbörjats. \n\n"
        "Vi har startat två grupper.\n"
        " 2.2 Avvikelser från planering (ekonomi, tidsplan, aktiviteter numerära mål etc) samt \n"
        "åtgärder:  \n\n"
        "Inga avvikelser.\n"
        "2.4 Insatsens mål samt delmål: Vilka mål/delmål är uppfyllda? Bedömning om insatsens \n"
        "mål/delmål kommer att uppnås?  \n\n"
        "Målet om 20 deltagare nås.\n";
    auto sections = sections_of(text, "kvartalsrapport");
    ASSERT_NE(find(sections, "2.1"), nullptr);
    EXPECT_EQ(find(sections, "2.1")->text, "Vi har startat två grupper.");
    EXPECT_EQ(find(sections, "2.1")->title, "Aktiviteter");
    ASSERT_NE(find(sections, "2.2"), nullptr);
    EXPECT_EQ(find(sections, "2.2")->text, "Inga avvikelser.");
    ASSERT_NE(find(sections, "2.4"), nullptr);
    EXPECT_EQ(find(sections, "2.4")->text, "Målet om 20 deltagare nås.");
    EXPECT_EQ(find(sections, "2.3"), nullptr);
}

TEST(SectionSplitter, ReadsMarkdownHeadingsAndHelpTextInItsOwnParagraph) {
    auto text = "## 1. Allmänna uppgifter\n\n"
                "**2.5 Sammanfattande bedömning:** Vad går bra och mindre bra i arbetet?\n\n"
                "Framgångsfaktorer, systemfel som påverkar utfallet. Hur arbetar ni för att "
                "åtgärda eventuella problem.\n\n"
                "Samverkan fungerar väl.\n\n"
                "### 3. Uppgiftslämnare\n\nDatum\tNamn\n20260414\tEva Exempel\n";
    auto sections = sections_of(text, "kvartalsrapport");
    ASSERT_NE(find(sections, "2.5"), nullptr);
    EXPECT_EQ(find(sections, "2.5")->text, "Samverkan fungerar väl.");
    ASSERT_NE(find(sections, "3"), nullptr);
}

TEST(SectionSplitter, KeepsAuthorTextThatOnlyBeginsLikeTheHelp) {
    auto text = "2.1 Aktiviteter:\nBeskriv gärna vad vi gjort: vi har träffats varje vecka.\n";
    auto sections = sections_of(text, "kvartalsrapport");
    ASSERT_NE(find(sections, "2.1"), nullptr);
    EXPECT_EQ(find(sections, "2.1")->text,
              "Beskriv gärna vad vi gjort: vi har träffats varje vecka.");
}

TEST(SectionSplitter, DoesNotTakeASentenceStartingWithANumberForAHeading) {
    auto text = "2.1 Aktiviteter:\nVi har haft möten.\n"
                "5 deltagare har avslutats och 3 har fått arbete.\n";
    auto sections = sections_of(text, "kvartalsrapport");
    ASSERT_EQ(sections.size(), 1u);
    EXPECT_EQ(sections[0].text,
              "Vi har haft möten. 5 deltagare har avslutats och 3 har fått arbete.");
}

TEST(SectionSplitter, SplitsUnnumberedHeadingsOfACompiledReport) {
    auto text = "Bakgrund \nBehovet är stort.\n\nSyfte \nAtt testa en modell.\n\nMål \n"
                "o 30% har fått arbete.\n\nMetod/Strategi \nBIP.\n\nResultat \n12 deltagare.\n\n"
                "Samverkan \n\nGod samverkan.\n\nAnalys \nBra.\n";
    auto sections = sections_of(text, "projektredovisning");
    std::vector<std::string> ids;
    for (const auto& section : sections)
        ids.push_back(section.id);
    EXPECT_EQ(
        ids, (std::vector<std::string>{"bakgrund", "syfte", "mal", "metod", "resultat", "analys"}));
    // A sub-head that is not a template section stays inside the section before it.
    EXPECT_EQ(find(sections, "resultat")->text, "12 deltagare.\n\nSamverkan\n\nGod samverkan.");
}

} // namespace
} // namespace finsam
