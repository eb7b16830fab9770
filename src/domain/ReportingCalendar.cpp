#include "domain/ReportingCalendar.h"

#include <chrono>

namespace finsam {

Date report_deadline(const Period& quarter, int deadline_days) {
    return Date{std::chrono::sys_days{quarter.end} + std::chrono::days{deadline_days}};
}

QuarterReport report_owed(std::optional<Date> start, std::optional<Date> last_day,
                          const Period& quarter) {
    if (last_day && *last_day < quarter.start)
        return QuarterReport::None;
    if (!start)
        return QuarterReport::PeriodUnknown;
    if (quarter.end < *start)
        return QuarterReport::None;
    if (last_day && *last_day <= quarter.end)
        return QuarterReport::Final;
    return QuarterReport::Quarterly;
}

Date final_report_deadline(Date last_day, int deadline_days) {
    return Date{std::chrono::sys_days{last_day} + std::chrono::days{deadline_days}};
}

std::vector<Period> quarters_overlapping(const Period& span) {
    std::vector<Period> quarters;
    if (span.is_reversed())
        return quarters;
    for (Period quarter = Period::quarter_of(span.start); quarter.start <= span.end;
         quarter =
             Period::quarter_of(Date{std::chrono::sys_days{quarter.end} + std::chrono::days{1}})) {
        quarters.push_back(quarter);
    }
    return quarters;
}

std::string quarter_label(const Period& quarter) {
    const unsigned month = static_cast<unsigned>(quarter.start.month());
    return std::to_string(static_cast<int>(quarter.start.year())) + " kvartal " +
           std::to_string((month - 1) / 3 + 1);
}

std::optional<Period> quarter_starting(Date start) {
    const Period quarter = Period::quarter_of(start);
    if (quarter.start != start)
        return std::nullopt;
    return quarter;
}

Timeliness timeliness(std::optional<ReportStatus> status, std::optional<Date> arrival,
                      Date deadline, Date today) {
    if (!status || *status == ReportStatus::Draft)
        return today <= deadline ? Timeliness::NotYetDue : Timeliness::Missing;
    if (arrival && deadline < *arrival)
        return Timeliness::Late;
    return Timeliness::OnTime;
}

Period default_overview_quarter(Date today) {
    const Period current = Period::quarter_of(today);
    return Period::quarter_of(Date{std::chrono::sys_days{current.start} - std::chrono::days{1}});
}

Period chosen_quarter(std::optional<Date> first_day, Date today) {
    const auto quarter = first_day ? quarter_starting(*first_day) : std::nullopt;
    return quarter ? *quarter : default_overview_quarter(today);
}

} // namespace finsam
