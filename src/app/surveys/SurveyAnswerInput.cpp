#include "app/surveys/SurveyAnswerInput.h"

#include "app/InputGuard.h"
#include "domain/Text.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace finsam {

namespace {

/// One question's value as sent: nullopt when nothing was chosen or written; an error
/// message when what was sent is not an answer to it.
struct ReadValue {
    std::optional<AnswerValue> value;
    std::string problem;
};

bool is_option(const SurveyQuestion& question, const std::string& code) {
    return std::any_of(question.options.begin(), question.options.end(),
                       [&](const ChoiceOption& option) { return option.code == code; });
}

ReadValue read_scale(const std::string& sent) {
    if (sent.empty())
        return {};
    int value = 0;
    const auto [end, error] = std::from_chars(sent.data(), sent.data() + sent.size(), value);
    if (error != std::errc{} || end != sent.data() + sent.size() || value < k_scale_lowest ||
        value > k_scale_highest)
        return {std::nullopt, "Välj ett värde från 1 till 10."};
    return {ScaleValue{value}, ""};
}

ReadValue read_choices(const SurveyQuestion& question, std::vector<std::string> sent) {
    std::erase(sent, std::string());
    if (sent.empty())
        return {};
    if (question.kind == QuestionKind::SingleChoice && sent.size() > 1)
        return {std::nullopt, "Välj ett av svaren."};
    ChoiceValue choice;
    for (const auto& code : sent) {
        if (!is_option(question, code))
            return {std::nullopt, "Välj bland svaren som finns."};
        if (std::find(choice.codes.begin(), choice.codes.end(), code) == choice.codes.end())
            choice.codes.push_back(code);
    }
    return {choice, ""};
}

ReadValue read_yes_no(const std::string& sent) {
    if (sent.empty())
        return {};
    if (sent != "ja" && sent != "nej")
        return {std::nullopt, "Välj ja eller nej."};
    return {YesNoValue{sent == "ja"}, ""};
}

ReadValue read_text(const std::string& sent) {
    const std::string text(trim(sent));
    if (text.empty())
        return {};
    if (const auto problem = text_problem(text, k_free_text_bytes))
        return {std::nullopt, *problem};
    return {TextValue{text}, ""};
}

ReadValue read_value(const SurveyQuestion& question, const FieldSource& fields) {
    const std::string field = question_field(question);
    switch (question.kind) {
    case QuestionKind::Scale:
        return read_scale(fields.value(field));
    case QuestionKind::SingleChoice:
    case QuestionKind::MultipleChoice: {
        auto sent = fields.values(field);
        if (sent.empty() && fields.has(field))
            sent.push_back(fields.value(field));
        return read_choices(question, std::move(sent));
    }
    case QuestionKind::YesNo:
        return read_yes_no(fields.value(field));
    case QuestionKind::FreeText:
        return read_text(fields.value(field));
    }
    return {};
}

} // namespace

std::string question_field(std::string_view question_id) {
    return "q_" + std::string(question_id);
}

std::string question_field(const SurveyQuestion& question) {
    return question_field(question.id);
}

AppResult<std::map<std::string, AnswerValue>> read_survey_answer(const SurveyDefinition& survey,
                                                                 RespondentKind respondent,
                                                                 const FieldSource& fields) {
    std::map<std::string, AnswerValue> values;
    std::vector<FieldError> errors;
    int number = 0;
    for (const auto* question : survey.questions_for(respondent)) {
        ++number;
        auto read = read_value(*question, fields);
        const std::string where = "Fråga " + std::to_string(number) + ": ";
        if (!read.problem.empty())
            errors.push_back({question_field(*question), where + read.problem});
        else if (read.value)
            values.emplace(question->id, std::move(*read.value));
        else if (question->required)
            errors.push_back({question_field(*question), where + "Frågan behöver ett svar."});
    }
    if (!errors.empty())
        return tl::unexpected(AppError::invalid(std::move(errors)));
    return values;
}

} // namespace finsam
