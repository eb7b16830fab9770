#include "ingest/figures/Tokens.h"

#include <gtest/gtest.h>

namespace finsam::figures {
namespace {

std::vector<std::string> texts(const std::vector<Token>& tokens) {
    std::vector<std::string> result;
    for (const Token& token : tokens)
        result.push_back(token.text);
    return result;
}

TEST(Tokenize, LowerCasesWordsIncludingSwedishLetters) {
    const auto tokens = tokenize("Totalt har ÅTTA Personer");
    EXPECT_EQ(texts(tokens), (std::vector<std::string>{"totalt", "har", "åtta", "personer"}));
    EXPECT_EQ(tokens[2].kind, TokenKind::Number);
    EXPECT_TRUE(tokens[2].spelled);
    EXPECT_EQ(tokens[2].value, 8);
}

TEST(Tokenize, KeepsThousandsGroupsAndDecimalCommasInOneNumber) {
    const auto tokens = tokenize("1 200 deltagare, 10,7 i snitt, 100\u00a0000 kr");
    ASSERT_EQ(tokens.size(), 9U);
    EXPECT_EQ(tokens[0].value, 1200);
    EXPECT_EQ(tokens[3].kind, TokenKind::Number);
    EXPECT_DOUBLE_EQ(tokens[3].value, 10.7);
    EXPECT_EQ(tokens[7].value, 100000);
}

TEST(Tokenize, DoesNotJoinNumbersThatAreNotThousandsGroups) {
    const auto tokens = tokenize("2 av 12 deltagare");
    EXPECT_EQ(texts(tokens), (std::vector<std::string>{"2", "av", "12", "deltagare"}));
}

TEST(Tokenize, SeparatesPercentSignWithOrWithoutSpace) {
    for (const char* text : {"21 %", "21%"}) {
        const auto tokens = tokenize(text);
        ASSERT_EQ(tokens.size(), 2U) << text;
        EXPECT_EQ(tokens[0].kind, TokenKind::Number);
        EXPECT_EQ(tokens[1].kind, TokenKind::Percent);
    }
}

TEST(Tokenize, SplitsRangesButKeepsHyphenatedWords) {
    const auto range = tokenize("22-60 år");
    EXPECT_EQ(texts(range), (std::vector<std::string>{"22", "-", "60", "år"}));
    EXPECT_EQ(range[0].kind, TokenKind::Number);
    EXPECT_EQ(texts(tokenize("pre-rehab och BIP-modellen")),
              (std::vector<std::string>{"pre-rehab", "och", "bip-modellen"}));
}

TEST(Tokenize, KeepsCodesAndAbbreviationsAsWords) {
    const auto tokens = tokenize("10h/vecka p.g.a. flytt kl 09.00");
    EXPECT_EQ(texts(tokens), (std::vector<std::string>{"10h", "/", "vecka", "p.g.a", ".", "flytt",
                                                       "kl", "09.00"}));
    EXPECT_EQ(tokens[0].kind, TokenKind::Word);
    EXPECT_EQ(tokens[7].kind, TokenKind::Word);
}

TEST(Tokenize, KeepsDashesAsMarks) {
    const auto tokens = tokenize("20211016\u201320220115");
    ASSERT_EQ(tokens.size(), 3U);
    EXPECT_EQ(tokens[1].kind, TokenKind::Punctuation);
    EXPECT_EQ(tokens[1].text, "\u2013");
}

} // namespace
} // namespace finsam::figures
