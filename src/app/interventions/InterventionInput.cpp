#include "app/interventions/InterventionInput.h"

#include "app/InputGuard.h"
#include "app/interventions/SurveyGoalInput.h"
#include "app/reports/ReportForm.h"
#include "domain/Text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace finsam {

namespace {

constexpr int k_max_goal_rows = 50;
/// Above any participant count or percentage a goal could state; keeps it a whole number.
constexpr double k_max_goal_target = 1'000'000;

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
        !(target <= k_max_goal_target)) {
        errors.push_back({field, "Målvärdet ska vara ett tal mellan 0 och 1 000 000, till "
                                 "exempel 30."});
        return std::nullopt;
    }
    return target;
}

std::vector<Goal> read_goals(const FieldSource& fields,
                             const std::vector<const SurveyDefinition*>& surveys,
                             std::vector<FieldError>& errors) {
    std::vector<Goal> goals;
    for (int row = 0; row < k_max_goal_rows; ++row) {
        const std::string suffix = std::to_string(row);
        if (!fields.has("goal_text_" + suffix))
            break;
        const std::string text(trim(fields.value("goal_text_" + suffix)));
        const std::string target_field = "goal_target_" + suffix;
        const auto target = read_target(fields.value(target_field), target_field, errors);
        const auto unit = unit_from_string(fields.value("goal_unit_" + suffix));
        const auto measure = measure_from_string(fields.value("goal_measure_" + suffix));
        auto survey = read_survey_measure(fields, suffix, target, surveys, errors);
        if (text.empty()) {
            if (target || survey)
                errors.push_back({"goal_text_" + suffix, "Skriv målet som målvärdet hör till."});
            continue;
        }
        if (survey)
            goals.push_back(survey_goal(text, target, std::move(*survey)));
        else
            goals.push_back(
                {text, target, target ? unit : std::nullopt, target ? measure : std::nullopt});
    }
    return goals;
}

} // namespace

InterventionInput read_intervention_input(const InterventionDetails& base,
                                          const FieldSource& fields,
                                          const std::vector<const SurveyDefinition*>& surveys) {
    InterventionInput input{base, {}};
    auto& details = input.details;
    auto& errors = input.errors;
    details.name = std::string(trim(fields.value("name")));
    if (details.name.empty())
        errors.push_back({"name", "Skriv insatsens namn."});
    details.owner = text_or_null(fields.value("owner"));
    details.contact = text_or_null(fields.value("contact"));
    details.purpose = text_or_null(fields.value("purpose"));
    details.target_group = text_or_null(fields.value("target_group"));
    details.kind = intervention_kind_from_string(fields.value("kind"));
    details.period_start =
        read_date(fields.value("period_start"), "period_start", "Startdatum", errors);
    details.period_end = read_date(fields.value("period_end"), "period_end", "Slutdatum", errors);
    details.ended_on = read_date(fields.value("ended_on"), "ended_on", "Avslutad", errors);
    if (details.period_start && details.period_end && *details.period_end < *details.period_start)
        errors.push_back({"period_end", "Slutdatum ligger före startdatum."});
    details.granted_sek =
        read_amount(fields.value("granted_sek"), "granted_sek", "Beviljade medel", errors);
    details.used_sek =
        read_amount(fields.value("used_sek"), "used_sek", "Utnyttjade medel", errors);
    details.partners = nonempty_lines(fields.value("partners"));
    details.goals = read_goals(fields, surveys, errors);
    details.goals_from_reports = false;
    details.owner_user_ids.clear();
    bool owner_ids_read = true;
    for (const auto& id : fields.values(k_owner_users_field)) {
        std::int64_t user_id = 0;
        const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), user_id);
        if (error == std::errc{} && end == id.data() + id.size())
            details.owner_user_ids.push_back(user_id);
        else
            owner_ids_read = false;
    }
    if (!owner_ids_read)
        errors.push_back({k_owner_users_field, k_owner_users_message});
    details.revision = sent_revision(fields, details.revision, errors);
    return input;
}

} // namespace finsam
