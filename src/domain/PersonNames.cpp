#include "domain/PersonNames.h"

#include "domain/FirstNames.h"

#include <algorithm>

namespace finsam {

namespace {

enum class LetterCase { None, Upper, Lower };

/// The case of the letter at `offset` and its length in bytes (0 when there is none there):
/// ASCII, and the Latin letters of two-byte UTF-8 (U+00C0..U+024F) that names in Sweden use.
struct Letter {
    LetterCase letter_case = LetterCase::None;
    std::size_t length = 0;
};

Letter letter_at(std::string_view text, std::size_t offset) {
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte >= 'A' && byte <= 'Z')
        return {LetterCase::Upper, 1};
    if (byte >= 'a' && byte <= 'z')
        return {LetterCase::Lower, 1};
    if (byte < 0xC3 || byte > 0xC9 || offset + 1 >= text.size())
        return {};
    const auto next = static_cast<unsigned char>(text[offset + 1]);
    if (next < 0x80 || next > 0xBF)
        return {};
    if (byte == 0xC3) {
        // U+00D7 and U+00F7 are the multiplication and division signs.
        if (next == 0x97 || next == 0xB7)
            return {};
        return {next < 0x9F ? LetterCase::Upper : LetterCase::Lower, 2};
    }
    // Latin Extended-A and -B: which case does not matter after the first letter of a word.
    return {LetterCase::Lower, 2};
}

/// The end of the word starting at `begin`: letters, and hyphens between letters.
std::size_t word_end(std::string_view text, std::size_t begin) {
    std::size_t end = begin;
    while (end < text.size()) {
        if (const auto letter = letter_at(text, end); letter.length > 0) {
            end += letter.length;
        } else if (text[end] == '-' && end + 1 < text.size() &&
                   letter_at(text, end + 1).length > 0) {
            ++end;
        } else {
            break;
        }
    }
    return end;
}

/// A capital followed by a lower-case letter: "Svensson", "Ali", not "AB" or "svensson".
bool is_capitalised(std::string_view word) {
    const auto first = letter_at(word, 0);
    return first.letter_case == LetterCase::Upper && first.length < word.size() &&
           letter_at(word, first.length).letter_case == LetterCase::Lower;
}

bool starts_with_first_name(std::string_view word) {
    return is_common_first_name(word.substr(0, word.find('-')));
}

bool is_spaces(std::string_view gap) {
    return !gap.empty() && std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' '; });
}

} // namespace

std::vector<TextSpan> find_full_names(std::string_view normalised) {
    std::vector<TextSpan> names;
    // The last word read when it was a first name that may begin a full name; empty otherwise.
    TextSpan first_name;
    std::size_t offset = 0;
    while (offset < normalised.size()) {
        if (letter_at(normalised, offset).length == 0) {
            ++offset;
            continue;
        }
        const TextSpan word{offset, word_end(normalised, offset)};
        const auto text = normalised.substr(word.begin, word.end - word.begin);
        const bool ends_full_name =
            first_name.end > first_name.begin &&
            is_spaces(normalised.substr(first_name.end, word.begin - first_name.end)) &&
            is_capitalised(text);
        if (ends_full_name) {
            names.push_back({first_name.begin, word.end});
            first_name = {};
        } else if (is_capitalised(text) && starts_with_first_name(text)) {
            first_name = word;
        } else {
            first_name = {};
        }
        offset = word.end;
    }
    return names;
}

} // namespace finsam
