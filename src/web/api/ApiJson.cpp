#include "web/api/ApiJson.h"

#include "output/ReportJson.h"

namespace finsam {

using nlohmann::json;

namespace {

template <typename T> json optional_value(const std::optional<T>& value) {
    return value ? json(*value) : json(nullptr);
}

} // namespace

json optional_date(const std::optional<Date>& date) {
    return date ? json(format_iso(*date)) : json(nullptr);
}

json intervention_json(const InterventionDetails& details) {
    json goals = json::array();
    for (const auto& goal : details.goals)
        goals.push_back(goal_json(goal));
    return {{"id", details.id},
            {"name", details.name},
            {"owner", optional_value(details.owner)},
            {"contact", optional_value(details.contact)},
            {"purpose", optional_value(details.purpose)},
            {"target_group", optional_value(details.target_group)},
            {"kind", details.kind == InterventionKind::Unknown ? json(nullptr)
                                                               : json(to_string(details.kind))},
            {"period_start", optional_date(details.period_start)},
            {"period_end", optional_date(details.period_end)},
            {"ended_on", optional_date(details.ended_on)},
            {"granted_sek", optional_value(details.granted_sek)},
            {"used_sek", optional_value(details.used_sek)},
            {"partners", details.partners},
            {"goals", goals},
            {"owner_user_ids", details.owner_user_ids},
            {"revision", details.revision}};
}

json state_json(const ReportState& state) {
    return {{"id", state.id},
            {"intervention_id", state.intervention_id},
            {"kind", to_string(state.kind)},
            {"period_start", optional_date(state.period.start)},
            {"period_end", optional_date(state.period.end)},
            {"status", to_string(state.status)},
            {"revision", state.revision},
            {"registry_number", optional_value(state.registry_number)},
            {"arrival_date", optional_date(state.arrival_date)},
            {"signature", optional_value(state.signature)},
            {"version_count", state.version_count}};
}

json disclosed_report_json(const DisclosedVersion& version) {
    Report report = version.report;
    for (const auto& figure : version.figures)
        report.figures.push_back({figure.measure, figure.value.value_or(0), figure.unit,
                                  figure.section_id, figure.quote, figure.category});
    json body = report_json(report);
    auto& figures = body["figures"];
    for (std::size_t index = 0; index < version.figures.size(); ++index) {
        if (!version.quotes_shown)
            figures[index].erase("quote");
        if (version.figures[index].suppressed) {
            figures[index]["value"] = nullptr;
            figures[index]["suppressed"] = true;
        }
    }
    if (!version.warnings_shown)
        body.erase("warnings");
    return body;
}

json figure_standing_json(const FigureStanding& standing) {
    json confirmed = nullptr;
    if (standing.confirmed) {
        confirmed = json::object();
        if (standing.confirmed_at)
            confirmed["at"] = standing.confirmed_at->iso();
        if (standing.confirmed_by)
            confirmed["by"] = *standing.confirmed_by;
    }
    return {{"read_from_text", standing.read_from_text}, {"confirmed", confirmed}};
}

json report_row_json(const InterventionReportRow& report, bool with_warnings) {
    json row = {{"id", report.report_id},
                {"kind", to_string(report.kind)},
                {"period_start", optional_date(report.period_start)},
                {"period_end", optional_date(report.period_end)},
                {"status", report.status ? json(to_string(*report.status)) : json(nullptr)},
                {"version_count", report.version_count}};
    if (with_warnings)
        row["warning_count"] = report.warning_count;
    return row;
}

json overview_json(const Overview& overview) {
    json rows = json::array();
    for (const auto& entry : overview.entries) {
        const OverviewRow& row = entry.row;
        const Timeliness state = entry.timeliness;
        json item = {{"intervention_id", row.intervention_id},
                     {"intervention_name", row.intervention_name},
                     {"kind", to_string(entry.owed)},
                     {"report_id", optional_value(row.report_id)},
                     {"status", row.status ? json(to_string(*row.status)) : json(nullptr)}};
        if (overview.work_status) {
            item["deadline"] = format_iso(entry.deadline);
            item["timeliness"] = state == Timeliness::OnTime    ? "on_time"
                                 : state == Timeliness::Late    ? "late"
                                 : state == Timeliness::Missing ? "missing"
                                                                : "not_yet_due";
            item["arrival"] = optional_date(row.arrival);
            item["warning_count"] = row.warning_count;
        }
        rows.push_back(std::move(item));
    }
    json body = {{"quarter",
                  {{"start", format_iso(overview.quarter.start)},
                   {"end", format_iso(overview.quarter.end)}}},
                 {"reports", rows}};
    if (overview.work_status) {
        const OverviewCounts& counts = overview.counts;
        body["deadline"] = format_iso(overview.deadline);
        body["counts"] = {{"expected", counts.expected()},
                          {"on_time", counts.on_time},
                          {"late", counts.late},
                          {"missing", counts.missing},
                          {"not_yet_due", counts.not_yet_due}};
        json without_period = json::array();
        for (const auto& row : overview.without_period)
            without_period.push_back({{"intervention_id", row.intervention_id},
                                      {"intervention_name", row.intervention_name}});
        body["without_period"] = std::move(without_period);
    }
    return body;
}

} // namespace finsam
