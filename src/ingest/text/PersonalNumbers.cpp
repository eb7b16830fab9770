#include "ingest/text/PersonalNumbers.h"

#include "domain/Text.h"

#include <string_view>

namespace finsam {

namespace {

int digit_at(std::string_view text, std::size_t index) {
    return text[index] - '0';
}

/// The Luhn check over the ten digits YYMMDDNNNC.
bool passes_luhn(std::string_view ten_digits) {
    int sum = 0;
    for (std::size_t index = 0; index < 10; ++index) {
        int value = digit_at(ten_digits, index) * (index % 2 == 0 ? 2 : 1);
        sum += value > 9 ? value - 9 : value;
    }
    return sum % 10 == 0;
}

/// Month 01-12; day 01-31, or 61-91 in a samordningsnummer.
bool is_plausible_date(std::string_view yymmdd) {
    int month = digit_at(yymmdd, 2) * 10 + digit_at(yymmdd, 3);
    int day = digit_at(yymmdd, 4) * 10 + digit_at(yymmdd, 5);
    if (day > 60)
        day -= 60;
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::size_t digit_run(std::string_view text, std::size_t from) {
    auto end = from;
    while (end < text.size() && is_ascii_digit(text[end]))
        ++end;
    return end - from;
}

/// The length of a personal identity number starting at `start`, or 0.
std::size_t personal_number_length(std::string_view text, std::size_t start) {
    auto date_digits = digit_run(text, start);
    std::string ten;
    std::size_t length = 0;
    if ((date_digits == 6 || date_digits == 8) && start + date_digits < text.size() &&
        (text[start + date_digits] == '-' || text[start + date_digits] == '+') &&
        digit_run(text, start + date_digits + 1) == 4) {
        auto date = text.substr(start + date_digits - 6, 6);
        ten = std::string(date) + std::string(text.substr(start + date_digits + 1, 4));
        length = date_digits + 5;
    } else if (date_digits == 12 || date_digits == 10) {
        // Written without a separator; ten digits alone are too often other numbers, so only
        // the twelve-digit form with a century counts.
        if (date_digits == 10)
            return 0;
        auto century = digit_at(text, start) * 10 + digit_at(text, start + 1);
        if (century != 19 && century != 20)
            return 0;
        ten = std::string(text.substr(start + 2, 10));
        length = 12;
    } else {
        return 0;
    }
    if (date_digits == 8) {
        auto century = digit_at(text, start) * 10 + digit_at(text, start + 1);
        if (century != 19 && century != 20)
            return 0;
    }
    return is_plausible_date(ten) && passes_luhn(ten) ? length : 0;
}

} // namespace

int redact_personal_numbers(std::string& text) {
    int replaced = 0;
    std::string result;
    result.reserve(text.size());
    std::size_t index = 0;
    while (index < text.size()) {
        bool at_number_start =
            is_ascii_digit(text[index]) && (index == 0 || !is_ascii_digit(text[index - 1]));
        auto length = at_number_start ? personal_number_length(text, index) : 0;
        if (length > 0) {
            result += k_redacted_personal_number;
            index += length;
            ++replaced;
            continue;
        }
        result.push_back(text[index]);
        ++index;
    }
    if (replaced > 0)
        text = std::move(result);
    return replaced;
}

} // namespace finsam
