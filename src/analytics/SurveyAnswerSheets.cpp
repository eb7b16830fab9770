#include "analytics/SurveyAnswerSheets.h"

#include <algorithm>

namespace finsam {

namespace {

std::string question_text(const SurveyQuestion& question) {
    if (const std::string* text = question.text_for(RespondentKind::Participant))
        return *text;
    if (const std::string* text = question.text_for(RespondentKind::Caseworker))
        return *text;
    return question.id;
}

/// The position of a choice's code among the question's options; -1 (counted for nothing)
/// for a code it does not have.
int option_of(const SurveyQuestion& question, const std::string& code) {
    const auto found =
        std::find_if(question.options.begin(), question.options.end(),
                     [&](const ChoiceOption& option) { return option.code == code; });
    return found == question.options.end() ? -1
                                           : static_cast<int>(found - question.options.begin());
}

/// A value as the options it chose, or its text; an empty answer when it does not fit the
/// question's kind (which the results then do not count).
QuestionAnswer answer_of(const SurveyQuestion& question, const AnswerValue& value) {
    QuestionAnswer answer{question.id};
    if (const auto* scale = std::get_if<ScaleValue>(&value);
        scale && question.kind == QuestionKind::Scale)
        answer.options.push_back(scale->value - k_scale_lowest);
    else if (const auto* choice = std::get_if<ChoiceValue>(&value);
             choice && (question.kind == QuestionKind::SingleChoice ||
                        question.kind == QuestionKind::MultipleChoice))
        for (const std::string& code : choice->codes)
            answer.options.push_back(option_of(question, code));
    else if (const auto* yes_no = std::get_if<YesNoValue>(&value);
             yes_no && question.kind == QuestionKind::YesNo)
        answer.options.push_back(yes_no->yes ? k_yes_option : k_no_option);
    else if (const auto* text = std::get_if<TextValue>(&value);
             text && question.kind == QuestionKind::FreeText)
        answer.text = text->text;
    else
        answer.options.push_back(-1);
    return answer;
}

} // namespace

std::vector<ResultQuestion> result_questions(const SurveyDefinition& survey) {
    std::vector<ResultQuestion> questions;
    for (const SurveyQuestion& question : survey.questions) {
        switch (question.kind) {
        case QuestionKind::Scale:
            questions.push_back(ResultQuestion::scale(question.id, question_text(question),
                                                      k_scale_lowest, k_scale_highest));
            break;
        case QuestionKind::YesNo:
            questions.push_back(ResultQuestion::yes_no(question.id, question_text(question)));
            break;
        case QuestionKind::SingleChoice:
        case QuestionKind::MultipleChoice:
        case QuestionKind::FreeText: {
            ResultQuestion result{question.id, question_text(question), question.kind};
            for (const ChoiceOption& option : question.options)
                result.options.push_back(option.label);
            questions.push_back(std::move(result));
            break;
        }
        }
    }
    return questions;
}

std::vector<AnswerSheet> answer_sheets(const SurveyDefinition& survey,
                                       const std::vector<SurveyAnswer>& answers) {
    std::vector<AnswerSheet> sheets;
    sheets.reserve(answers.size());
    for (const SurveyAnswer& answer : answers) {
        AnswerSheet sheet{answer.time_point, answer.respondent};
        for (const auto& [question_id, value] : answer.values)
            if (const SurveyQuestion* question = survey.find_question(question_id))
                sheet.answers.push_back(answer_of(*question, value));
        sheets.push_back(std::move(sheet));
    }
    return sheets;
}

} // namespace finsam
