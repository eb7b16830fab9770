#pragma once

#include "app/AppError.h"
#include "app/FieldSource.h"
#include "domain/Report.h"
#include "domain/SurveyDefinition.h"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

// A goal row's survey measure (enkätmått) on the kansli's insats form and in the API:
// `goal_survey_N` (a survey's id), `goal_question_N` (a question's id in it), `goal_rule_N`
// (`share_at_or_above`, `mean_change`) and, for a share on a scale, `goal_at_or_above_N` (the
// lowest step counted, 1–10). The goal's target (`goal_target_N`) is then the share in
// percent or the change in steps.

/// The measure of row `suffix`, checked against the förbund's `surveys`: nullopt when no
/// survey is chosen. A wrong value is an error at its field, in Swedish (an unknown survey or
/// question, a free-text or choice question or one not put to the participants, a survey not
/// answered at the end (and, for a change, at the start), a step or target out of range); the
/// measure is still returned as sent, so that the form can show it again.
std::optional<SurveyMeasure> read_survey_measure(
    const FieldSource& fields, const std::string& suffix, std::optional<double> target,
    const std::vector<const SurveyDefinition*>& surveys, std::vector<FieldError>& errors);

/// The goal of a row measured by `survey`: no key figure, and a percent unit for a share.
Goal survey_goal(std::string text, std::optional<double> target, SurveyMeasure survey);

} // namespace finsam
