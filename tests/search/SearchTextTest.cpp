#include "search/Highlight.h"
#include "search/SearchQuery.h"
#include "search/SwedishStemmer.h"
#include "search/Words.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    for_each_word(text, [&](const Word& word) { words.emplace_back(word.lowercase); });
    return words;
}

std::string marked(const std::vector<TextPart>& parts) {
    std::string text;
    for (const auto& part : parts)
        text += part.hit ? "[" + part.text + "]" : part.text;
    return text;
}

TEST(SwedishStemmerTest, InflectedFormsShareAStem) {
    SwedishStemmer stemmer;
    const std::string training(stemmer.stem("arbetsträning"));
    EXPECT_EQ(stemmer.stem("arbetsträningar"), training);
    EXPECT_EQ(stemmer.stem("arbetsträningen"), training);
    const std::string participants(stemmer.stem("deltagare"));
    EXPECT_EQ(stemmer.stem("deltagarna"), participants);
    EXPECT_NE(stemmer.stem("samverkan"), participants);
}

TEST(WordsTest, LowercasesAndSplitsAtEverythingButLettersAndDigits) {
    EXPECT_EQ(
        words_of("BIP-modellen, 2024-07-01: Ökad ÅTERGÅNG!"),
        (std::vector<std::string>{"bip", "modellen", "2024", "07", "01", "ökad", "återgång"}));
}

TEST(WordsTest, ComposesLettersWrittenWithACombiningMark) {
    EXPECT_EQ(words_of("fa\xCC\x88rdigheter"), (std::vector<std::string>{"färdigheter"}));
}

TEST(WordsTest, GivesEachWordsPlaceInTheText) {
    std::vector<std::pair<std::size_t, std::size_t>> places;
    for_each_word("  Öka stödet",
                  [&](const Word& word) { places.emplace_back(word.start, word.end); });
    EXPECT_EQ(places, (std::vector<std::pair<std::size_t, std::size_t>>{{2, 6}, {7, 14}}));
}

TEST(SearchQueryTest, ReadsWordsPhrasesAndPrefixes) {
    SwedishStemmer stemmer;
    const auto query = parse_search_query(R"(Arbetsträning "psykisk ohälsa" BIP sam*)", stemmer);
    ASSERT_EQ(query.terms.size(), 4U);
    EXPECT_EQ(query.terms[0], (SearchTerm{{"arbetsträning"}, false, true})) << "a long stem";
    EXPECT_EQ(query.terms[1], (SearchTerm{{"psykisk", "ohälsa"}, true, false}));
    EXPECT_EQ(query.terms[2], (SearchTerm{{"bip"}, false, false})) << "a short stem";
    EXPECT_EQ(query.terms[3], (SearchTerm{{"sam"}, false, true})) << "written with *";
}

TEST(SearchQueryTest, QueriesOfTheBackendsQuoteEveryWord) {
    SwedishStemmer stemmer;
    const auto query = parse_search_query(R"(samverkan OR "arbete NOT studier" bip)", stemmer);
    EXPECT_EQ(fts5_expression(query),
              R"(text : ("samverkan"* AND "or" AND "arbete not studier" AND "bip"))");
    EXPECT_EQ(tsquery_expression(query),
              "'samverkan':* & 'or' & ('arbete' <-> 'not' <-> 'studier') & 'bip'");
}

TEST(SearchQueryTest, PunctuationAloneIsNoQuery) {
    SwedishStemmer stemmer;
    EXPECT_TRUE(parse_search_query(R"( "" * ' & | ! )", stemmer).empty());
    EXPECT_EQ(parse_search_query(R"("en)", stemmer).terms.size(), 1U) << "an unclosed quote";
}

TEST(HighlightTest, MarksStemmedMatchesAndCompoundsOfAPrefix) {
    SwedishStemmer stemmer;
    const auto query = parse_search_query("arbetsträning deltagarna", stemmer);
    const auto parts = highlighted_excerpt(
        "Två deltagare har börjat arbetsträningar.\n\nEn annan arbetsträningsplats.", query,
        stemmer);
    EXPECT_EQ(marked(parts),
              "Två [deltagare] har börjat [arbetsträningar]. En annan [arbetsträningsplats].");
}

TEST(HighlightTest, MarksAPhraseOnlyWhereItsWordsStandTogether) {
    SwedishStemmer stemmer;
    const auto query = parse_search_query(R"("psykisk ohälsa")", stemmer);
    EXPECT_EQ(marked(highlighted_excerpt("Psykisk ohälsa är vanligt; ohälsa och psykisk.", query,
                                         stemmer)),
              "[Psykisk ohälsa] är vanligt; ohälsa och psykisk.");
}

TEST(HighlightTest, CutsALongPassageAroundItsHits) {
    SwedishStemmer stemmer;
    std::string text;
    for (int word = 0; word < 100; ++word)
        text += "ord ";
    text += "Handledarna stöttar BIP. ";
    for (int word = 0; word < 100; ++word)
        text += "ord ";
    const auto parts = highlighted_excerpt(text, parse_search_query("bip", stemmer), stemmer, 12);
    const std::string shown = marked(parts);
    EXPECT_TRUE(shown.starts_with("… ord")) << shown;
    EXPECT_NE(shown.find("Handledarna stöttar [BIP]. ord"), std::string::npos) << shown;
    EXPECT_TRUE(shown.ends_with("ord …")) << shown;
}

TEST(HighlightTest, KeepsMarkupAsPlainTextForThePageToEscape) {
    SwedishStemmer stemmer;
    const auto parts =
        highlighted_excerpt("<b>BIP</b> & <script>", parse_search_query("bip", stemmer), stemmer);
    EXPECT_EQ(marked(parts), "<b>[BIP]</b> & <script>");
}

} // namespace
} // namespace finsam::testing
