#include "web/pages/OverviewPage.h"

#include "output/SwedishLabels.h"
#include "web/pages/StatusStyle.h"

namespace finsam {

namespace {

/// The overview lists the newest reports with warnings; the rest are counted.
constexpr std::size_t k_listed_warnings = 20;

/// The status a row shows: the report's once it is in, else how it stands to its deadline;
/// without the kansli's work status only whether there is a reviewed report.
std::string status_text(const OverviewRow& row, Timeliness state, bool work_status) {
    const bool in = row.status && *row.status != ReportStatus::Draft;
    if (in)
        return std::string(status_label(*row.status));
    return work_status ? std::string(timeliness_label(state)) : "Ingen granskad rapport";
}

mstch::map row_view(const OverviewRow& row, Timeliness state, bool work_status) {
    const bool in = row.status && *row.status != ReportStatus::Draft;
    return mstch::map{
        {"intervention_id", std::to_string(row.intervention_id)},
        {"name", row.intervention_name},
        {"owner", row.owner.value_or("")},
        {"timeliness", std::string(timeliness_label(state))},
        {"late", state == Timeliness::Late},
        {"missing", state == Timeliness::Missing},
        {"arrival", format_iso_or_empty(row.arrival)},
        {"warnings", row.warning_count},
        {"status", status_text(row, state, work_status)},
        {"status_css", std::string(in ? status_style(*row.status)
                                      : (state == Timeliness::Missing ? "missing" : "due"))},
        {"report_id", row.report_id ? std::to_string(*row.report_id) : std::string()},
        {"has_draft", row.status == ReportStatus::Draft}};
}

mstch::array quarter_options(const Overview& overview) {
    mstch::array options;
    const auto quarters = quarters_overlapping({overview.first_quarter_start, overview.today});
    for (auto quarter = quarters.rbegin(); quarter != quarters.rend(); ++quarter) {
        options.push_back(mstch::map{{"value", format_iso(quarter->start)},
                                     {"label", quarter_label(*quarter)},
                                     {"selected", quarter->start == overview.quarter.start}});
    }
    return options;
}

mstch::array warnings_view(const std::vector<PendingWarnings>& pending) {
    mstch::array warnings;
    for (const auto& report : pending) {
        if (warnings.size() == k_listed_warnings)
            break;
        warnings.push_back(mstch::map{{"report_id", std::to_string(report.report_id)},
                                      {"name", report.intervention_name},
                                      {"kind", std::string(kind_label(report.kind))},
                                      {"period", format_iso_or_empty(report.period_start) + " – " +
                                                     format_iso_or_empty(report.period_end)},
                                      {"count", report.warning_count}});
    }
    return warnings;
}

} // namespace

mstch::map overview_page(const Overview& overview) {
    mstch::array rows;
    for (const auto& entry : overview.entries)
        rows.push_back(row_view(entry.row, entry.timeliness, overview.work_status));
    mstch::array finals;
    for (const auto& final_report : overview.finals) {
        mstch::map view = row_view(final_report.row, final_report.timeliness, overview.work_status);
        view["due"] = format_iso(final_report.due);
        view["ended"] = format_iso(final_report.ended);
        finals.push_back(std::move(view));
    }
    const mstch::array warnings = warnings_view(overview.warnings);
    const auto more_warnings = overview.warnings.size() - warnings.size();
    return mstch::map{{"work_status", overview.work_status},
                      {"quarter", quarter_label(overview.quarter)},
                      {"quarter_options", quarter_options(overview)},
                      {"deadline", format_iso(overview.deadline)},
                      {"rows", rows},
                      {"has_rows", !rows.empty()},
                      {"expected", overview.counts.expected},
                      {"in", overview.counts.in},
                      {"late", overview.counts.late},
                      {"missing", overview.counts.missing},
                      {"not_yet_due", overview.counts.not_yet_due},
                      {"finals", finals},
                      {"has_finals", !finals.empty()},
                      {"warnings", warnings},
                      {"has_warnings", !warnings.empty()},
                      {"more_warnings", static_cast<int>(more_warnings)},
                      {"has_more_warnings", more_warnings > 0}};
}

} // namespace finsam
