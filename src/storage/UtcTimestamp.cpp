#include "storage/UtcTimestamp.h"

#include "domain/Date.h"

#include <cstdio>

namespace finsam {

std::string utc_timestamp(std::chrono::system_clock::time_point time) {
    using namespace std::chrono;
    const auto second = floor<seconds>(time);
    const auto day = floor<days>(second);
    const hh_mm_ss time_of_day{second - day};
    char clock[16];
    std::snprintf(clock, sizeof clock, "T%02d:%02d:%02dZ",
                  static_cast<int>(time_of_day.hours().count()),
                  static_cast<int>(time_of_day.minutes().count()),
                  static_cast<int>(time_of_day.seconds().count()));
    return format_iso(year_month_day{day}) + clock;
}

std::string utc_timestamp_now() {
    return utc_timestamp(std::chrono::system_clock::now());
}

} // namespace finsam
