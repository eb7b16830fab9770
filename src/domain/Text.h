#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// Small UTF-8 text helpers for Swedish documents. They handle the Latin-1 range of
/// letters (å ä ö é ü...) that Swedish reports use; other scripts pass through unchanged.

/// Lower-cases ASCII and the Latin-1 capitals (Å Ä Ö É Ü...).
std::string lowercase(std::string_view text);

/// '0' to '9' only (std::isdigit depends on the locale and takes an int).
constexpr bool is_ascii_digit(char character) {
    return character >= '0' && character <= '9';
}

std::string_view trim(std::string_view text);

/// Replaces every run of white space (including tabs and no-break spaces) by one space and
/// trims the ends.
std::string collapse_whitespace(std::string_view text);

/// The words of a text for loose comparison: lower-cased, split on anything that is not a
/// letter or a digit ("Mål/delmål:" gives "mål", "delmål"). Stops after `max_words`.
std::vector<std::string> comparison_words(std::string_view text,
                                          std::size_t max_words = static_cast<std::size_t>(-1));

/// The words of a text, split at runs of white space.
std::vector<std::string> split_words(std::string_view text);

/// A word of a text and where it starts in it, so that it can be replaced in place.
struct WordSpan {
    std::string_view text;
    std::size_t offset = 0;
};

/// The words of a text as split_words finds them, as views into `text`.
std::vector<WordSpan> word_spans(std::string_view text);

/// The lines of a text, split at `\n` (a final line without one included); views into `text`.
std::vector<std::string_view> split_lines(std::string_view text);

/// The lines of a text that hold something, trimmed: a list typed one item per line
/// (partners, members).
std::vector<std::string> nonempty_lines(std::string_view text);

/// The paragraphs of a text: the parts between blank lines, each line trimmed and kept on a
/// line of its own (a report's lists are written one item per line).
std::vector<std::string> split_paragraphs(std::string_view text);

/// A letter, a combining mark or a digit of any script (the Unicode categories L, M and N):
/// what a word is made of, for names compared loosely and for the search's words alike.
bool is_word_code_point(std::int32_t code_point);

/// True when the UTF-8 sequence at the start of `text` is a lower-case letter.
bool starts_with_lowercase_letter(std::string_view text);

} // namespace finsam
