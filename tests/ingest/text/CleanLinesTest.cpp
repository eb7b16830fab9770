#include "ingest/text/CleanLines.h"

#include "TextFixtures.h"
#include "ingest/text/Reflow.h"

namespace finsam {
namespace {

using testing::template_named;

std::string cleaned_text(std::string_view text, const std::string& template_id) {
    auto lines = clean_lines(text, template_named(template_id).boilerplate);
    std::string joined;
    for (const auto& line : lines)
        joined += line + "\n";
    return reflow_paragraphs(joined);
}

TEST(CleanLines, StripsMarkdownMarkup) {
    EXPECT_EQ(strip_markdown("## **2.2 Avvikelser från planering**"),
              "2.2 Avvikelser från planering");
    EXPECT_EQ(strip_markdown("**2.1 Aktiviteter:** Beskriv kortfattat"),
              "2.1 Aktiviteter: Beskriv kortfattat");
    EXPECT_EQ(strip_markdown("[kontakt@example.se](mailto:kontakt@example.se)"),
              "kontakt@example.se");
    EXPECT_EQ(strip_markdown("*OBS! Vid insatsens slut*"), "OBS! Vid insatsens slut");
    EXPECT_EQ(strip_markdown("### 3. Uppgiftslämnare  "), "3. Uppgiftslämnare");
}

TEST(CleanLines, RecognisesPageFurniture) {
    EXPECT_TRUE(is_page_furniture("www.finsam.example.se Sida 2(10)"));
    EXPECT_TRUE(is_page_furniture("http://www.finsam.example.se/"));
    EXPECT_TRUE(is_page_furniture("mailto:kontakt@finsam.example.se"));
    EXPECT_TRUE(is_page_furniture("26/44"));
    EXPECT_TRUE(is_page_furniture("Sida 3 av 12"));
    EXPECT_TRUE(is_page_furniture("Tfn: 070-000 00 00               Tfn: 070-111 11 11"));
    EXPECT_TRUE(
        is_page_furniture("anna.andersson@finsam.example.se   per.persson@finsam.example.se"));
    EXPECT_TRUE(
        is_page_furniture("Samordningsförbundet Exempeldalen – Brogatan 4, 999 90 Exempelby"));
    EXPECT_FALSE(is_page_furniture("Samordningsförbundet har stöttat med 999 kr."));
    EXPECT_FALSE(is_page_furniture("2024-10-13"));
    EXPECT_FALSE(is_page_furniture("240701 - 240930"));
    EXPECT_FALSE(is_page_furniture("100 000 kr"));
    EXPECT_FALSE(is_page_furniture("5 deltagare har fått arbete"));
}

TEST(CleanLines, JoinsSentenceCutByBoilerplateBlock) {
    // A PDF page ends mid-sentence; the template's footer and contact block follow, and the
    // sentence continues on the next page.
    auto text = "Vi har tio deltagare. Två av dem har även stöd från \n"
                "\n"
                " \n"
                "Kvartalsrapport för insatser skickas via e-post till kontakt@finsam.example.se \n"
                "Rapportens syfte är att förmedla information till styrelsen för uppföljning.\n"
                "OBS! Vid insatsens slut ska mall för slutrapport användas. \n"
                " Anna Andersson, förbundschef            Per Persson, verksamhetsutvecklare \n"
                " boendeteamet parallellt med insatsen.  Alla har en plan.\n";
    EXPECT_EQ(cleaned_text(text, "kvartalsrapport"),
              "Vi har tio deltagare. Två av dem har även stöd från boendeteamet parallellt med "
              "insatsen. Alla har en plan.");
}

TEST(CleanLines, KeepsParagraphsThatEndASentence) {
    auto text = "Första stycket slutar här.\n\nAndra stycket börjar här.\n";
    EXPECT_EQ(cleaned_text(text, "kvartalsrapport"),
              "Första stycket slutar här.\n\nAndra stycket börjar här.");
}

TEST(CleanLines, KeepsBulletsOnTheirOwnLines) {
    auto text = "Målen är:\no 30% av deltagarna har fått arbete.\no 50% har påbörjat\n"
                "arbetslivsinriktade åtgärder.\n";
    EXPECT_EQ(cleaned_text(text, "projektredovisning"),
              "Målen är:\no 30% av deltagarna har fått arbete.\no 50% har påbörjat "
              "arbetslivsinriktade åtgärder.");
}

TEST(CleanLines, RemovesCompiledReportFooterBetweenParts) {
    auto text = "Vi ser ingen oro för det.\n\n\f\nProjektredovisning \n26/44 \n\n"
                "www.samordningsforbundet.example.se \n\n"
                "Samordningsförbundet Skaraborg – S:t Sigfrids gata 8, 541 30 Skövde \n\n"
                "Nästa insats\n";
    EXPECT_EQ(cleaned_text(text, "projektredovisning"),
              "Vi ser ingen oro för det.\n\nNästa insats");
}

TEST(Reflow, JoinsHyphenatedLineEnds) {
    EXPECT_EQ(reflow_paragraphs("Vi använder BIP-\nmodellen och MI."),
              "Vi använder BIP-modellen och MI.");
    EXPECT_EQ(reflow_paragraphs("inom park-\noch naturvård"), "inom park- och naturvård");
}

} // namespace
} // namespace finsam
