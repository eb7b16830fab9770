#include "analytics/SmallCountMentions.h"

#include "domain/Text.h"

#include <array>
#include <charconv>
#include <optional>

namespace finsam {

namespace {

/// How many words after the number a word for people may stand ("3 av de unga kvinnorna").
constexpr std::size_t k_words_between = 4;
/// Words either side of the mention shown as its excerpt.
constexpr std::size_t k_context_words = 4;

/// Word beginnings that name people in these reports, lower-case.
constexpr std::array<std::string_view, 22> k_people = {
    "deltagar", "person",  "kvinn",  "män",     "mannen",     "ungdom", "unga", "individ",
    "klient",   "elev",    "tjej",   "kill",    "flick",      "pojk",   "barn", "föräld",
    "familj",   "sökande", "brukar", "patient", "medarbetar", "invånar"};

std::optional<int> count_of(std::string_view word) {
    const std::string lower = lowercase(word);
    if (lower == "två")
        return 2;
    if (lower == "tre")
        return 3;
    if (lower == "fyra")
        return 4;
    int value = 0;
    const auto [end, error] = std::from_chars(lower.data(), lower.data() + lower.size(), value);
    if (error != std::errc{} || end != lower.data() + lower.size())
        return std::nullopt;
    return value;
}

bool names_people(std::string_view word) {
    const std::string lower = lowercase(word);
    for (const auto people : k_people) {
        if (lower.starts_with(people))
            return true;
    }
    return false;
}

/// The word without the punctuation around it ("(3", "kvinnor,").
std::string_view bare(std::string_view word) {
    const auto is_mark = [](char character) {
        return character == '(' || character == ')' || character == ',' || character == '.' ||
               character == ':' || character == ';' || character == '"' || character == '!' ||
               character == '?';
    };
    while (!word.empty() && is_mark(word.front()))
        word.remove_prefix(1);
    while (!word.empty() && is_mark(word.back()))
        word.remove_suffix(1);
    return word;
}

std::string excerpt(const std::vector<WordSpan>& words, std::size_t from, std::size_t to) {
    const std::size_t first = from > k_context_words ? from - k_context_words : 0;
    const std::size_t last = std::min(words.size(), to + k_context_words + 1);
    std::string text;
    for (std::size_t index = first; index < last; ++index) {
        if (!text.empty())
            text += ' ';
        text += words[index].text;
    }
    return text;
}

/// A small count of people: the word of the count and the word for the people.
struct Mention {
    std::size_t count;
    std::size_t people;
};

std::vector<Mention> mentions_in(const std::vector<WordSpan>& words, int threshold) {
    std::vector<Mention> mentions;
    for (std::size_t index = 0; index < words.size(); ++index) {
        const auto count = count_of(bare(words[index].text));
        if (!count || *count < 1 || *count >= threshold)
            continue;
        const std::size_t last = std::min(words.size(), index + 1 + k_words_between);
        for (std::size_t next = index + 1; next < last; ++next) {
            // "3 av 12 deltagare" still speaks of three; "3 månader, 40 deltagare" does not.
            if (count_of(bare(words[next].text)) && lowercase(words[next - 1].text) != "av")
                break;
            if (names_people(bare(words[next].text))) {
                mentions.push_back({index, next});
                index = next;
                break;
            }
        }
    }
    return mentions;
}

} // namespace

std::vector<SmallCountMention> small_count_mentions(std::string_view text, int threshold) {
    const auto words = word_spans(text);
    std::vector<SmallCountMention> found;
    for (const auto& mention : mentions_in(words, threshold))
        found.push_back({excerpt(words, mention.count, mention.people)});
    return found;
}

std::string mask_small_count_mentions(std::string_view text, int threshold) {
    std::string masked;
    std::size_t copied = 0;
    const auto words = word_spans(text);
    for (const auto& mention : mentions_in(words, threshold)) {
        const WordSpan& word = words[mention.count];
        const std::string_view number = bare(word.text);
        const std::size_t start = word.offset + std::size_t(number.data() - word.text.data());
        masked.append(text.substr(copied, start - copied));
        masked.append(k_small_count_mask);
        copied = start + number.size();
    }
    masked.append(text.substr(copied));
    return masked;
}

} // namespace finsam
