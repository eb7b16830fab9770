#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/statistics/Statistics.h"
#include "domain/Intervention.h"
#include "domain/SurveyCatalog.h"

#include <string>
#include <vector>

namespace finsam {

/// Follows up the goals of `statistics`'s insatser that a survey measures (Goal::survey): the
/// outcome from the insats's results of that survey in the statistics' period as the user may
/// see them (shown_survey_results: for anyone but the kansli the half years that have ended,
/// a small group hidden), then the status as for any goal. A hidden outcome is marked hidden
/// and not judged; no answers, or a survey `association` no longer has, give no outcome.
/// `listed` holds the insatser's details (their periods set the status's timeline).
AppResult<void> follow_up_survey_goals(const AppContext& context, const SurveyCatalog& surveys,
                                       const std::string& association,
                                       const std::vector<InterventionDetails>& listed,
                                       Statistics& statistics);

} // namespace finsam
