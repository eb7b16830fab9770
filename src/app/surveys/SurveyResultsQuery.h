#pragma once

#include "analytics/SurveyResults.h"
#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/PeriodSelection.h"
#include "domain/SurveyCatalog.h"

#include <cstdint>
#include <string>
#include <vector>

namespace finsam {

// Survey results (enkätresultat) of one insats: what the page, its downloads (CSV, XLSX),
// the JSON API and the board report show. The kansli sees any period, every figure, with
// what others would not see marked, and the free-text answers. Everyone else (the
// insatsägare of the insats, the board) sees the period's calendar half years that have
// ended, each protected on its own and their sum only where every half shows its part
// (domain/SurveyPeriods.h, analytics/SurveyDisclosure.h).

/// Which results a reader gets for a period.
enum class SurveyResultsScope {
    WholePeriod,    // the kansli: the period as asked
    EndedHalfYears, // anyone else: the period's half years that have ended
    NothingToShow,  // anyone else, for a period with no ended whole half year
};

/// An insats's results of one survey in a period as the user may see them.
struct ShownSurveyResults {
    SurveyResultsScope scope = SurveyResultsScope::WholePeriod;
    std::vector<Period> periods; // what the results are of: the period, or its ended half years
    SurveyResults results;       // disclosed: hidden figures hidden, or marked for the kansli
};

/// The results of the insats's answers to `survey` in `period`, by the policy of the
/// context's user. The insats must be one the user may read (the caller checked).
AppResult<ShownSurveyResults> shown_survey_results(const AppContext& context,
                                                   const SurveyDefinition& survey,
                                                   std::int64_t intervention_id,
                                                   const Period& period);

/// What the results page asks for.
struct SurveyResultsRequest {
    std::int64_t intervention_id = 0;
    std::string survey_id; // empty: that of the insats's newest round, else the förbund's first
    PeriodSelection selection;
};

/// A survey the page offers to choose.
struct SurveyChoice {
    std::string id;
    std::string name;
    bool chosen = false;
};

/// The results page's content.
struct SurveyResultsPage {
    std::int64_t intervention_id = 0;
    std::string intervention_name;
    std::string survey_id;
    std::string survey_name;
    PeriodSelection selection;
    ShownSurveyResults shown;
    std::vector<SurveyChoice> surveys;
    bool kansli_copy = false; // every figure, with what others would not see marked
    int small_count_threshold = 5;
};

/// The results of an insats the user may read. NotFound for an insats outside the user's
/// förbund or a survey the förbund does not have; Forbidden for an insatsägare's insats that
/// is not theirs.
AppResult<SurveyResultsPage> survey_results_page(const AppContext& context,
                                                 const SurveyCatalog& catalog,
                                                 const SurveyResultsRequest& request);

} // namespace finsam
