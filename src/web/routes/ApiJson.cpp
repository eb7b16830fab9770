#include "web/routes/ApiJson.h"

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
    for (const auto& goal : details.goals) {
        goals.push_back(
            {{"text", goal.text},
             {"target", optional_value(goal.target)},
             {"unit", goal.unit ? json(to_string(*goal.unit)) : json(nullptr)},
             {"measure", goal.measure ? json(to_string(*goal.measure)) : json(nullptr)}});
    }
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

void hide_small_counts(json& report) {
    for (auto& figure : report["figures"]) {
        figure.erase("quote");
        const double value = figure.value("value", 0.0);
        if (figure.value("unit", std::string()) == "count" && is_small_count(value)) {
            figure["value"] = nullptr;
            figure["suppressed"] = true;
        }
    }
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

} // namespace finsam
