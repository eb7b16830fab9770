#pragma once

#include "app/AppError.h"
#include "app/FieldSource.h"
#include "domain/SurveyAnswer.h"

#include <map>
#include <string>
#include <string_view>

namespace finsam {

/// The form field of a question: `q_<question id>` (repeated for a multiple choice). A scale
/// is sent as 1–10, a choice as its option's code, yes/no as `ja` or `nej`.
std::string question_field(std::string_view question_id);
std::string question_field(const SurveyQuestion& question);

/// The longest free-text answer, in bytes (as InputGuard allows any short field).
constexpr std::size_t k_free_text_bytes = 1000;

/// The answers to the questions `respondent` is asked, read from the fields and checked
/// against the definition: Invalid with a Swedish message at each field that is missing
/// (when required) or not one of the question's values, and at a text holding a
/// personnummer. Fields of questions not asked are ignored.
AppResult<std::map<std::string, AnswerValue>> read_survey_answer(const SurveyDefinition& survey,
                                                                 RespondentKind respondent,
                                                                 const FieldSource& fields);

} // namespace finsam
