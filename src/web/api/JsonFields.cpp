#include "web/api/JsonFields.h"

#include "app/reports/ReportForm.h"

namespace finsam {

using nlohmann::json;

std::string as_text(const json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<std::int64_t>());
    if (value.is_number())
        return json(value).dump();
    return "";
}

std::string member_text(const json& body, const char* key) {
    const auto found = body.find(key);
    return found == body.end() ? std::string() : as_text(*found);
}

FieldMap intervention_fields(const json& body) {
    FieldMap fields;
    for (const char* key : {"name", "owner", "contact", "purpose", "target_group", "kind",
                            "period_start", "period_end", "ended_on", "granted_sek", "used_sek"}) {
        fields.set(key, member_text(body, key));
    }
    if (body.contains("revision"))
        fields.set("revision", member_text(body, "revision"));
    std::string partners;
    for (const auto& partner : body.value("partners", json::array()))
        partners += as_text(partner) + "\n";
    fields.set("partners", partners);
    int row = 0;
    for (const auto& goal : body.value("goals", json::array())) {
        if (!goal.is_object())
            continue;
        const std::string suffix = std::to_string(row++);
        fields.set("goal_text_" + suffix, member_text(goal, "text"));
        fields.set("goal_target_" + suffix, member_text(goal, "target"));
        fields.set("goal_unit_" + suffix, member_text(goal, "unit"));
        fields.set("goal_measure_" + suffix, member_text(goal, "measure"));
    }
    for (const auto& id : body.value("owner_user_ids", json::array()))
        fields.add("owner_user_ids", as_text(id));
    return fields;
}

FieldMap report_fields(const json& body) {
    FieldMap fields;
    for (const char* key :
         {"period_start", "period_end", "granted_sek", "used_sek", "reporter_name"})
        fields.set(key, member_text(body, key));
    // Kept in locals: items() views its object, which must outlive the loop.
    const json sections = body.value("sections", json::object());
    for (const auto& [id, text] : sections.items())
        fields.set(section_field(id), as_text(text));
    const json figures = body.value("figures", json::object());
    for (const auto& [measure, value] : figures.items()) {
        if (const auto known = measure_from_string(measure))
            fields.set(figure_field(*known), as_text(value));
    }
    return fields;
}

} // namespace finsam
