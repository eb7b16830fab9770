#include "ingest/figures/Sentences.h"

#include <gtest/gtest.h>
#include <string>

namespace finsam::figures {
namespace {

std::vector<std::string> texts(std::string_view text) {
    std::vector<std::string> result;
    for (const SentenceSpan& sentence : split_sentences(text))
        result.emplace_back(sentence.text);
    return result;
}

TEST(SplitSentences, SplitsAtFullStopBeforeCapitalOrDigit) {
    EXPECT_EQ(texts("Projektet har totalt haft 39 deltagare. Idag har projektet 25. 208 av dessa."),
              (std::vector<std::string>{"Projektet har totalt haft 39 deltagare.",
                                        "Idag har projektet 25.", "208 av dessa."}));
}

TEST(SplitSentences, KeepsAbbreviationsInsideTheSentence) {
    EXPECT_EQ(texts("9 % har avslutats p.g.a. försämrat hälsotillstånd. Vi har ca. 20 deltagare."),
              (std::vector<std::string>{"9 % har avslutats p.g.a. försämrat hälsotillstånd.",
                                        "Vi har ca. 20 deltagare."}));
}

TEST(SplitSentences, JoinsLinesOfAParagraphAndSplitsAtBlankLines) {
    EXPECT_EQ(
        texts("Totalt har 39\npersoner varit inskrivna\n\nInga avvikelser"),
        (std::vector<std::string>{"Totalt har 39\npersoner varit inskrivna", "Inga avvikelser"}));
}

TEST(SplitSentences, MakesEachListItemASentence) {
    const auto sentences =
        split_sentences("Mål\no 30% av deltagarna har fått arbete.\n- 50% av deltagarna");
    ASSERT_EQ(sentences.size(), 3U);
    EXPECT_EQ(sentences[0].text, "Mål");
    EXPECT_FALSE(sentences[0].bullet);
    EXPECT_EQ(sentences[1].text, "30% av deltagarna har fått arbete.");
    EXPECT_TRUE(sentences[1].bullet);
    EXPECT_EQ(sentences[2].text, "50% av deltagarna");
    EXPECT_TRUE(sentences[2].bullet);
}

TEST(SplitSentences, SeparatesAHeadingLineFromTheSentenceAfterIt) {
    EXPECT_EQ(texts("Resultat \n31 augusti 2022 hade Cresco Creare 374 deltagare totalt."),
              (std::vector<std::string>{
                  "Resultat", "31 augusti 2022 hade Cresco Creare 374 deltagare totalt."}));
}

TEST(SplitSentences, ReturnsNothingForBlankText) {
    EXPECT_TRUE(split_sentences("  \n\n ").empty());
    EXPECT_TRUE(split_sentences("").empty());
}

} // namespace
} // namespace finsam::figures
