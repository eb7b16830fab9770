#include "web/Overview.h"

#include "domain/ReportingCalendar.h"
#include "web/Labels.h"

#include <chrono>

namespace finsam {

namespace {

using namespace std::chrono;

/// The overview lists the newest reports with warnings; the rest are counted.
constexpr std::size_t k_listed_warnings = 20;

/// The last Sunday of a month at 01:00 UTC: when Swedish summer time starts (March) or
/// ends (October).
sys_seconds last_sunday_0100_utc(year y, month m) {
    const sys_days last{year_month_day_last{y, month_day_last{m}}};
    const auto back = (weekday{last} - Sunday).count();
    return sys_days{last - days{back}} + hours{1};
}

/// An insats is in the quarter's overview when the quarter lies within its period (where
/// known) and it had not ended before the quarter began.
bool active_in(const OverviewRow& row, const Period& quarter) {
    if (row.ended_on && *row.ended_on < quarter.start)
        return false;
    if (row.period_start && quarter.end < *row.period_start)
        return false;
    return !row.period_end || !(*row.period_end < quarter.start);
}

std::optional<Date> ended(const OverviewRow& row) {
    if (row.ended_on)
        return row.ended_on;
    return row.period_end;
}

struct Counts {
    int expected = 0;
    int in = 0;
    int late = 0;
    int missing = 0;
    int not_yet_due = 0;
};

mstch::map row_view(const OverviewRow& row, Timeliness state) {
    mstch::map view{{"intervention_id", std::to_string(row.intervention_id)},
                    {"name", row.intervention_name},
                    {"owner", row.owner.value_or("")},
                    {"timeliness", std::string(timeliness_label(state))},
                    {"late", state == Timeliness::Late},
                    {"missing", state == Timeliness::Missing},
                    {"arrival", format_iso_or_empty(row.arrival)},
                    {"warnings", row.warning_count}};
    const bool in = row.status && *row.status != ReportStatus::Draft;
    view["status"] = std::string(in ? status_label(*row.status) : timeliness_label(state));
    view["status_css"] = std::string(in ? status_css(*row.status)
                                        : (state == Timeliness::Missing ? "missing" : "due"));
    if (row.report_id)
        view["report_id"] = std::to_string(*row.report_id);
    view["has_draft"] = row.status == ReportStatus::Draft;
    return view;
}

mstch::array quarter_options(const OverviewInput& input) {
    // From the earliest insats start (at most five years back) to the current quarter.
    Date first = Period::quarter_of(Date{sys_days{input.today} - days{5 * 365}}).start;
    std::optional<Date> earliest;
    for (const auto& row : input.quarter_rows) {
        if (row.period_start && (!earliest || *row.period_start < *earliest))
            earliest = row.period_start;
    }
    if (earliest && first < *earliest)
        first = Period::quarter_of(*earliest).start;
    mstch::array options;
    const auto quarters = quarters_overlapping({first, input.today});
    for (auto quarter = quarters.rbegin(); quarter != quarters.rend(); ++quarter) {
        options.push_back(mstch::map{{"value", format_iso(quarter->start)},
                                     {"label", quarter_label(*quarter)},
                                     {"selected", quarter->start == input.quarter.start}});
    }
    return options;
}

} // namespace

Date today_in_sweden() {
    const auto now = floor<seconds>(system_clock::now());
    const year this_year = year_month_day{floor<days>(now)}.year();
    const bool summer = last_sunday_0100_utc(this_year, March) <= now &&
                        now < last_sunday_0100_utc(this_year, October);
    return Date{floor<days>(now + hours{summer ? 2 : 1})};
}

Period default_overview_quarter(Date today) {
    const Period current = Period::quarter_of(today);
    return Period::quarter_of(Date{sys_days{current.start} - days{1}});
}

Period chosen_quarter(const std::string& parameter, Date today) {
    const auto chosen = parse_iso_date(parameter);
    const auto quarter = chosen ? quarter_starting(*chosen) : std::nullopt;
    return quarter ? *quarter : default_overview_quarter(today);
}

mstch::map overview_view(const OverviewInput& input) {
    const Date deadline = report_deadline(input.quarter, input.deadline_days);
    Counts counts;
    mstch::array rows;
    for (const auto& row : input.quarter_rows) {
        if (!active_in(row, input.quarter))
            continue;
        const Timeliness state = timeliness(row.status, row.arrival, deadline, input.today);
        ++counts.expected;
        counts.in += state == Timeliness::OnTime || state == Timeliness::Late;
        counts.late += state == Timeliness::Late;
        counts.missing += state == Timeliness::Missing;
        counts.not_yet_due += state == Timeliness::NotYetDue;
        rows.push_back(row_view(row, state));
    }
    mstch::array finals;
    for (const auto& row : input.final_rows) {
        const auto end = ended(row);
        if (!end || !(*end < input.today))
            continue;
        const Date due{sys_days{*end} + days{input.deadline_days}};
        mstch::map view = row_view(row, timeliness(row.status, row.arrival, due, input.today));
        view["due"] = format_iso(due);
        view["ended"] = format_iso(*end);
        finals.push_back(std::move(view));
    }
    mstch::array warnings;
    for (const auto& pending : input.warnings) {
        if (warnings.size() == k_listed_warnings)
            break;
        const auto kind = report_kind_from_string(pending.kind);
        warnings.push_back(mstch::map{{"report_id", std::to_string(pending.report_id)},
                                      {"name", pending.intervention_name},
                                      {"kind", std::string(kind ? kind_label(*kind) : "Rapport")},
                                      {"period", format_iso_or_empty(pending.period_start) + " – " +
                                                     format_iso_or_empty(pending.period_end)},
                                      {"count", pending.warning_count}});
    }
    return mstch::map{{"quarter", quarter_label(input.quarter)},
                      {"quarter_options", quarter_options(input)},
                      {"deadline", format_iso(deadline)},
                      {"rows", rows},
                      {"has_rows", !rows.empty()},
                      {"expected", counts.expected},
                      {"in", counts.in},
                      {"late", counts.late},
                      {"missing", counts.missing},
                      {"not_yet_due", counts.not_yet_due},
                      {"finals", finals},
                      {"has_finals", !finals.empty()},
                      {"warnings", warnings},
                      {"has_warnings", !warnings.empty()},
                      {"more_warnings", static_cast<int>(input.warnings.size() - warnings.size())},
                      {"has_more_warnings", input.warnings.size() > warnings.size()}};
}

nlohmann::json overview_json(const OverviewInput& input) {
    const Date deadline = report_deadline(input.quarter, input.deadline_days);
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : input.quarter_rows) {
        if (!active_in(row, input.quarter))
            continue;
        const Timeliness state = timeliness(row.status, row.arrival, deadline, input.today);
        rows.push_back(
            {{"intervention_id", row.intervention_id},
             {"intervention_name", row.intervention_name},
             {"report_id", row.report_id ? nlohmann::json(*row.report_id) : nullptr},
             {"status", row.status ? nlohmann::json(to_string(*row.status)) : nullptr},
             {"timeliness", state == Timeliness::OnTime    ? "on_time"
                            : state == Timeliness::Late    ? "late"
                            : state == Timeliness::Missing ? "missing"
                                                           : "not_yet_due"},
             {"arrival", row.arrival ? nlohmann::json(format_iso(*row.arrival)) : nullptr},
             {"warning_count", row.warning_count}});
    }
    return {{"quarter",
             {{"start", format_iso(input.quarter.start)}, {"end", format_iso(input.quarter.end)}}},
            {"deadline", format_iso(deadline)},
            {"reports", rows}};
}

} // namespace finsam
