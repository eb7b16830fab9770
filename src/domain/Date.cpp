#include "domain/Date.h"

#include "domain/Text.h"

#include <array>
#include <cstddef>

namespace finsam {

namespace {

bool all_digits(std::string_view text) {
    for (char character : text) {
        if (!is_ascii_digit(character))
            return false;
    }
    return !text.empty();
}

int to_int(std::string_view digits) {
    int value = 0;
    for (char character : digits)
        value = value * 10 + (character - '0');
    return value;
}

// Reports only ever mean this century when they write a two-digit year.
int expand_year(std::string_view digits) {
    const int year = to_int(digits);
    return digits.size() == 2 ? 2000 + year : year;
}

tl::expected<Date, DateError> make_date(std::string_view input, std::string_view year,
                                        std::string_view month, std::string_view day) {
    const Date date{std::chrono::year{expand_year(year)},
                    std::chrono::month{static_cast<unsigned>(to_int(month))},
                    std::chrono::day{static_cast<unsigned>(to_int(day))}};
    if (!date.ok())
        return tl::unexpected(DateError{std::string(input), "not a calendar date"});
    return date;
}

// `YYYY-MM-DD` or `YY-MM-DD`: three digit groups joined by single hyphens.
bool split_hyphenated(std::string_view text, std::array<std::string_view, 3>& parts) {
    const std::size_t first = text.find('-');
    if (first == std::string_view::npos)
        return false;
    const std::size_t second = text.find('-', first + 1);
    if (second == std::string_view::npos)
        return false;
    parts = {text.substr(0, first), text.substr(first + 1, second - first - 1),
             text.substr(second + 1)};
    for (std::string_view part : parts) {
        if (!all_digits(part))
            return false;
    }
    return (parts[0].size() == 4 || parts[0].size() == 2) && parts[1].size() == 2 &&
           parts[2].size() == 2;
}

} // namespace

tl::expected<Date, DateError> parse_date(std::string_view text) {
    const std::string_view trimmed = trim(text);
    if (std::array<std::string_view, 3> parts; split_hyphenated(trimmed, parts))
        return make_date(trimmed, parts[0], parts[1], parts[2]);
    if (all_digits(trimmed) && trimmed.size() == 6)
        return make_date(trimmed, trimmed.substr(0, 2), trimmed.substr(2, 2), trimmed.substr(4, 2));
    if (all_digits(trimmed) && trimmed.size() == 8)
        return make_date(trimmed, trimmed.substr(0, 4), trimmed.substr(4, 2), trimmed.substr(6, 2));
    return tl::unexpected(
        DateError{std::string(trimmed), "expected YYYY-MM-DD, YY-MM-DD, YYMMDD or YYYYMMDD"});
}

std::string format_iso(Date date) {
    const int year = static_cast<int>(date.year());
    const unsigned month = static_cast<unsigned>(date.month());
    const unsigned day = static_cast<unsigned>(date.day());
    std::string text(10, '0');
    text[0] = static_cast<char>('0' + year / 1000 % 10);
    text[1] = static_cast<char>('0' + year / 100 % 10);
    text[2] = static_cast<char>('0' + year / 10 % 10);
    text[3] = static_cast<char>('0' + year % 10);
    text[4] = '-';
    text[5] = static_cast<char>('0' + month / 10);
    text[6] = static_cast<char>('0' + month % 10);
    text[7] = '-';
    text[8] = static_cast<char>('0' + day / 10);
    text[9] = static_cast<char>('0' + day % 10);
    return text;
}

std::string format_iso_or_empty(const std::optional<Date>& date) {
    return date ? format_iso(*date) : std::string();
}

std::optional<Date> parse_iso_date(std::string_view text) {
    std::array<std::string_view, 3> parts;
    if (text.size() != 10 || !split_hyphenated(text, parts) || parts[0].size() != 4)
        return std::nullopt;
    const auto date = make_date(text, parts[0], parts[1], parts[2]);
    if (!date)
        return std::nullopt;
    return *date;
}

} // namespace finsam
