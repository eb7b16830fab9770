#include "analytics/WordDiff.h"

#include "PrintTextSegment.h"

#include <functional>
#include <gtest/gtest.h>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {
namespace {

std::string side(const std::vector<TextSegment>& segments, DiffOp skipped) {
    std::string text;
    for (const TextSegment& segment : segments) {
        if (segment.op != skipped)
            text += segment.text;
    }
    return text;
}

// The promises every word diff keeps, whatever the texts.
void expect_well_formed(std::string_view before, std::string_view after) {
    const std::vector<TextSegment> segments = diff_words(before, after);
    EXPECT_EQ(side(segments, DiffOp::Inserted), before) << "after: " << after;
    EXPECT_EQ(side(segments, DiffOp::Deleted), after) << "before: " << before;
    for (std::size_t index = 0; index < segments.size(); ++index) {
        EXPECT_FALSE(segments[index].text.empty()) << before << " -> " << after;
        if (index > 0) {
            EXPECT_NE(segments[index - 1].op, segments[index].op) << before << " -> " << after;
            EXPECT_FALSE(segments[index - 1].op == DiffOp::Inserted &&
                         segments[index].op == DiffOp::Deleted)
                << "a change lists its deletion first: " << before << " -> " << after;
        }
    }
}

TEST(WordDiff, SegmentsGiveBackBothTexts) {
    const std::pair<const char*, const char*> cases[] = {
        {"", ""},
        {"", "Målet är nått."},
        {"Målet är nått.", ""},
        {"Målet är nått.", "Målet är nått."},
        {"Vi träffade tolv deltagare under våren.", "Vi träffade femton deltagare under hösten."},
        {"  inledande blanksteg", "inledande blanksteg  "},
        {"rad ett\nrad två\r\n\tindrag", "rad ett\n\nrad tre\r\n\tindrag och mer"},
        {"åäö ÅÄÖ é ü", "åäö ÅÄÖ é ü ß"},
        {"   ", "\t"},
        {"ett två tre", "fyra fem sex"},
        {"a b a b a b", "b a b a b a"},
        {"Samverkan med Arbetsförmedlingen, Försäkringskassan och kommunen.",
         "Samverkan med kommunen, Region Skåne och Försäkringskassan."},
    };
    for (const auto& [before, after] : cases)
        expect_well_formed(before, after);
}

TEST(WordDiff, RandomTextsRoundTrip) {
    // A small vocabulary and mixed white space give many partial matches, which exercises
    // every path through the edit script.
    const std::vector<std::string> vocabulary = {"och", "deltagare", "mål", "är", "på", "väg"};
    const std::vector<std::string> spaces = {" ", "  ", "\n", "\t "};
    std::mt19937 random(20240701);
    const auto random_text = [&] {
        std::string text;
        const std::size_t words = random() % 12;
        for (std::size_t index = 0; index < words; ++index) {
            if (index > 0 || random() % 4 == 0)
                text += spaces[random() % spaces.size()];
            text += vocabulary[random() % vocabulary.size()];
        }
        return text;
    };
    for (int round = 0; round < 2000; ++round)
        expect_well_formed(random_text(), random_text());
}

TEST(WordDiff, IdenticalTextsAreOneEqualSegment) {
    const std::string text = "Insatsen har nått 80 % av målgruppen.\nFler följer.";
    EXPECT_EQ(diff_words(text, text), (std::vector<TextSegment>{{DiffOp::Equal, text}}));
}

TEST(WordDiff, EmptyTextsGiveNoSegments) {
    EXPECT_TRUE(diff_words("", "").empty());
}

TEST(WordDiff, TextFromOrToNothingIsOneSegment) {
    EXPECT_EQ(diff_words("", "Ny text här."),
              (std::vector<TextSegment>{{DiffOp::Inserted, "Ny text här."}}));
    EXPECT_EQ(diff_words("Gammal text.", ""),
              (std::vector<TextSegment>{{DiffOp::Deleted, "Gammal text."}}));
}

TEST(WordDiff, WordChangedInTheMiddle) {
    EXPECT_EQ(
        diff_words("Vi har träffat tolv deltagare i år.", "Vi har träffat femton deltagare i år."),
        (std::vector<TextSegment>{{DiffOp::Equal, "Vi har träffat "},
                                  {DiffOp::Deleted, "tolv"},
                                  {DiffOp::Inserted, "femton"},
                                  {DiffOp::Equal, " deltagare i år."}}));
}

TEST(WordDiff, InsertionAtStartAndEnd) {
    EXPECT_EQ(diff_words("deltagare har börjat.", "Nya deltagare har börjat."),
              (std::vector<TextSegment>{{DiffOp::Inserted, "Nya "},
                                        {DiffOp::Equal, "deltagare har börjat."}}));
    EXPECT_EQ(diff_words("Arbetet fortsätter", "Arbetet fortsätter under hösten"),
              (std::vector<TextSegment>{{DiffOp::Equal, "Arbetet fortsätter"},
                                        {DiffOp::Inserted, " under hösten"}}));
}

TEST(WordDiff, DeletionInTheMiddle) {
    EXPECT_EQ(diff_words("Målet är helt och hållet nått.", "Målet är nått."),
              (std::vector<TextSegment>{{DiffOp::Equal, "Målet är "},
                                        {DiffOp::Deleted, "helt och hållet "},
                                        {DiffOp::Equal, "nått."}}));
}

TEST(WordDiff, RewrittenPhraseIsOneDeletionAndOneInsertion) {
    // The spaces between the words are equal, but a reader sees one phrase replaced.
    EXPECT_EQ(diff_words("Start: ett två tre. Slut", "Start: fyra fem sex. Slut"),
              (std::vector<TextSegment>{{DiffOp::Equal, "Start: "},
                                        {DiffOp::Deleted, "ett två tre."},
                                        {DiffOp::Inserted, "fyra fem sex."},
                                        {DiffOp::Equal, " Slut"}}));
}

TEST(WordDiff, SplitsOnlyAtAsciiWhiteSpace) {
    // A no-break space (U+00A0) is part of the amount; å is never cut.
    EXPECT_EQ(diff_words("Kostnad 10\u00A0000 kr på året", "Kostnad 12\u00A0000 kr på året"),
              (std::vector<TextSegment>{{DiffOp::Equal, "Kostnad "},
                                        {DiffOp::Deleted, "10\u00A0000"},
                                        {DiffOp::Inserted, "12\u00A0000"},
                                        {DiffOp::Equal, " kr på året"}}));
    EXPECT_EQ(diff_words("på året", "på\nåret"),
              (std::vector<TextSegment>{{DiffOp::Equal, "på"},
                                        {DiffOp::Deleted, " "},
                                        {DiffOp::Inserted, "\n"},
                                        {DiffOp::Equal, "året"}}));
}

std::string numbered_words(std::size_t count, const std::function<std::string(std::size_t)>& word) {
    std::string text;
    for (std::size_t index = 0; index < count; ++index) {
        if (index > 0)
            text += ' ';
        text += word(index);
    }
    return text;
}

// Every other word differs: a diff word by word alternates between Equal and a change.
std::pair<std::string, std::string> every_other_word_changed(std::size_t count) {
    const std::string before =
        numbered_words(count, [](std::size_t index) { return "ord" + std::to_string(index); });
    const std::string after = numbered_words(count, [](std::size_t index) {
        return (index % 2 == 0 ? "ord" : "nytt") + std::to_string(index);
    });
    return {"Inledning " + before + " Slut", "Inledning " + after + " Slut"};
}

TEST(WordDiff, SmallTextsAreDiffedWordByWord) {
    const auto [before, after] = every_other_word_changed(40);
    const std::vector<TextSegment> segments = diff_words(before, after);
    EXPECT_GT(segments.size(), 40U);
    expect_well_formed(before, after);
}

TEST(WordDiff, LargeDifferingMiddleFallsBackToOneReplacement) {
    const auto [before, after] = every_other_word_changed(3000);
    const std::vector<TextSegment> segments = diff_words(before, after);
    ASSERT_EQ(segments.size(), 4U);
    EXPECT_EQ(segments[0], (TextSegment{DiffOp::Equal, "Inledning ord0 "}));
    EXPECT_EQ(segments[1].op, DiffOp::Deleted);
    EXPECT_EQ(segments[2].op, DiffOp::Inserted);
    EXPECT_EQ(segments[3], (TextSegment{DiffOp::Equal, " Slut"}));
    EXPECT_EQ(segments[0].text + segments[1].text + segments[3].text, before);
    EXPECT_EQ(segments[0].text + segments[2].text + segments[3].text, after);
}

TEST(WordDiff, LargeTextsWithFewChangesAreDiffedExactly) {
    // Both ends change, so trimming the common prefix and suffix leaves everything; the
    // script is still found because it is short.
    const std::string middle =
        numbered_words(3000, [](std::size_t index) { return "ord" + std::to_string(index); });
    const std::vector<TextSegment> segments =
        diff_words("Gammal " + middle + " början", "Ny " + middle + " slutet");
    EXPECT_EQ(segments, (std::vector<TextSegment>{{DiffOp::Deleted, "Gammal"},
                                                  {DiffOp::Inserted, "Ny"},
                                                  {DiffOp::Equal, " " + middle + " "},
                                                  {DiffOp::Deleted, "början"},
                                                  {DiffOp::Inserted, "slutet"}}));
}

std::vector<DiffOp> script_of(const std::vector<std::string_view>& before,
                              const std::vector<std::string_view>& after) {
    return edit_script(before, after);
}

TEST(EditScript, EmptySideIsAllInsertedOrAllDeleted) {
    EXPECT_TRUE(script_of({}, {}).empty());
    EXPECT_EQ(script_of({}, {"a", "b"}), (std::vector<DiffOp>{DiffOp::Inserted, DiffOp::Inserted}));
    EXPECT_EQ(script_of({"a"}, {}), (std::vector<DiffOp>{DiffOp::Deleted}));
}

TEST(EditScript, ShortestScriptKeepsWhatBothShare) {
    EXPECT_EQ(
        script_of({"Mål 1", "Mål 2", "Mål 3"}, {"Mål 1", "Mål 3", "Mål 4"}),
        (std::vector<DiffOp>{DiffOp::Equal, DiffOp::Deleted, DiffOp::Equal, DiffOp::Inserted}));
    EXPECT_EQ(script_of({"a", "b"}, {"a", "b"}),
              (std::vector<DiffOp>{DiffOp::Equal, DiffOp::Equal}));
}

TEST(EditScript, PastTheBudgetEverythingIsReplaced) {
    std::vector<std::string> before_texts;
    std::vector<std::string> after_texts;
    for (std::size_t index = 0; index < 3000; ++index) {
        before_texts.push_back("gammal" + std::to_string(index));
        after_texts.push_back("ny" + std::to_string(index));
    }
    const std::vector<std::string_view> before(before_texts.begin(), before_texts.end());
    const std::vector<std::string_view> after(after_texts.begin(), after_texts.end());
    std::vector<DiffOp> expected(3000, DiffOp::Deleted);
    expected.insert(expected.end(), 3000, DiffOp::Inserted);
    EXPECT_EQ(script_of(before, after), expected);
}

} // namespace
} // namespace finsam
