#include "web/pages/OverviewPage.h"

#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"
#include "web/pages/StatusStyle.h"

namespace finsam {

namespace {

/// The overview lists the newest reports with warnings; the rest are counted.
constexpr std::size_t k_listed_warnings = 20;

bool is_in(const OverviewRow& row) {
    return row.status && *row.status != ReportStatus::Draft;
}

std::string_view timeliness_style(Timeliness state) {
    switch (state) {
    case Timeliness::OnTime:
        return "reviewed";
    case Timeliness::Late:
        return "late";
    case Timeliness::Missing:
        return "missing";
    case Timeliness::NotYetDue:
        return "due";
    }
    return "due";
}

/// The one status of an insats's report for the quarter: how it stands to its deadline, or,
/// without the kansli's work status, only whether there is a reviewed report.
std::string status_text(const OverviewRow& row, Timeliness state, bool work_status) {
    if (!work_status)
        return row.report_id ? "Granskad" : "Ingen granskad rapport";
    if (state == Timeliness::OnTime)
        return "Inkommen i tid";
    if (state == Timeliness::Late)
        return "Inkommen sent";
    return std::string(timeliness_label(state));
}

mstch::map row_view(const OverviewRow& row, Timeliness state, bool work_status) {
    return mstch::map{
        {"intervention_id", std::to_string(row.intervention_id)},
        {"name", row.intervention_name},
        {"owner", row.owner.value_or("")},
        {"arrival", format_iso_or_empty(row.arrival)},
        {"warnings", row.warning_count},
        {"status", status_text(row, state, work_status)},
        {"status_css",
         std::string(work_status ? timeliness_style(state) : (row.report_id ? "reviewed" : "due"))},
        {"handling", is_in(row) ? std::string(status_label(*row.status)) : std::string()},
        {"report_id", row.report_id ? std::to_string(*row.report_id) : std::string()},
        // The board has no column of the kansli's handling: its status links to the report.
        {"status_links", !work_status && row.report_id.has_value()},
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

/// The four parts the quarter's owed reports are split into; they add up to the expected.
mstch::array counts_view(const OverviewCounts& counts) {
    const auto part = [](int count, const char* one, const char* many, const char* css) {
        return mstch::map{{"number", count},
                          {"label", std::string(count == 1 ? one : many)},
                          {"css", std::string(css)}};
    };
    return mstch::array{part(counts.on_time, "inkommen i tid", "inkomna i tid", "on-time"),
                        part(counts.late, "inkommen sent", "inkomna sent", "late"),
                        part(counts.missing, "saknas", "saknas", "missing"),
                        part(counts.not_yet_due, "väntas, sista dagen har inte passerat",
                             "väntas, sista dagen har inte passerat", "due")};
}

mstch::array warnings_view(const std::vector<PendingWarnings>& pending) {
    mstch::array warnings;
    for (const auto& report : pending) {
        if (warnings.size() == k_listed_warnings)
            break;
        warnings.push_back(
            mstch::map{{"report_id", std::to_string(report.report_id)},
                       {"name", report.intervention_name},
                       {"kind", std::string(kind_label(report.kind))},
                       {"period", format_iso_or_empty(report.period_start) + " – " +
                                      format_iso_or_empty(report.period_end)},
                       {"count", count_of(report.warning_count, "varning", "varningar")}});
    }
    return warnings;
}

mstch::array entries_view(const Overview& overview) {
    mstch::array rows;
    for (const auto& entry : overview.entries) {
        mstch::map view = row_view(entry.row, entry.timeliness, overview.work_status);
        view["owed"] = std::string(kind_label(entry.owed));
        view["deadline"] = format_iso(entry.deadline);
        const auto& quarterly = entry.quarterly_too;
        view["quarterly_id"] = quarterly && quarterly->report_id
                                   ? std::to_string(*quarterly->report_id)
                                   : std::string();
        view["quarterly_status"] = quarterly && quarterly->status
                                       ? std::string(status_label(*quarterly->status))
                                       : std::string();
        rows.push_back(std::move(view));
    }
    return rows;
}

mstch::array without_period_view(const Overview& overview) {
    mstch::array rows;
    for (const auto& row : overview.without_period) {
        rows.push_back(mstch::map{
            {"intervention_id", std::to_string(row.intervention_id)},
            {"name", row.intervention_name},
            {"report_id", row.report_id ? std::to_string(*row.report_id) : std::string()},
            {"handling", is_in(row) ? std::string(status_label(*row.status)) : std::string()}});
    }
    return rows;
}

} // namespace

mstch::map overview_page(const Overview& overview) {
    const mstch::array rows = entries_view(overview);
    mstch::array finals;
    for (const auto& final_report : overview.finals) {
        mstch::map view = row_view(final_report.row, final_report.timeliness, overview.work_status);
        view["due"] = format_iso(final_report.due);
        view["ended"] = format_iso(final_report.ended);
        finals.push_back(std::move(view));
    }
    const mstch::array without_period = without_period_view(overview);
    const mstch::array warnings = warnings_view(overview.warnings);
    const auto more_warnings = static_cast<int>(overview.warnings.size() - warnings.size());
    return mstch::map{
        {"work_status", overview.work_status},
        {"quarter", quarter_label(overview.quarter)},
        {"quarter_options", quarter_options(overview)},
        {"deadline", format_iso(overview.deadline)},
        {"rows", rows},
        {"has_rows", !rows.empty()},
        {"expected_text",
         count_of(overview.counts.expected(), "insats ska rapportera", "insatser ska rapportera")},
        {"counts", counts_view(overview.counts)},
        {"without_period", without_period},
        {"has_without_period", !without_period.empty()},
        {"finals", finals},
        {"has_finals", !finals.empty()},
        {"warnings", warnings},
        {"has_warnings", !warnings.empty()},
        {"more_warnings", count_of(more_warnings, "rapport", "rapporter")},
        {"has_more_warnings", more_warnings > 0}};
}

} // namespace finsam
