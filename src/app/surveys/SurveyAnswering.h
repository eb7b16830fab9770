#pragma once

#include "app/AppError.h"
#include "app/FieldSource.h"
#include "app/surveys/SubmissionNonces.h"
#include "domain/Clock.h"
#include "domain/SurveyCatalog.h"
#include "domain/SurveyRound.h"
#include "storage/Database.h"

#include <string>
#include <vector>

namespace finsam {

// The participant's side (/e/{token}): no login, no user, nothing about the person. These
// use cases record nothing in the audit trail and log nothing: an answer is stored with its
// survey, insats, time point, respondent and week, and that is all that is kept of it.

/// A round's survey as its respondent answers it.
struct SurveyToAnswer {
    SurveyRound round;
    const SurveyDefinition* survey = nullptr;
    std::vector<const SurveyQuestion*> questions; // those asked of the round's respondent
};

/// The survey behind a link: NotFound for an unknown token, SurveyClosed for a closed round.
AppResult<SurveyToAnswer> survey_to_answer(Database& database, const SurveyCatalog& catalog,
                                           const std::string& token);

enum class SubmitOutcome {
    Stored,
    AlreadyReceived, // the same form was sent before: nothing more was stored
};

/// The form field of the one-time code, and of the form's nonce.
inline constexpr const char* k_code_field = "kod";
inline constexpr const char* k_nonce_field = "formular";

/// Stores an answer to the survey behind `token`, read and checked by read_survey_answer,
/// in the week of `clock`'s today. A round with codes needs an unspent code in `kod`
/// (Invalid at that field otherwise). A form whose nonce (`formular`) was sent before is not
/// stored again. NotFound or SurveyClosed as survey_to_answer.
AppResult<SubmitOutcome> submit_survey_answer(Database& database, const SurveyCatalog& catalog,
                                              const Clock& clock, SubmissionNonces& nonces,
                                              const std::string& token, const FieldSource& fields);

} // namespace finsam
