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

JsonFields JsonFields::of_intervention(const json& body) {
    JsonFields result;
    auto& fields = result.m_values;
    for (const char* key : {"name", "owner", "contact", "purpose", "target_group", "kind",
                            "period_start", "period_end", "ended_on", "granted_sek", "used_sek"}) {
        fields[key] = member_text(body, key);
    }
    if (body.contains("revision"))
        fields["revision"] = member_text(body, "revision");
    std::string partners;
    for (const auto& partner : body.value("partners", json::array()))
        partners += as_text(partner) + "\n";
    fields["partners"] = partners;
    int row = 0;
    for (const auto& goal : body.value("goals", json::array())) {
        if (!goal.is_object())
            continue;
        const std::string suffix = std::to_string(row++);
        fields["goal_text_" + suffix] = member_text(goal, "text");
        fields["goal_target_" + suffix] = member_text(goal, "target");
        fields["goal_unit_" + suffix] = member_text(goal, "unit");
        fields["goal_measure_" + suffix] = member_text(goal, "measure");
    }
    auto& owners = result.m_lists["owner_users"];
    for (const auto& id : body.value("owner_user_ids", json::array()))
        owners.push_back(as_text(id));
    return result;
}

JsonFields JsonFields::of_report(const json& body) {
    JsonFields result;
    auto& fields = result.m_values;
    for (const char* key :
         {"period_start", "period_end", "granted_sek", "used_sek", "reporter_name"})
        fields[key] = member_text(body, key);
    // Kept in locals: items() views its object, which must outlive the loop.
    const json sections = body.value("sections", json::object());
    for (const auto& [id, text] : sections.items())
        fields[section_field(id)] = as_text(text);
    const json figures = body.value("figures", json::object());
    for (const auto& [measure, value] : figures.items()) {
        if (const auto known = measure_from_string(measure))
            fields[figure_field(*known)] = as_text(value);
    }
    return result;
}

FieldSource JsonFields::fields() const& {
    return {[this](const std::string& name) {
                const auto found = m_values.find(name);
                return found == m_values.end() ? std::string() : found->second;
            },
            [this](const std::string& name) {
                return m_values.contains(name) || m_lists.contains(name);
            },
            [this](const std::string& name) {
                const auto found = m_lists.find(name);
                return found == m_lists.end() ? std::vector<std::string>() : found->second;
            }};
}

} // namespace finsam
