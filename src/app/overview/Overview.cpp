#include "app/overview/Overview.h"

#include "app/ReadAccess.h"
#include "domain/InterventionPhase.h"

#include <chrono>
#include <map>

namespace finsam {

namespace {

using namespace std::chrono;

std::optional<Date> last_day(const OverviewRow& row) {
    return last_day_of(row.ended_on, row.period_end);
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

/// The insats of a row, with no report.
OverviewRow without_report(OverviewRow row) {
    row.report_id.reset();
    row.status.reset();
    row.arrival.reset();
    row.warning_count = 0;
    return row;
}

void count(OverviewCounts& counts, Timeliness state) {
    switch (state) {
    case Timeliness::OnTime:
        ++counts.on_time;
        break;
    case Timeliness::Late:
        ++counts.late;
        break;
    case Timeliness::Missing:
        ++counts.missing;
        break;
    case Timeliness::NotYetDue:
        ++counts.not_yet_due;
        break;
    }
}

/// Each insats with what it owes for the quarter: its kvartalsrapport (`quarterly`), or, in
/// the quarter it ends in, its slutrapport (`finals`, by insats), which covers that quarter.
void add_quarter(Overview& result, const std::vector<OverviewRow>& quarterly,
                 const std::map<std::int64_t, OverviewRow>& finals, int deadline_days) {
    for (const auto& row : quarterly) {
        const auto end = last_day(row);
        switch (report_owed(row.period_start, end, result.quarter)) {
        case QuarterReport::None:
            continue;
        case QuarterReport::PeriodUnknown:
            result.without_period.push_back(row);
            continue;
        case QuarterReport::Quarterly: {
            const auto state = timeliness(row.status, row.arrival, result.deadline, result.today);
            count(result.counts, state);
            result.entries.push_back({row, ReportKind::Quarterly, result.deadline, state, {}});
            continue;
        }
        case QuarterReport::Final: {
            const auto final_row = finals.find(row.intervention_id);
            const OverviewRow owed =
                final_row == finals.end() ? without_report(row) : final_row->second;
            const Date due = final_report_deadline(*end, deadline_days);
            const auto state = timeliness(owed.status, owed.arrival, due, result.today);
            count(result.counts, state);
            result.entries.push_back({owed, ReportKind::Final, due, state,
                                      row.report_id ? std::optional(row) : std::nullopt});
            continue;
        }
        }
    }
}

/// The slutrapport of every insats that has ended: it is asked for once the insats is over.
void add_finals(Overview& result, const std::vector<OverviewRow>& rows, int deadline_days) {
    for (const auto& row : rows) {
        const auto end = last_day(row);
        if (!end || !(*end < result.today))
            continue;
        const Date due = final_report_deadline(*end, deadline_days);
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
    for (auto& entry : result.entries) {
        entry.row = reviewed_only(std::move(entry.row));
        entry.timeliness = Timeliness::NotYetDue;
        if (entry.quarterly_too)
            entry.quarterly_too = reviewed_only(std::move(*entry.quarterly_too));
        if (entry.quarterly_too && !entry.quarterly_too->report_id)
            entry.quarterly_too.reset();
    }
    result.without_period.clear();
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
    const auto finals = queries.final_reports(user.association_id, only);
    if (!finals)
        return tl::unexpected(AppError::internal(finals.error()));
    std::map<std::int64_t, OverviewRow> final_by_intervention;
    for (const auto& row : *finals)
        final_by_intervention.emplace(row.intervention_id, row);
    add_quarter(result, *rows, final_by_intervention, settings->deadline_days);
    result.first_quarter_start = first_quarter_start(*rows, result.today);
    const bool work_status = context.policy().disclosure().work_status;
    if (content == OverviewContent::QuarterFinalsAndWarnings)
        add_finals(result, *finals, settings->deadline_days);
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
