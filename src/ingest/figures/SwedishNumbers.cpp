#include "domain/Text.h"
#include "ingest/figures/FigureExtractor.h"

#include <array>
#include <cstddef>
#include <utility>

namespace finsam {

namespace {

using NumberWord = std::pair<std::string_view, int>;

// Forms that stand alone or end a compound ("tjugotre", "trettioen").
constexpr std::array<NumberWord, 21> k_units{{
    {"en", 1},      {"ett", 1},     {"två", 2},      {"tre", 3},      {"fyra", 4},
    {"fem", 5},     {"sex", 6},     {"sju", 7},      {"åtta", 8},     {"nio", 9},
    {"tio", 10},    {"elva", 11},   {"tolv", 12},    {"tretton", 13}, {"fjorton", 14},
    {"femton", 15}, {"sexton", 16}, {"sjutton", 17}, {"arton", 18},   {"aderton", 18},
    {"nitton", 19},
}};

// Tens, with the clipped spoken forms ("trettifem") that reports sometimes use.
constexpr std::array<NumberWord, 15> k_tens{{
    {"tjugo", 20},
    {"trettio", 30},
    {"tretti", 30},
    {"fyrtio", 40},
    {"fyrti", 40},
    {"femtio", 50},
    {"femti", 50},
    {"sextio", 60},
    {"sexti", 60},
    {"sjuttio", 70},
    {"sjutti", 70},
    {"åttio", 80},
    {"åtti", 80},
    {"nittio", 90},
    {"nitti", 90},
}};

constexpr std::string_view k_hundred = "hundra";

std::optional<int> find_word(std::string_view word, const auto& table) {
    for (const auto& [name, value] : table) {
        if (name == word)
            return value;
    }
    return std::nullopt;
}

// 1-99: a unit, a ten, or a ten directly followed by a unit below ten.
std::optional<int> parse_below_hundred(std::string_view word) {
    if (auto unit = find_word(word, k_units))
        return unit;
    for (const auto& [name, value] : k_tens) {
        if (!word.starts_with(name))
            continue;
        const std::string_view rest = word.substr(name.size());
        if (rest.empty())
            return value;
        if (auto unit = find_word(rest, k_units); unit && *unit < 10)
            return value + *unit;
    }
    return std::nullopt;
}

// "hundra", "etthundra", "tvåhundrafemtio".
std::optional<int> parse_spelled(std::string_view word) {
    const std::size_t hundred_at = word.find(k_hundred);
    if (hundred_at == std::string_view::npos)
        return parse_below_hundred(word);
    int multiplier = 1;
    if (hundred_at > 0) {
        const auto unit = find_word(word.substr(0, hundred_at), k_units);
        if (!unit || *unit >= 10)
            return std::nullopt;
        multiplier = *unit;
    }
    const std::string_view rest = word.substr(hundred_at + k_hundred.size());
    if (rest.empty())
        return multiplier * 100;
    const auto below = parse_below_hundred(rest);
    if (!below)
        return std::nullopt;
    return multiplier * 100 + *below;
}

// The tokenizer asks about every word of a report: most fail on their first letter.
bool may_be_spelled_number(std::string_view word) {
    constexpr std::size_t k_longest = 32; // "sjuhundrasjuttiosju" and the like, with margin
    constexpr std::string_view k_first_letters = "aefhnstAEFHNST";
    constexpr unsigned char k_latin1_lead = 0xC3; // å, Å
    if (word.size() < 2 || word.size() > k_longest)
        return false;
    return k_first_letters.find(word.front()) != std::string_view::npos ||
           static_cast<unsigned char>(word.front()) == k_latin1_lead;
}

// Digits, optionally grouped by thousands with one space ("1 200", "12 500"); a space is a
// thousands separator only when a group of exactly three digits follows it.
std::optional<int> parse_digits(std::string_view text) {
    constexpr int k_max_digits = 9; // keeps the value inside int
    int value = 0;
    int digit_count = 0;
    std::size_t group_length = 0;
    bool grouped = false;
    for (std::size_t index = 0; index < text.size(); ++index) {
        const char character = text[index];
        if (is_ascii_digit(character)) {
            // Counted before multiplying: a tenth digit would overflow int.
            if (++digit_count > k_max_digits)
                return std::nullopt;
            value = value * 10 + (character - '0');
            ++group_length;
            continue;
        }
        if (character != ' ')
            return std::nullopt;
        // Before the first separator the leading group has 1-3 digits; after it, exactly 3.
        if (grouped ? group_length != 3 : (group_length == 0 || group_length > 3))
            return std::nullopt;
        grouped = true;
        group_length = 0;
    }
    if (digit_count == 0 || (grouped && group_length != 3))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<int> parse_swedish_number(std::string_view word) {
    const std::string_view trimmed = trim(word);
    if (trimmed.empty())
        return std::nullopt;
    if (is_ascii_digit(trimmed.front()))
        return parse_digits(trimmed);
    if (!may_be_spelled_number(trimmed))
        return std::nullopt;
    return parse_spelled(lowercase(trimmed));
}

} // namespace finsam
