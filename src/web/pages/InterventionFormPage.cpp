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

mstch::map option(const std::string& value, const std::string& label, bool selected) {
    return mstch::map{{"value", value}, {"label", label}, {"selected", selected}};
}

/// A select of the goal row's survey measure, with its error beside it: `options`, or the
/// options in `groups` ({label, options}).
mstch::map select_field(const std::string& name, const std::string& label,
                        const std::vector<FieldError>& errors, mstch::array options,
                        mstch::array groups = {}) {
    return mstch::map{{"name", name},
                      {"id", field_id(name)},
                      {"label", label},
                      {"error", error_for(errors, name)},
                      {"options", std::move(options)},
                      {"groups", std::move(groups)}};
}

/// Whether a question can measure a goal: a scale or yes/no question put to the participants.
bool measures_goals(const SurveyQuestion& question) {
    return (question.kind == QuestionKind::Scale || question.kind == QuestionKind::YesNo) &&
           question.text_for(RespondentKind::Participant) != nullptr;
}

/// The survey, question and rule selects of a goal row, and the step a share counts from.
mstch::array survey_fields(const std::string& suffix, const std::optional<SurveyMeasure>& chosen,
                           const std::vector<const SurveyDefinition*>& surveys,
                           const std::vector<FieldError>& errors) {
    mstch::array survey_options{option("", "Ingen enkät (nyckeltal)", !chosen)};
    mstch::array question_groups;
    for (const SurveyDefinition* survey : surveys) {
        const bool survey_chosen = chosen && chosen->survey_id == survey->id;
        survey_options.push_back(option(survey->id, survey->name, survey_chosen));
        mstch::array questions;
        for (const SurveyQuestion* question : survey->questions_for(RespondentKind::Participant)) {
            if (!measures_goals(*question))
                continue;
            const bool question_chosen = survey_chosen && chosen->question_id == question->id;
            questions.push_back(option(
                question->id, *question->text_for(RespondentKind::Participant), question_chosen));
        }
        if (!questions.empty())
            question_groups.push_back(
                mstch::map{{"label", survey->name}, {"options", std::move(questions)}});
    }
    const auto rule_chosen = [&](SurveyGoalRule rule) { return chosen && chosen->rule == rule; };
    mstch::array rules{
        option(std::string(to_string(SurveyGoalRule::ShareAtOrAbove)),
               "Andel svar vid avslut: ja, eller skalsteget nedan och högre (målvärde i procent)",
               rule_chosen(SurveyGoalRule::ShareAtOrAbove)),
        option(std::string(to_string(SurveyGoalRule::MeanChange)),
               "Förändring av medelvärdet från start till avslut (målvärde i steg)",
               rule_chosen(SurveyGoalRule::MeanChange))};
    return mstch::array{
        select_field("goal_survey_" + suffix, "Mäts med enkät", errors, std::move(survey_options)),
        select_field("goal_question_" + suffix, "Enkätfråga", errors,
                     mstch::array{option("", "Välj fråga", !chosen)}, std::move(question_groups)),
        select_field("goal_rule_" + suffix, "Hur svaren mäter målet", errors, std::move(rules))};
}

mstch::array goal_rows(const InterventionFormData& form, const std::vector<FieldError>& errors) {
    mstch::array goals;
    const auto goal_row = [&](int row, const Goal& goal) {
        const std::string suffix = std::to_string(row);
        const std::optional<int> step = goal.survey ? goal.survey->at_or_above : std::nullopt;
        goals.push_back(mstch::map{
            {"number", row + 1},
            {"text", form_field("goal_text_" + suffix, "Mål", goal.text, errors)},
            {"target",
             form_field("goal_target_" + suffix, "Målvärde", number_text(goal.target), errors)},
            {"unit_name", "goal_unit_" + suffix},
            {"unit_id", field_id("goal_unit_" + suffix)},
            {"units", unit_options(goal.unit)},
            {"measure_name", "goal_measure_" + suffix},
            {"measure_id", field_id("goal_measure_" + suffix)},
            {"measures", measure_options(goal.measure)},
            {"survey_fields", survey_fields(suffix, goal.survey, form.surveys, errors)},
            {"at_or_above", form_field("goal_at_or_above_" + suffix, "Från skalsteg (1–10)",
                                       step ? std::to_string(*step) : std::string(), errors)}});
    };
    const InterventionDetails& details = form.details;
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
        {"goals", goal_rows(form, errors)},
        {"goals_from_reports", details.goals_from_reports},
        {"owner_choices", owners},
        // Shown with its error even without choices, so that the summary's link leads to it.
        {"shows_owners", !owners.empty() || !owners_error.empty()},
        {"owners_id", field_id(k_owner_users_field)},
        {"owners_error", owners_error}};
}

} // namespace finsam
