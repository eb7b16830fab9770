#include "domain/SurveyDefinition.h"

#include "domain/NameTable.h"

#include <algorithm>

namespace finsam {

namespace {

constexpr NameTable<SurveyTimePoint, 3> k_time_point_names{{
    {SurveyTimePoint::Start, "start"},
    {SurveyTimePoint::During, "during"},
    {SurveyTimePoint::End, "end"},
}};

constexpr NameTable<RespondentKind, 2> k_respondent_names{{
    {RespondentKind::Participant, "participant"},
    {RespondentKind::Caseworker, "caseworker"},
}};

constexpr NameTable<QuestionKind, 5> k_question_kind_names{{
    {QuestionKind::Scale, "scale"},
    {QuestionKind::SingleChoice, "single_choice"},
    {QuestionKind::MultipleChoice, "multiple_choice"},
    {QuestionKind::YesNo, "yes_no"},
    {QuestionKind::FreeText, "free_text"},
}};

} // namespace

std::string_view to_string(SurveyTimePoint time_point) {
    return name_in(k_time_point_names, time_point);
}

std::optional<SurveyTimePoint> survey_time_point_from_string(std::string_view name) {
    return value_in(k_time_point_names, name);
}

std::string_view to_string(RespondentKind respondent) {
    return name_in(k_respondent_names, respondent);
}

std::optional<RespondentKind> respondent_kind_from_string(std::string_view name) {
    return value_in(k_respondent_names, name);
}

std::string_view to_string(QuestionKind kind) {
    return name_in(k_question_kind_names, kind);
}

std::optional<QuestionKind> question_kind_from_string(std::string_view name) {
    return value_in(k_question_kind_names, name);
}

const std::string* SurveyQuestion::text_for(RespondentKind respondent) const {
    const auto found = texts.find(respondent);
    return found == texts.end() ? nullptr : &found->second;
}

const SurveyQuestion* SurveyDefinition::find_question(std::string_view question_id) const {
    const auto found =
        std::find_if(questions.begin(), questions.end(),
                     [&](const SurveyQuestion& question) { return question.id == question_id; });
    return found == questions.end() ? nullptr : &*found;
}

std::vector<const SurveyQuestion*>
SurveyDefinition::questions_for(RespondentKind respondent) const {
    std::vector<const SurveyQuestion*> asked;
    for (const auto& question : questions) {
        if (question.text_for(respondent))
            asked.push_back(&question);
    }
    return asked;
}

bool SurveyDefinition::asks(RespondentKind respondent) const {
    return std::find(respondents.begin(), respondents.end(), respondent) != respondents.end();
}

bool SurveyDefinition::used_at(SurveyTimePoint time_point) const {
    return std::find(time_points.begin(), time_points.end(), time_point) != time_points.end();
}

} // namespace finsam
