#include "domain/SurveyPeriods.h"

namespace finsam {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

/// The Thursday of the week `date` is in.
sys_days thursday_of_week(Date date) {
    const sys_days day{date};
    const std::chrono::weekday weekday{day};
    return day - days{weekday.iso_encoding() - 1} + days{3};
}

} // namespace

std::optional<WeekRange> survey_weeks(const Period& period) {
    const sys_days start{period.start};
    const sys_days end{period.end};
    sys_days first_thursday = thursday_of_week(period.start);
    if (first_thursday < start)
        first_thursday += days{7};
    sys_days last_thursday = thursday_of_week(period.end);
    if (last_thursday > end)
        last_thursday -= days{7};
    if (first_thursday > last_thursday)
        return std::nullopt;
    return WeekRange{iso_week_of(Date{first_thursday}), iso_week_of(Date{last_thursday})};
}

std::vector<Period> ended_half_years(const Period& period, Date today) {
    if (period.is_reversed() || Period::half_year_of(period.start).start != period.start ||
        Period::half_year_of(period.end).end != period.end)
        return {};
    std::vector<Period> ended;
    const IsoWeek this_week = iso_week_of(today);
    for (Period half = Period::half_year_of(period.start); half.end <= period.end;
         half = Period::half_year_of(Date{sys_days{half.end} + days{1}})) {
        const std::optional<WeekRange> weeks = survey_weeks(half);
        if (weeks && weeks->last < this_week)
            ended.push_back(half);
    }
    return ended;
}

} // namespace finsam
