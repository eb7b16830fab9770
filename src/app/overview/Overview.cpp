#include "app/overview/Overview.h"

#include "app/ReadAccess.h"

#include <chrono>

namespace finsam {

namespace {

using namespace std::chrono;

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

/// From the earliest insats start, at most five years back.
Date first_quarter_start(const std::vector<OverviewRow>& rows, Date today) {
    Date first = Period::quarter_of(Date{sys_days{today} - days{5 * 365}}).start;
    std::optional<Date> earliest;
    for (const auto& row : rows) {
        if (row.period_start && (!earliest || *row.period_start < *earliest))
            earliest = row.period_start;
    }
    if (earliest && first < *earliest)
        first = Period::quarter_of(*earliest).start;
    return first;
}

void add_quarter(Overview& result, const std::vector<OverviewRow>& rows) {
    for (const auto& row : rows) {
        if (!active_in(row, result.quarter))
            continue;
        const Timeliness state = timeliness(row.status, row.arrival, result.deadline, result.today);
        auto& counts = result.counts;
        ++counts.expected;
        counts.in += state == Timeliness::OnTime || state == Timeliness::Late;
        counts.late += state == Timeliness::Late;
        counts.missing += state == Timeliness::Missing;
        counts.not_yet_due += state == Timeliness::NotYetDue;
        result.entries.push_back({row, state});
    }
}

void add_finals(Overview& result, const std::vector<OverviewRow>& rows, int deadline_days) {
    for (const auto& row : rows) {
        const auto end = ended(row);
        if (!end || !(*end < result.today))
            continue;
        const Date due{sys_days{*end} + days{deadline_days}};
        result.finals.push_back(
            {row, timeliness(row.status, row.arrival, due, result.today), *end, due});
    }
}

/// What is left of a row for an audience that does not see the kansli's work: the insats,
/// and its report only once reviewed.
OverviewRow reviewed_only(OverviewRow row) {
    if (row.status != ReportStatus::Reviewed) {
        row.report_id.reset();
        row.status.reset();
    }
    row.arrival.reset();
    row.warning_count = 0;
    return row;
}

void hide_work_status(Overview& result) {
    result.work_status = false;
    result.counts = {};
    for (auto& entry : result.entries)
        entry = {reviewed_only(std::move(entry.row)), Timeliness::NotYetDue};
    std::erase_if(result.finals, [](const FinalReportEntry& entry) {
        return entry.row.status != ReportStatus::Reviewed;
    });
    for (auto& entry : result.finals)
        entry = {reviewed_only(std::move(entry.row)), Timeliness::NotYetDue, entry.ended,
                 entry.due};
    result.warnings.clear();
}

} // namespace

AppResult<Overview> overview(const AppContext& context, std::optional<Date> quarter_start,
                             OverviewContent content) {
    const User& user = context.user();
    const auto settings = association_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());
    Overview result;
    result.today = context.clock().today();
    result.quarter = chosen_quarter(quarter_start, result.today);
    result.deadline = report_deadline(result.quarter, settings->deadline_days);
    const auto only = context.policy().intervention_scope();
    OverviewQueries queries(context.database());
    const auto rows = queries.quarter(user.association_id, result.quarter, only);
    if (!rows)
        return tl::unexpected(AppError::internal(rows.error()));
    add_quarter(result, *rows);
    result.first_quarter_start = first_quarter_start(*rows, result.today);
    const bool work_status = context.policy().disclosure().work_status;
    if (content == OverviewContent::QuarterFinalsAndWarnings) {
        const auto finals = queries.final_reports(user.association_id, only);
        if (!finals)
            return tl::unexpected(AppError::internal(finals.error()));
        add_finals(result, *finals, settings->deadline_days);
    }
    if (content == OverviewContent::QuarterFinalsAndWarnings && work_status) {
        auto warnings = queries.pending_warnings(user.association_id, only);
        if (!warnings)
            return tl::unexpected(AppError::internal(warnings.error()));
        result.warnings = std::move(*warnings);
    }
    if (!work_status)
        hide_work_status(result);
    return result;
}

} // namespace finsam
