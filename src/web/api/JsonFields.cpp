#include "web/api/JsonFields.h"

#include "app/reports/ReportForm.h"

#include <climits>

namespace finsam {

using nlohmann::json;

namespace {

std::string type_error(const std::string& expected) {
    return "Fel typ i JSON: ska vara " + expected + ".";
}

/// A number as a form would post it: whole numbers in digits, others as JSON writes them.
std::string number_text(const json& value) {
    if (value.is_number_integer())
        return value.dump();
    return json(value.get<double>()).dump();
}

/// Reads members into a FieldMap, collecting an error for each member of the wrong type.
class MemberReader {
public:
    explicit MemberReader(const json& body) : m_body(body) {}

    /// Text, or null.
    void text(const char* key, const std::string& field) {
        if (const auto value = text_member(m_body, key, m_errors))
            m_fields.set(field, *value);
    }
    void text(const char* key) { text(key, key); }

    /// A number, text (as typed in a form), or null.
    void number(const json& object, const char* key, const std::string& field) {
        const auto found = object.find(key);
        if (found == object.end() || found->is_null())
            m_fields.set(field, "");
        else if (found->is_number())
            m_fields.set(field, number_text(*found));
        else if (found->is_string())
            m_fields.set(field, found->get<std::string>());
        else
            m_errors.push_back({field, type_error("ett tal")});
    }
    void number(const char* key) { number(m_body, key, key); }

    /// The member's elements when it is a list (null and missing read as none).
    std::optional<json> list(const char* key) {
        const auto found = m_body.find(key);
        if (found == m_body.end() || found->is_null())
            return json::array();
        if (found->is_array())
            return *found;
        m_errors.push_back({key, type_error("en lista")});
        return std::nullopt;
    }

    /// The member when it is an object (null and missing read as empty).
    std::optional<json> object(const char* key) {
        const auto found = m_body.find(key);
        if (found == m_body.end() || found->is_null())
            return json::object();
        if (found->is_object())
            return *found;
        m_errors.push_back({key, type_error("ett objekt")});
        return std::nullopt;
    }

    FieldMap& fields() { return m_fields; }
    std::vector<FieldError>& errors() { return m_errors; }

    AppResult<FieldMap> result() {
        if (!m_errors.empty())
            return tl::unexpected(AppError::invalid(std::move(m_errors)));
        return std::move(m_fields);
    }

private:
    const json& m_body;
    FieldMap m_fields;
    std::vector<FieldError> m_errors;
};

void read_partners(MemberReader& reader) {
    const auto partners = reader.list("partners");
    if (!partners)
        return;
    std::string lines;
    for (const auto& partner : *partners) {
        if (!partner.is_string()) {
            reader.errors().push_back({"partners", type_error("en lista av texter")});
            return;
        }
        lines += partner.get<std::string>() + "\n";
    }
    reader.fields().set("partners", lines);
}

/// A goal's `survey` ({"survey", "question", "rule", "at_or_above"}, or null) as the form's
/// fields of its row.
void read_survey_measure(MemberReader& reader, const json& goal, const std::string& suffix) {
    const auto found = goal.find("survey");
    if (found == goal.end() || found->is_null())
        return;
    if (!found->is_object()) {
        reader.errors().push_back({"goal_survey_" + suffix, type_error("ett objekt")});
        return;
    }
    for (const auto& [key, field] : {std::pair{"survey", "goal_survey_"},
                                     {"question", "goal_question_"},
                                     {"rule", "goal_rule_"}}) {
        const auto value = text_member(*found, key, reader.errors());
        reader.fields().set(field + suffix, value.value_or(""));
    }
    reader.number(*found, "at_or_above", "goal_at_or_above_" + suffix);
}

void read_goals(MemberReader& reader) {
    const auto goals = reader.list("goals");
    if (!goals)
        return;
    int row = 0;
    for (const auto& goal : *goals) {
        const std::string suffix = std::to_string(row++);
        if (!goal.is_object()) {
            reader.errors().push_back({"goal_text_" + suffix, type_error("ett objekt")});
            continue;
        }
        for (const char* key : {"text", "unit", "measure"}) {
            const auto value = text_member(goal, key, reader.errors());
            reader.fields().set("goal_" + std::string(key) + "_" + suffix, value.value_or(""));
        }
        reader.number(goal, "target", "goal_target_" + suffix);
        read_survey_measure(reader, goal, suffix);
    }
}

void read_owner_ids(MemberReader& reader) {
    const auto ids = reader.list("owner_user_ids");
    if (!ids)
        return;
    for (const auto& id : *ids) {
        if (!id.is_number_integer()) {
            reader.errors().push_back({"owner_user_ids", type_error("en lista av heltal")});
            return;
        }
        reader.fields().add("owner_user_ids", id.dump());
    }
}

} // namespace

std::optional<std::string> text_member(const json& body, const char* key,
                                       std::vector<FieldError>& errors) {
    const auto found = body.find(key);
    if (found == body.end() || found->is_null())
        return std::string();
    if (found->is_string())
        return found->get<std::string>();
    errors.push_back({key, type_error("text")});
    return std::nullopt;
}

std::optional<int> revision_member(const json& body) {
    const auto found = body.find("revision");
    if (found == body.end())
        return std::nullopt;
    if (found->is_number_unsigned()) {
        const auto value = found->get<std::uint64_t>();
        return value >= 1 && value <= INT_MAX ? std::optional(static_cast<int>(value))
                                              : std::nullopt;
    }
    if (found->is_number_integer()) {
        const auto value = found->get<std::int64_t>();
        return value >= 1 && value <= INT_MAX ? std::optional(static_cast<int>(value))
                                              : std::nullopt;
    }
    return std::nullopt;
}

AppResult<FieldMap> intervention_fields(const json& body) {
    MemberReader reader(body);
    for (const char* key : {"name", "owner", "contact", "purpose", "target_group", "kind",
                            "period_start", "period_end", "ended_on"})
        reader.text(key);
    for (const char* key : {"granted_sek", "used_sek"})
        reader.number(key);
    if (body.contains("revision")) {
        if (const auto revision = revision_member(body))
            reader.fields().set("revision", std::to_string(*revision));
        else
            reader.errors().push_back({"revision", type_error("ett heltal från 1")});
    }
    read_partners(reader);
    read_goals(reader);
    read_owner_ids(reader);
    return reader.result();
}

AppResult<FieldMap> report_fields(const json& body) {
    MemberReader reader(body);
    for (const char* key : {"period_start", "period_end", "reporter_name"})
        reader.text(key);
    for (const char* key : {"granted_sek", "used_sek"})
        reader.number(key);
    if (const auto sections = reader.object("sections")) {
        for (const auto& [id, text] : sections->items()) {
            if (text.is_string())
                reader.fields().set(section_field(id), text.get<std::string>());
            else if (!text.is_null())
                reader.errors().push_back({section_field(id), type_error("text")});
        }
    }
    if (const auto figures = reader.object("figures")) {
        for (const auto& [key, value] : figures->items()) {
            // A key is a measure, or a measure and the part of its breakdown
            // ("participants_new:kvinna"): the form field's name without "figure:".
            const auto measure = key.substr(0, key.find(':'));
            if (measure_from_string(measure))
                reader.number(*figures, key.c_str(), "figure:" + key);
        }
    }
    return reader.result();
}

AppResult<ActionMembers> action_members(const json& body) {
    std::vector<FieldError> errors;
    ActionMembers members;
    const auto revision = revision_member(body);
    if (!revision)
        errors.push_back({"revision", "Skicka JSON med rapportens revision (ett heltal från 1)."});
    members.revision = revision.value_or(0);
    members.comment = text_member(body, "comment", errors).value_or("");
    members.signature = text_member(body, "signature", errors).value_or("");
    members.arrival_date = text_member(body, "arrival_date", errors).value_or("");
    members.registry_number = text_member(body, "registry_number", errors).value_or("");
    if (!errors.empty())
        return tl::unexpected(AppError::invalid(std::move(errors)));
    return members;
}

} // namespace finsam
