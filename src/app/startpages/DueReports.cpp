#include "app/startpages/DueReports.h"

#include "app/overview/Overview.h"

#include <algorithm>
#include <chrono>

namespace finsam {

namespace {

/// A year of quarters before the current one: a report owed for longer than that is long
/// overdue, and the overview lists it.
constexpr int k_quarters_back = 4;

bool is_in(const OverviewRow& row) {
    return row.status && *row.status != ReportStatus::Draft;
}

DueReport due_report(const OverviewRow& row, ReportKind kind, const Period& quarter, Date deadline,
                     Timeliness state) {
    DueReport due{row.intervention_id,
                  row.intervention_name,
                  kind,
                  quarter.start,
                  quarter.end,
                  deadline,
                  state == Timeliness::Missing,
                  std::nullopt};
    if (kind == ReportKind::Final) {
        due.period_start = row.period_start;
        due.period_end = row.ended_on ? row.ended_on : row.period_end;
    }
    if (row.status == ReportStatus::Draft)
        due.draft_report_id = row.report_id;
    return due;
}

bool listed(const std::vector<DueReport>& due, std::int64_t intervention_id, ReportKind kind,
            std::optional<Date> period_end) {
    return std::any_of(due.begin(), due.end(), [&](const DueReport& report) {
        return report.intervention_id == intervention_id && report.kind == kind &&
               (kind == ReportKind::Final || report.period_end == period_end);
    });
}

} // namespace

AppResult<std::vector<DueReport>> due_reports(const AppContext& context) {
    std::vector<DueReport> due;
    Period quarter = Period::quarter_of(context.clock().today());
    for (int back = 0; back <= k_quarters_back; ++back) {
        const auto content =
            back == 0 ? OverviewContent::QuarterFinalsAndWarnings : OverviewContent::Quarter;
        const auto shown = overview(context, quarter.start, content);
        if (!shown)
            return tl::unexpected(shown.error());
        for (const auto& entry : shown->entries) {
            if (!is_in(entry.row) &&
                !listed(due, entry.row.intervention_id, entry.owed, quarter.end))
                due.push_back(
                    due_report(entry.row, entry.owed, quarter, entry.deadline, entry.timeliness));
        }
        for (const auto& final_report : shown->finals) {
            if (!is_in(final_report.row) &&
                !listed(due, final_report.row.intervention_id, ReportKind::Final, std::nullopt))
                due.push_back(due_report(final_report.row, ReportKind::Final, quarter,
                                         final_report.due, final_report.timeliness));
        }
        quarter =
            Period::quarter_of(Date{std::chrono::sys_days{quarter.start} - std::chrono::days{1}});
    }
    std::stable_sort(due.begin(), due.end(), [](const DueReport& a, const DueReport& b) {
        return a.deadline < b.deadline;
    });
    return due;
}

} // namespace finsam
