#include "storage/UtcTimestamp.h"

#include "domain/Date.h"

#include <chrono>
#include <cstdio>

namespace finsam {

std::string utc_timestamp_now() {
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const hh_mm_ss time_of_day{now - day};
    char clock[16];
    std::snprintf(clock, sizeof clock, "T%02d:%02d:%02dZ",
                  static_cast<int>(time_of_day.hours().count()),
                  static_cast<int>(time_of_day.minutes().count()),
                  static_cast<int>(time_of_day.seconds().count()));
    return format_iso(year_month_day{day}) + clock;
}

} // namespace finsam
