#pragma once

#include "analytics/SurveyResults.h"
#include "domain/SurveyMeasure.h"

#include <optional>

namespace finsam {

// The outcome of a goal measured by a survey (SurveyMeasure), read from the survey's results
// as the reader may see them (SurveyDisclosure has already hidden what they may not): what is
// hidden there stays hidden here, never computed again from the answers. The participants'
// answers are the ones that count ("70 % upplever förbättrad hälsa").

struct SurveyGoalOutcome {
    /// A share in percent, or a change in steps of the scale; nullopt when there is nothing to
    /// compute it from (no end answers, no start answers for a change), or when it is hidden.
    std::optional<double> value;
    /// ShareAtOrAbove: the end answers the share is of ("72 % (n = 25)").
    std::optional<int> answer_count;
    /// A figure it is made of is hidden from the reader (a group below the threshold).
    bool hidden = false;
};

/// The measure's outcome in `results`, which hold the measure's question (a scale or yes/no
/// question). ShareAtOrAbove: the share of the participants' end answers at or above the step
/// (for yes/no: answering ja). MeanChange: the participants' mean at the end minus their mean
/// at the start. Nothing, not hidden, when the results lack the question or its groups.
SurveyGoalOutcome survey_goal_outcome(const SurveyMeasure& measure, const SurveyResults& results);

} // namespace finsam
