#include "ingest/figures/Tokens.h"

#include "domain/Text.h"
#include "ingest/figures/FigureExtractor.h"

#include <array>
#include <cstddef>
#include <utility>

namespace finsam::figures {

namespace {

std::size_t byte_at(std::string_view text, std::size_t index) {
    return index < text.size() ? static_cast<unsigned char>(text[index]) : 0;
}

// Spaces, including the no-break, narrow no-break and thin spaces Word puts in numbers.
std::size_t space_length(std::string_view text, std::size_t index) {
    const std::size_t byte = byte_at(text, index);
    if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' || byte == '\v')
        return 1;
    const std::string_view rest = text.substr(index);
    if (rest.starts_with("\u00a0"))
        return 2;
    if (rest.starts_with("\u202f") || rest.starts_with("\u2009"))
        return 3;
    return 0;
}

// Letters of any script. Sequences led by 0xC2 (U+0080-U+00BF) and 0xE2 (general
// punctuation, dashes, quotes, bullets) are marks, not letters.
std::size_t letter_length(std::string_view text, std::size_t index) {
    const std::size_t byte = byte_at(text, index);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z'))
        return 1;
    if (byte < 0xC3 || byte == 0xE2)
        return 0;
    std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    return index + length <= text.size() ? length : 0;
}

bool is_alphanumeric_at(std::string_view text, std::size_t index) {
    return index < text.size() && (is_ascii_digit(text[index]) || letter_length(text, index) > 0);
}

// One UTF-8 character, for marks outside ASCII such as the en dash.
std::size_t character_length(std::string_view text, std::size_t index) {
    const std::size_t byte = byte_at(text, index);
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    return index + length <= text.size() ? length : 1;
}

std::size_t digit_run_end(std::string_view text, std::size_t index) {
    while (index < text.size() && is_ascii_digit(text[index]))
        ++index;
    return index;
}

// After a group of 1-3 digits, a single space followed by exactly three digits continues the
// number ("1 200"); returns the end of the last such group.
std::size_t thousands_end(std::string_view text, std::size_t begin, std::size_t end) {
    if (end - begin > 3)
        return end;
    while (true) {
        const std::size_t space = space_length(text, end);
        if (space == 0)
            return end;
        const std::size_t group_end = digit_run_end(text, end + space);
        if (group_end - (end + space) != 3 || is_alphanumeric_at(text, group_end))
            return end;
        end = group_end;
    }
}

// A run of letters and digits, with single inner '.', ':' or '-' kept when both neighbours are
// letters or digits ("p.g.a", "S:t", "pre-rehab", "09.00"). Decimal commas join digits.
std::size_t word_end(std::string_view text, std::size_t index) {
    while (index < text.size()) {
        if (is_ascii_digit(text[index])) {
            ++index;
            continue;
        }
        if (const std::size_t letter = letter_length(text, index); letter > 0) {
            index += letter;
            continue;
        }
        const char mark = text[index];
        const bool joins = mark == '.' || mark == ':' || mark == '-';
        if (joins && index > 0 && is_alphanumeric_at(text, index + 1) &&
            !(mark == '-' && is_ascii_digit(text[index - 1]) && is_ascii_digit(text[index + 1]))) {
            ++index;
            continue;
        }
        if (mark == ',' && index > 0 && is_ascii_digit(text[index - 1]) &&
            index + 1 < text.size() && is_ascii_digit(text[index + 1])) {
            ++index;
            continue;
        }
        break;
    }
    return index;
}

bool all_digits_or_decimal(std::string_view text) {
    bool comma_seen = false;
    for (char character : text) {
        if (character == ',' && !comma_seen) {
            comma_seen = true;
            continue;
        }
        if (!is_ascii_digit(character))
            return false;
    }
    return !text.empty();
}

double decimal_value(std::string_view text) {
    double value = 0;
    double scale = 0;
    for (char character : text) {
        if (character == ',') {
            scale = 1;
            continue;
        }
        if (!is_ascii_digit(character))
            continue;
        value = value * 10 + (character - '0');
        scale *= 10;
    }
    return scale > 0 ? value / scale : value;
}

Token make_word(std::string_view text) {
    Token token;
    if (all_digits_or_decimal(text)) {
        token.kind = TokenKind::Number;
        token.text = std::string(text);
        token.value = decimal_value(text);
        return token;
    }
    token.text = lowercase(text);
    if (const auto spelled = parse_swedish_number(token.text)) {
        token.kind = TokenKind::Number;
        token.value = *spelled;
        token.spelled = true;
    }
    return token;
}

} // namespace

const Token& token_at(const std::vector<Token>& tokens, std::size_t index) {
    static const Token k_end{TokenKind::Punctuation, "", 0, false};
    return index < tokens.size() ? tokens[index] : k_end;
}

std::vector<Token> tokenize(std::string_view sentence) {
    std::vector<Token> tokens;
    std::size_t index = 0;
    while (index < sentence.size()) {
        if (const std::size_t space = space_length(sentence, index); space > 0) {
            index += space;
            continue;
        }
        if (is_ascii_digit(sentence[index])) {
            const std::size_t digits_end = digit_run_end(sentence, index);
            const std::size_t grouped_end = thousands_end(sentence, index, digits_end);
            if (grouped_end > digits_end) {
                std::string digits;
                for (std::size_t at = index; at < grouped_end; ++at) {
                    if (is_ascii_digit(sentence[at]))
                        digits.push_back(sentence[at]);
                }
                tokens.push_back(make_word(digits));
                index = grouped_end;
                continue;
            }
        }
        if (is_alphanumeric_at(sentence, index)) {
            const std::size_t end = word_end(sentence, index);
            tokens.push_back(make_word(sentence.substr(index, end - index)));
            index = end;
            continue;
        }
        const std::size_t length = character_length(sentence, index);
        Token mark;
        mark.kind = sentence[index] == '%' ? TokenKind::Percent : TokenKind::Punctuation;
        mark.text = std::string(sentence.substr(index, length));
        tokens.push_back(std::move(mark));
        index += length;
    }
    return tokens;
}

} // namespace finsam::figures
