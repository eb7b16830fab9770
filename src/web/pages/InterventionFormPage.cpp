#include "web/pages/InterventionFormPage.h"

#include "app/interventions/InterventionInput.h"
#include "output/SwedishLabels.h"
#include "web/pages/FormFields.h"

#include <algorithm>
#include <cmath>

namespace finsam {

namespace {

constexpr int k_empty_goal_rows = 3;

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

mstch::array goal_rows(const InterventionDetails& details, const std::vector<FieldError>& errors) {
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
    return goals;
}

mstch::array owner_choices(const InterventionDetails& details, const std::vector<User>& users) {
    mstch::array choices;
    for (const auto& user : users) {
        if (user.role != Role::InterventionOwner)
            continue;
        const bool bound = std::find(details.owner_user_ids.begin(), details.owner_user_ids.end(),
                                     user.id) != details.owner_user_ids.end();
        choices.push_back(mstch::map{{"id", std::to_string(user.id)},
                                     {"name", user.display_name},
                                     {"username", user.username},
                                     {"checked", bound}});
    }
    return choices;
}

mstch::array kind_options(InterventionKind chosen) {
    mstch::array kinds;
    for (const auto kind :
         {InterventionKind::Unknown, InterventionKind::Individual, InterventionKind::Structural}) {
        kinds.push_back(mstch::map{
            {"value", std::string(kind == InterventionKind::Unknown ? "" : to_string(kind))},
            {"label", std::string(intervention_kind_label(kind))},
            {"selected", chosen == kind}});
    }
    return kinds;
}

} // namespace

mstch::map intervention_form_page(const InterventionFormData& form,
                                  const std::vector<FieldError>& errors) {
    const InterventionDetails& details = form.details;
    std::string partners;
    for (const auto& partner : details.partners)
        partners += partner + "\n";
    const auto amount = [](const std::optional<std::int64_t>& value) {
        return value ? std::to_string(*value) : std::string();
    };
    const mstch::array owners = owner_choices(details, form.users);
    const std::string owners_error = error_for(errors, k_owner_users_field);
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
        {"kinds", kind_options(details.kind)},
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
        {"goals", goal_rows(details, errors)},
        {"goals_from_reports", details.goals_from_reports},
        {"owner_choices", owners},
        // Shown with its error even without choices, so that the summary's link leads to it.
        {"shows_owners", !owners.empty() || !owners_error.empty()},
        {"owners_id", field_id(k_owner_users_field)},
        {"owners_error", owners_error}};
}

} // namespace finsam
