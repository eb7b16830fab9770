#include "domain/IdentityNumbers.h"

#include "domain/Text.h"

#include <array>

namespace finsam {

namespace {

/// The ten digits YYMMDDNNNC the checks work on, whatever the written form.
using TenDigits = std::array<int, 10>;

int two_digit_value(int tens, int units) {
    return tens * 10 + units;
}

int days_in_month(int month) {
    constexpr std::array<int, 12> k_days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return k_days[static_cast<std::size_t>(month - 1)];
}

/// Month 01-12; a day of that month (29 February always, the century may be unknown), or the
/// same plus 60 in a samordningsnummer.
bool is_plausible_date(const TenDigits& digits) {
    const int month = two_digit_value(digits[2], digits[3]);
    int day = two_digit_value(digits[4], digits[5]);
    if (month < 1 || month > 12)
        return false;
    if (day > 60)
        day -= 60;
    return day >= 1 && day <= days_in_month(month);
}

bool passes_luhn(const TenDigits& digits) {
    int sum = 0;
    for (std::size_t index = 0; index < digits.size(); ++index) {
        const int value = digits[index] * (index % 2 == 0 ? 2 : 1);
        sum += value > 9 ? value - 9 : value;
    }
    return sum % 10 == 0;
}

bool is_valid(const TenDigits& digits) {
    return is_plausible_date(digits) && passes_luhn(digits);
}

bool has_known_century(std::string_view text, std::size_t start) {
    return text.substr(start, 2) == "19" || text.substr(start, 2) == "20";
}

/// The length of the run of digits at `from`, counting no further than `limit`.
std::size_t digit_run(std::string_view text, std::size_t from, std::size_t limit) {
    std::size_t length = 0;
    while (from + length < text.size() && length < limit && is_ascii_digit(text[from + length]))
        ++length;
    return length;
}

bool is_char_at(std::string_view text, std::size_t offset, char wanted) {
    return offset < text.size() && text[offset] == wanted;
}

bool is_sign_at(std::string_view text, std::size_t offset) {
    return is_char_at(text, offset, '-') || is_char_at(text, offset, '+');
}

/// The length of the separator between date and serial number at `offset`, or 0: one of
/// - + . / or a space, or - + with a space before, after or both.
std::size_t separator_length(std::string_view text, std::size_t offset) {
    const std::size_t leading_space = is_char_at(text, offset, ' ') ? 1 : 0;
    if (is_sign_at(text, offset + leading_space))
        return leading_space + 1 + (is_char_at(text, offset + leading_space + 1, ' ') ? 1 : 0);
    if (leading_space == 1 || is_char_at(text, offset, '.') || is_char_at(text, offset, '/'))
        return 1;
    return 0;
}

/// The ten digits from the six at `date` and the four at `serial`.
TenDigits ten_digits(std::string_view text, std::size_t date, std::size_t serial) {
    TenDigits digits{};
    for (std::size_t index = 0; index < 6; ++index)
        digits[index] = text[date + index] - '0';
    for (std::size_t index = 0; index < 4; ++index)
        digits[6 + index] = text[serial + index] - '0';
    return digits;
}

/// The length of the identity number whose date starts a run of `date_digits` digits at
/// `start`, or 0.
std::size_t identity_number_length(std::string_view text, std::size_t start,
                                   std::size_t date_digits) {
    const bool with_century = date_digits == 8 || date_digits == 12;
    if (with_century && !has_known_century(text, start))
        return 0;
    const std::size_t date = with_century ? start + 2 : start;
    if (date_digits == 10 || date_digits == 12)
        return is_valid(ten_digits(text, date, date + 6)) ? date_digits : 0;
    if (date_digits != 6 && date_digits != 8)
        return 0;
    const auto separator = separator_length(text, start + date_digits);
    const auto serial = start + date_digits + separator;
    if (separator == 0 || digit_run(text, serial, 5) != 4)
        return 0;
    return is_valid(ten_digits(text, date, serial)) ? serial + 4 - start : 0;
}

} // namespace

std::optional<TextSpan> next_identity_number(std::string_view normalised, std::size_t from) {
    // A number starts a run of digits; the longest form has 12.
    constexpr std::size_t k_longest_run = 12;
    std::size_t offset = from;
    while (offset < normalised.size()) {
        if (!is_ascii_digit(normalised[offset])) {
            ++offset;
            continue;
        }
        const auto run = digit_run(normalised, offset, k_longest_run + 1);
        const bool starts_run = offset == 0 || !is_ascii_digit(normalised[offset - 1]);
        if (starts_run && run <= k_longest_run) {
            if (auto length = identity_number_length(normalised, offset, run))
                return TextSpan{offset, offset + length};
        }
        offset += run;
    }
    return std::nullopt;
}

} // namespace finsam
