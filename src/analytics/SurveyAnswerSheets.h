#pragma once

#include "analytics/SurveyAnswers.h"
#include "domain/SurveyAnswer.h"
#include "domain/SurveyDefinition.h"

#include <vector>

namespace finsam {

// Stored answers (SurveyAnswer) as the results computation reads them: the survey's
// questions with their options in order, and each answer's values as option positions.

/// The survey's questions for results, in the survey's order: a scale of k_scale_lowest to
/// k_scale_highest, a choice's options by label, yes/no as "Ja" and "Nej". A question's text
/// is the participant's wording, or the caseworker's where only they are asked.
std::vector<ResultQuestion> result_questions(const SurveyDefinition& survey);

/// The answers as sheets for the questions result_questions() gives. A value that does not
/// fit its question (another kind, a code the survey does not have) counts for nothing; a
/// question the survey does not have is left out.
std::vector<AnswerSheet> answer_sheets(const SurveyDefinition& survey,
                                       const std::vector<SurveyAnswer>& answers);

} // namespace finsam
