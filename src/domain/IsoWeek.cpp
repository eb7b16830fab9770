#include "domain/IsoWeek.h"

#include <charconv>
#include <chrono>

namespace finsam {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

/// The Monday of ISO week 1 of `year`: the Monday on or before 4 January.
sys_days first_monday_of(int year) {
    const sys_days fourth{std::chrono::year{year} / std::chrono::January / 4};
    const std::chrono::weekday weekday{fourth};
    return fourth - days{weekday.iso_encoding() - 1};
}

std::optional<int> read_number(std::string_view digits) {
    int value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc{} || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

} // namespace

IsoWeek iso_week_of(Date date) {
    // The week belongs to the year of its Thursday.
    const sys_days day{date};
    const std::chrono::weekday weekday{day};
    const sys_days thursday = day - days{weekday.iso_encoding() - 1} + days{3};
    const int year = static_cast<int>(std::chrono::year_month_day{thursday}.year());
    const auto weeks_since_first = (thursday - first_monday_of(year)).count() / 7;
    return IsoWeek{year, static_cast<unsigned>(weeks_since_first + 1)};
}

Date first_day_of(IsoWeek week) {
    return Date{first_monday_of(week.year) + days{7 * (static_cast<int>(week.week) - 1)}};
}

std::string format_iso_week(IsoWeek week) {
    std::string text = std::to_string(week.year) + "-W";
    if (week.week < 10)
        text += '0';
    return text + std::to_string(week.week);
}

std::optional<IsoWeek> parse_iso_week(std::string_view text) {
    if (text.size() != 8 || text[4] != '-' || text[5] != 'W')
        return std::nullopt;
    const auto year = read_number(text.substr(0, 4));
    const auto week = read_number(text.substr(6, 2));
    if (!year || !week || *week < 1 || *week > 53)
        return std::nullopt;
    const IsoWeek parsed{*year, static_cast<unsigned>(*week)};
    if (iso_week_of(first_day_of(parsed)) != parsed)
        return std::nullopt;
    return parsed;
}

} // namespace finsam
