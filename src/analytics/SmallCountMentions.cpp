#include "analytics/SmallCountMentions.h"

#include "domain/Text.h"

#include <algorithm>
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

/// Number words a small count is written with ("två", "sju"); "en" only where the caller
/// knows it is a pronoun ("en har flyttat"), not the article ("en deltagare").
constexpr std::array<std::string_view, 13> k_number_words = {
    "", "", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"};

enum class One { IsArticle, IsCount };

std::optional<int> count_of(std::string_view word, One one = One::IsArticle) {
    const std::string lower = lowercase(word);
    if (lower == "en" && one == One::IsCount)
        return 1;
    for (std::size_t value = 2; value < k_number_words.size(); ++value) {
        if (lower == k_number_words[value])
            return static_cast<int>(value);
    }
    int value = 0;
    const auto [end, error] = std::from_chars(lower.data(), lower.data() + lower.size(), value);
    if (error != std::errc{} || end != lower.data() + lower.size())
        return std::nullopt;
    return value;
}

/// Verbs that, right after a count, make it a count of people without a word for them: "två
/// har avslutats", "en fick arbete", "tre började studera".
constexpr std::array<std::string_view, 24> k_verbs_of_people = {
    "har",    "hade",      "är",         "var",       "blev",     "fick",
    "gick",   "går",       "kom",        "började",   "återgick", "flyttade",
    "valde",  "påbörjade", "avslutade",  "avbröt",    "slutade",  "sökte",
    "deltar", "deltog",    "fortsätter", "fortsatte", "tackade",  "återgår"};

bool is_one_of(std::string_view word, const auto& words) {
    const std::string lower = lowercase(word);
    return std::find(words.begin(), words.end(), lower) != words.end();
}

/// Supines that, after "har fyra", make the four people: "har fyra fått arbete".
constexpr std::array<std::string_view, 20> k_supines_of_people = {
    "fått",     "gått",     "börjat",   "påbörjat", "avslutat", "avslutats", "slutat",
    "flyttat",  "kommit",   "fortsatt", "sökt",     "återgått", "valt",      "tackat",
    "avbrutit", "deltagit", "blivit",   "skrivits", "erhållit", "fullföljt"};

/// Nouns a number labels rather than counts: "under kvartal 2 har", "i steg 3 började".
constexpr std::array<std::string_view, 20> k_labelled_nouns = {
    "kvartal", "kvartalet", "vecka",  "veckan", "fas",    "fasen",  "steg",
    "steget",  "del",       "delen",  "nivå",   "etapp",  "punkt",  "kapitel",
    "bilaga",  "avsnitt",   "delmål", "mål",    "omgång", "version"};

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

/// The word after `index`, bare and lower-case, or empty at the end.
std::string word_after(const std::vector<WordSpan>& words, std::size_t index) {
    return index + 1 < words.size() ? lowercase(bare(words[index + 1].text)) : std::string();
}

std::string word_before(const std::vector<WordSpan>& words, std::size_t index) {
    return index > 0 ? lowercase(bare(words[index - 1].text)) : std::string();
}

/// Where the count at `index` speaks of people without a word for them: "två har avslutats",
/// "två av dem", "varav tre", "har fyra fått arbete". The index of the word that tells.
std::optional<std::size_t> implied_people(const std::vector<WordSpan>& words, std::size_t index) {
    const std::string next = word_after(words, index);
    const std::string previous = word_before(words, index);
    if (previous == "varav")
        return std::min(words.size() - 1, index + 1);
    if (is_one_of(previous, k_labelled_nouns))
        return std::nullopt;
    if (is_one_of(next, k_verbs_of_people))
        return index + 1;
    if (next == "av" && is_one_of(word_after(words, index + 1),
                                  std::array<std::string_view, 3>{"dem", "de", "dessa"}))
        return index + 2;
    if ((previous == "har" || previous == "hade") && is_one_of(next, k_supines_of_people))
        return index + 1;
    return std::nullopt;
}

/// The word for people within a few words after the count at `index`: "3 av de unga
/// kvinnorna".
std::optional<std::size_t> named_people(const std::vector<WordSpan>& words, std::size_t index) {
    const std::size_t last = std::min(words.size(), index + 1 + k_words_between);
    for (std::size_t next = index + 1; next < last; ++next) {
        // "3 av 12 deltagare" still speaks of three; "3 månader, 40 deltagare" does not.
        if (count_of(bare(words[next].text)) && lowercase(words[next - 1].text) != "av")
            return std::nullopt;
        if (names_people(bare(words[next].text)))
            return next;
    }
    return std::nullopt;
}

std::vector<Mention> mentions_in(const std::vector<WordSpan>& words, int threshold) {
    std::vector<Mention> mentions;
    const auto is_small = [&](std::optional<int> count) {
        return count && *count >= 1 && *count < threshold;
    };
    for (std::size_t index = 0; index < words.size(); ++index) {
        const std::string_view word = bare(words[index].text);
        std::optional<std::size_t> people;
        if (is_small(count_of(word)))
            people = named_people(words, index);
        if (!people && is_small(count_of(word, One::IsCount)))
            people = implied_people(words, index);
        if (!people)
            continue;
        mentions.push_back({index, *people});
        index = *people;
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
