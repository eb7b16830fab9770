#include "domain/Timestamp.h"

#include "domain/Text.h"

#include <cstdio>

namespace finsam {

namespace {

using namespace std::chrono;

/// The last Sunday of a month at 01:00 UTC: when Swedish summer time starts (March) or
/// ends (October).
sys_seconds last_sunday_0100_utc(year in_year, month in_month) {
    const sys_days last{year_month_day_last{in_year, month_day_last{in_month}}};
    const auto back = (weekday{last} - Sunday).count();
    return sys_days{last - days{back}} + hours{1};
}

bool two_digits(std::string_view text, std::size_t at, int& value) {
    if (text.size() < at + 2 || !is_ascii_digit(text[at]) || !is_ascii_digit(text[at + 1]))
        return false;
    value = (text[at] - '0') * 10 + (text[at + 1] - '0');
    return true;
}

} // namespace

std::string Timestamp::iso() const {
    const auto day = floor<days>(m_time);
    const hh_mm_ss time_of_day{m_time - day};
    char clock[16];
    std::snprintf(clock, sizeof clock, "T%02d:%02d:%02dZ",
                  static_cast<int>(time_of_day.hours().count()),
                  static_cast<int>(time_of_day.minutes().count()),
                  static_cast<int>(time_of_day.seconds().count()));
    return format_iso(year_month_day{day}) + clock;
}

Date Timestamp::utc_date() const {
    return year_month_day{floor<days>(m_time)};
}

std::optional<Timestamp> parse_timestamp(std::string_view text) {
    // YYYY-MM-DDTHH:MM:SSZ
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
        text[19] != 'Z')
        return std::nullopt;
    const auto date = parse_iso_date(text.substr(0, 10));
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!date || !two_digits(text, 11, hour) || !two_digits(text, 14, minute) ||
        !two_digits(text, 17, second) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return Timestamp(sys_days{*date} + hours{hour} + minutes{minute} + seconds{second});
}

std::chrono::minutes swedish_offset(Timestamp moment) {
    const sys_seconds now = moment.time();
    const year this_year = year_month_day{floor<days>(now)}.year();
    const bool summer = last_sunday_0100_utc(this_year, March) <= now &&
                        now < last_sunday_0100_utc(this_year, October);
    return hours{summer ? 2 : 1};
}

Date swedish_date(Timestamp moment) {
    return Date{floor<days>(moment.time() + swedish_offset(moment))};
}

std::string swedish_minute_text(Timestamp moment) {
    const auto local = moment.time() + swedish_offset(moment);
    const auto day = floor<days>(local);
    const hh_mm_ss time_of_day{local - day};
    char clock[8];
    std::snprintf(clock, sizeof clock, " %02d:%02d", static_cast<int>(time_of_day.hours().count()),
                  static_cast<int>(time_of_day.minutes().count()));
    return format_iso(year_month_day{day}) + clock;
}

Timestamp swedish_midnight(Date day) {
    // Swedish midnight is 22:00 or 23:00 UTC the day before, hours from a switch (01:00 UTC):
    // the offset at 23:00 UTC is midnight's own.
    const sys_seconds as_if_cet = sys_days{day} - hours{1};
    return Timestamp(sys_days{day} - swedish_offset(Timestamp(as_if_cet)));
}

} // namespace finsam
