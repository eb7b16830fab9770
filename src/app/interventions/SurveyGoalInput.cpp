#include "app/interventions/SurveyGoalInput.h"

#include "domain/Text.h"

#include <algorithm>
#include <charconv>

namespace finsam {

namespace {

const SurveyDefinition* find_survey(const std::vector<const SurveyDefinition*>& surveys,
                                    const std::string& id) {
    const auto found =
        std::find_if(surveys.begin(), surveys.end(),
                     [&](const SurveyDefinition* survey) { return survey->id == id; });
    return found == surveys.end() ? nullptr : *found;
}

std::optional<int> read_step(const std::string& typed) {
    int step = 0;
    const auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), step);
    if (error != std::errc{} || end != typed.data() + typed.size() || step < k_scale_lowest ||
        step > k_scale_highest)
        return std::nullopt;
    return step;
}

/// The question, when it is one a goal can be measured by: a scale or a yes/no question put
/// to the participants.
const SurveyQuestion* measurable_question(const SurveyDefinition& survey,
                                          const std::string& question_id, const std::string& field,
                                          std::vector<FieldError>& errors) {
    const SurveyQuestion* question = survey.find_question(question_id);
    if (question == nullptr) {
        errors.push_back({field, question_id.empty()
                                     ? "Välj frågan i enkäten " + survey.name + " som mäter målet."
                                     : "Frågan finns inte i enkäten " + survey.name + "."});
        return nullptr;
    }
    if (question->kind != QuestionKind::Scale && question->kind != QuestionKind::YesNo) {
        errors.push_back({field, "Välj en skalfråga eller en ja/nej-fråga: ett mål kan inte "
                                 "mätas med en fritextfråga eller en flervalsfråga."});
        return nullptr;
    }
    if (question->text_for(RespondentKind::Participant) == nullptr) {
        errors.push_back({field, "Frågan ställs inte till deltagarna, så den kan inte mäta "
                                 "målet."});
        return nullptr;
    }
    return question;
}

void check_target(SurveyGoalRule rule, std::optional<double> target, const std::string& field,
                  std::vector<FieldError>& errors) {
    if (!target) {
        errors.push_back({field, rule == SurveyGoalRule::ShareAtOrAbove
                                     ? "Ange målvärdet: andelen i procent, till exempel 70."
                                     : "Ange målvärdet: förändringen i steg, till exempel 1,5."});
        return;
    }
    if (rule == SurveyGoalRule::ShareAtOrAbove && !(*target > 0 && *target <= 100))
        errors.push_back({field, "Andelen ska vara mer än 0 och högst 100 procent."});
    constexpr double max_change = k_scale_highest - k_scale_lowest;
    if (rule == SurveyGoalRule::MeanChange && !(*target > 0 && *target <= max_change))
        errors.push_back({field, "Förändringen ska vara mer än 0 och högst 9 steg."});
}

} // namespace

std::optional<SurveyMeasure> read_survey_measure(
    const FieldSource& fields, const std::string& suffix, std::optional<double> target,
    const std::vector<const SurveyDefinition*>& surveys, std::vector<FieldError>& errors) {
    const std::string survey_field = "goal_survey_" + suffix;
    const std::string question_field = "goal_question_" + suffix;
    const std::string rule_field = "goal_rule_" + suffix;
    const std::string step_field = "goal_at_or_above_" + suffix;
    SurveyMeasure measure{std::string(trim(fields.value(survey_field))),
                          std::string(trim(fields.value(question_field)))};
    if (measure.survey_id.empty())
        return std::nullopt;
    const auto rule = survey_goal_rule_from_string(trim(fields.value(rule_field)));
    measure.rule = rule.value_or(SurveyGoalRule::ShareAtOrAbove);
    measure.at_or_above = read_step(std::string(trim(fields.value(step_field))));

    const SurveyDefinition* survey = find_survey(surveys, measure.survey_id);
    if (survey == nullptr) {
        errors.push_back({survey_field, "Enkäten finns inte bland förbundets enkäter."});
        return measure;
    }
    const SurveyQuestion* question =
        measurable_question(*survey, measure.question_id, question_field, errors);
    if (!rule)
        errors.push_back({rule_field, "Välj hur enkätsvaren mäter målet: andelen svar vid "
                                      "avslut eller förändringen från start till avslut."});
    if (question == nullptr || !rule)
        return measure;
    const bool yes_no = question->kind == QuestionKind::YesNo;
    if (yes_no || *rule == SurveyGoalRule::MeanChange)
        measure.at_or_above.reset();
    if (yes_no && *rule == SurveyGoalRule::MeanChange) {
        errors.push_back({rule_field, "En förändring i steg kan bara mätas med en skalfråga. "
                                      "Välj andelen som svarar ja."});
        return measure;
    }
    const bool answered_when_needed =
        survey->used_at(SurveyTimePoint::End) &&
        (*rule == SurveyGoalRule::ShareAtOrAbove || survey->used_at(SurveyTimePoint::Start));
    if (!answered_when_needed) {
        errors.push_back({rule_field, *rule == SurveyGoalRule::ShareAtOrAbove
                                          ? "Enkäten besvaras inte vid avslut, så andelen svar "
                                            "vid avslut kan inte mäta målet."
                                          : "Enkäten besvaras inte både vid start och vid "
                                            "avslut, så förändringen kan inte mäta målet."});
        return measure;
    }
    if (!yes_no && *rule == SurveyGoalRule::ShareAtOrAbove && !measure.at_or_above)
        errors.push_back({step_field, "Ange skalsteget som andelen räknas från, ett heltal från "
                                      "1 till 10."});
    check_target(*rule, target, "goal_target_" + suffix, errors);
    return measure;
}

Goal survey_goal(std::string text, std::optional<double> target, SurveyMeasure survey) {
    const std::optional<Unit> unit =
        survey.rule == SurveyGoalRule::ShareAtOrAbove ? std::optional(Unit::Percent) : std::nullopt;
    return Goal{std::move(text), target, unit, std::nullopt, std::move(survey)};
}

} // namespace finsam
