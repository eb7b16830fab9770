#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "domain/Intervention.h"
#include "domain/SurveyCatalog.h"
#include "domain/SurveyRound.h"

#include <cstdint>
#include <string>
#include <vector>

namespace finsam {

// The staff's side of the surveys (Enkäter on an insats's page): opening and closing rounds
// and making one-time codes, as AccessPolicy::manage_surveys_of allows (the kansli, and the
// insatsägare of the insats). Every change is in the audit trail; the answers never are.

/// A round as the insats's page lists it.
struct SurveyRoundSummary {
    SurveyRound round;
    std::string survey_name; // the definition's, or the id when it is no longer there
    int unspent_codes = 0;
};

struct InterventionSurveys {
    InterventionDetails intervention;
    std::vector<SurveyRoundSummary> rounds;       // newest first
    std::vector<const SurveyDefinition*> surveys; // those the förbund may open a round of
};

AppResult<InterventionSurveys> intervention_surveys(const AppContext& context,
                                                    const SurveyCatalog& catalog,
                                                    std::int64_t intervention_id);

/// Opens a round of the insats from the fields `enkat` (a survey id), `tillfalle` (start,
/// during, end), `svarande` (participant, caseworker) and `engangskoder` (sent: answers need
/// a one-time code). Invalid, at the field, for a survey the förbund does not have or a time
/// point or respondent the survey is not for.
AppResult<SurveyRound> open_survey_round(const AppContext& context, const SurveyCatalog& catalog,
                                         std::int64_t intervention_id, const FieldSource& fields);

/// A round the user may manage; NotFound or Forbidden otherwise.
AppResult<SurveyRound> managed_survey_round(const AppContext& context, std::int64_t round_id);

enum class RoundState { Open, Closed };

/// Opens a closed round again, or closes one: a closed round's link takes no answers, and
/// closing one rewrites the stored answers in random order (SurveyAnswerStore::reshuffle).
AppResult<SurveyRound> set_survey_round_state(const AppContext& context, std::int64_t round_id,
                                              RoundState state);

/// One-time codes just made: shown once, to print; only their digests are kept.
struct OneTimeCodeBatch {
    SurveyRound round;
    std::vector<std::string> codes;
};

constexpr int k_most_codes_at_once = 500;

/// Makes `antal` (1–500) new codes for a round that requires codes.
AppResult<OneTimeCodeBatch> make_one_time_codes(const AppContext& context, std::int64_t round_id,
                                                const FieldSource& fields);

} // namespace finsam
