#include "web/InterventionForm.h"

#include "domain/Text.h"
#include "web/Labels.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace finsam {

namespace {

constexpr int k_empty_goal_rows = 3;
constexpr int k_max_goal_rows = 50;

std::optional<std::string> text_or_null(const std::string& typed) {
    const auto value = trim(typed);
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

std::optional<Date> read_date(const std::string& typed, const std::string& field,
                              const std::string& name, std::vector<FieldError>& errors) {
    const auto value = trim(typed);
    if (value.empty())
        return std::nullopt;
    const auto date = parse_iso_date(value);
    if (!date)
        errors.push_back({field, name + ": ange datumet som ÅÅÅÅ-MM-DD."});
    return date;
}

std::optional<double> read_target(const std::string& typed, const std::string& field,
                                  std::vector<FieldError>& errors) {
    std::string value(trim(typed));
    std::replace(value.begin(), value.end(), ',', '.');
    if (value.empty())
        return std::nullopt;
    double target = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), target);
    if (error != std::errc{} || end != value.data() + value.size() || target < 0 ||
        !std::isfinite(target)) {
        errors.push_back({field, "Målvärdet ska vara ett tal, till exempel 30."});
        return std::nullopt;
    }
    return target;
}

std::vector<Goal> read_goals(const std::function<std::string(const std::string&)>& parameter,
                             const std::function<bool(const std::string&)>& has_parameter,
                             std::vector<FieldError>& errors) {
    std::vector<Goal> goals;
    for (int row = 0; row < k_max_goal_rows; ++row) {
        const std::string suffix = std::to_string(row);
        if (!has_parameter("goal_text_" + suffix))
            break;
        const std::string text(trim(parameter("goal_text_" + suffix)));
        const std::string target_field = "goal_target_" + suffix;
        const auto target = read_target(parameter(target_field), target_field, errors);
        const auto unit = unit_from_string(parameter("goal_unit_" + suffix));
        const auto measure = measure_from_string(parameter("goal_measure_" + suffix));
        if (text.empty()) {
            if (target)
                errors.push_back({"goal_text_" + suffix, "Skriv målet som målvärdet hör till."});
            continue;
        }
        goals.push_back(
            {text, target, target ? unit : std::nullopt, target ? measure : std::nullopt});
    }
    return goals;
}

std::string number_text(std::optional<double> value) {
    if (!value)
        return "";
    if (*value == std::floor(*value))
        return std::to_string(static_cast<std::int64_t>(*value));
    std::string text = std::to_string(*value);
    text.erase(text.find_last_not_of('0') + 1);
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

mstch::array unit_options(std::optional<Unit> chosen) {
    mstch::array options;
    for (const auto& [unit, label] : {std::pair{Unit::Count, "antal"}, {Unit::Percent, "procent"}})
        options.push_back(mstch::map{{"value", std::string(to_string(unit))},
                                     {"label", std::string(label)},
                                     {"selected", chosen == unit}});
    return options;
}

mstch::array measure_options(std::optional<Measure> chosen) {
    using enum Measure;
    mstch::array options;
    for (const auto measure :
         {ParticipantsTotal, ParticipantsCurrent, ParticipantsEnded, ParticipantsWomen,
          ParticipantsMen, EndedToWork, EndedToStudies, EndedToWorkOrStudies}) {
        options.push_back(mstch::map{{"value", std::string(to_string(measure))},
                                     {"label", std::string(measure_label(measure))},
                                     {"selected", chosen == measure}});
    }
    return options;
}

} // namespace

std::vector<std::string> nonempty_lines(const std::string& text) {
    std::vector<std::string> lines;
    for (const auto line : split_lines(text)) {
        if (const auto item = trim(line); !item.empty())
            lines.emplace_back(item);
    }
    return lines;
}

mstch::map form_field(const std::string& name, const std::string& label, const std::string& value,
                      const std::vector<FieldError>& errors) {
    mstch::map field{{"name", name}, {"id", field_id(name)}, {"label", label}, {"value", value}};
    if (const auto error = error_for(errors, name); !error.empty())
        field["error"] = error;
    return field;
}

std::string field_id(const std::string& field) {
    std::string id = "f-";
    for (const char character : field)
        id += std::isalnum(static_cast<unsigned char>(character)) ? character : '-';
    return id;
}

mstch::array error_summary(const std::vector<FieldError>& errors) {
    mstch::array list;
    for (const auto& error : errors)
        list.push_back(mstch::map{{"id", field_id(error.field)}, {"message", error.message}});
    return list;
}

std::string error_for(const std::vector<FieldError>& errors, const std::string& field) {
    std::string message;
    for (const auto& error : errors) {
        if (error.field == field)
            message += (message.empty() ? "" : " ") + error.message;
    }
    return message;
}

InterventionFormCheck
read_intervention_form(const InterventionDetails& base,
                       const std::function<std::string(const std::string&)>& parameter,
                       const std::function<bool(const std::string&)>& has_parameter,
                       const std::vector<std::string>& owner_user_values) {
    InterventionFormCheck check{base, {}};
    auto& details = check.details;
    auto& errors = check.errors;
    details.name = std::string(trim(parameter("name")));
    if (details.name.empty())
        errors.push_back({"name", "Skriv insatsens namn."});
    details.owner = text_or_null(parameter("owner"));
    details.contact = text_or_null(parameter("contact"));
    details.purpose = text_or_null(parameter("purpose"));
    details.target_group = text_or_null(parameter("target_group"));
    details.kind = intervention_kind_from_string(parameter("kind"));
    details.period_start =
        read_date(parameter("period_start"), "period_start", "Startdatum", errors);
    details.period_end = read_date(parameter("period_end"), "period_end", "Slutdatum", errors);
    details.ended_on = read_date(parameter("ended_on"), "ended_on", "Avslutad", errors);
    if (details.period_start && details.period_end && *details.period_end < *details.period_start)
        errors.push_back({"period_end", "Slutdatum ligger före startdatum."});
    details.granted_sek =
        read_amount(parameter("granted_sek"), "granted_sek", "Beviljade medel", errors);
    details.used_sek = read_amount(parameter("used_sek"), "used_sek", "Utnyttjade medel", errors);
    details.partners = nonempty_lines(parameter("partners"));
    details.goals = read_goals(parameter, has_parameter, errors);
    details.goals_from_reports = false;
    details.owner_user_ids.clear();
    for (const auto& id : owner_user_values) {
        std::int64_t user_id = 0;
        if (std::from_chars(id.data(), id.data() + id.size(), user_id).ec == std::errc{})
            details.owner_user_ids.push_back(user_id);
    }
    const std::string revision = parameter("revision");
    std::from_chars(revision.data(), revision.data() + revision.size(), details.revision);
    return check;
}

mstch::map intervention_form_view(const InterventionDetails& details,
                                  const std::vector<FieldError>& errors,
                                  const std::vector<User>& owners) {
    mstch::array goals;
    const auto goal_row = [&](int row, const Goal& goal) {
        const std::string suffix = std::to_string(row);
        goals.push_back(
            mstch::map{{"number", row + 1},
                       {"text", form_field("goal_text_" + suffix, "Mål", goal.text, errors)},
                       {"target", form_field("goal_target_" + suffix, "Målvärde",
                                             number_text(goal.target), errors)},
                       {"unit_name", "goal_unit_" + suffix},
                       {"unit_id", field_id("goal_unit_" + suffix)},
                       {"units", unit_options(goal.unit)},
                       {"measure_name", "goal_measure_" + suffix},
                       {"measure_id", field_id("goal_measure_" + suffix)},
                       {"measures", measure_options(goal.measure)}});
    };
    int row = 0;
    for (const auto& goal : details.goals)
        goal_row(row++, goal);
    for (int extra = 0; extra < k_empty_goal_rows; ++extra)
        goal_row(row++, Goal{});

    mstch::array owner_choices;
    for (const auto& user : owners) {
        if (user.role != Role::InterventionOwner)
            continue;
        const bool bound = std::find(details.owner_user_ids.begin(), details.owner_user_ids.end(),
                                     user.id) != details.owner_user_ids.end();
        owner_choices.push_back(mstch::map{{"id", std::to_string(user.id)},
                                           {"name", user.display_name},
                                           {"username", user.username},
                                           {"checked", bound}});
    }
    mstch::array kinds;
    for (const auto kind :
         {InterventionKind::Unknown, InterventionKind::Individual, InterventionKind::Structural}) {
        kinds.push_back(mstch::map{
            {"value", std::string(kind == InterventionKind::Unknown ? "" : to_string(kind))},
            {"label", std::string(intervention_kind_label(kind))},
            {"selected", details.kind == kind}});
    }
    std::string partners;
    for (const auto& partner : details.partners)
        partners += partner + "\n";
    const auto amount = [](const std::optional<std::int64_t>& value) {
        return value ? std::to_string(*value) : std::string();
    };
    return mstch::map{
        {"id", std::to_string(details.id)},
        {"is_new", details.id == 0},
        {"revision", std::to_string(details.revision)},
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
        {"name", form_field("name", "Insatsens namn", details.name, errors)},
        {"owner",
         form_field("owner", "Huvudman (insatsägare)", details.owner.value_or(""), errors)},
        {"contact", form_field("contact", "Kontaktperson", details.contact.value_or(""), errors)},
        {"purpose", form_field("purpose", "Syfte", details.purpose.value_or(""), errors)},
        {"target_group",
         form_field("target_group", "Målgrupp", details.target_group.value_or(""), errors)},
        {"kinds", kinds},
        {"period_start", form_field("period_start", "Startdatum",
                                    format_iso_or_empty(details.period_start), errors)},
        {"period_end",
         form_field("period_end", "Slutdatum", format_iso_or_empty(details.period_end), errors)},
        {"ended_on", form_field("ended_on", "Avslutad (lämna tomt för en pågående insats)",
                                format_iso_or_empty(details.ended_on), errors)},
        {"granted_sek",
         form_field("granted_sek", "Beviljade medel (kr)", amount(details.granted_sek), errors)},
        {"used_sek",
         form_field("used_sek", "Utnyttjade medel (kr)", amount(details.used_sek), errors)},
        {"partners", form_field("partners", "Samverkansparter (en per rad)", partners, errors)},
        {"goals", goals},
        {"goals_from_reports", details.goals_from_reports},
        {"owner_choices", owner_choices},
        {"has_owner_choices", !owner_choices.empty()}};
}

} // namespace finsam
