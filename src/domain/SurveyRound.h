#pragma once

#include "domain/SurveyDefinition.h"

#include <cstdint>
#include <string>

namespace finsam {

/// A round of a survey (enkättillfälle): one survey of one insats, at one time point, for one
/// kind of respondent, answered through one link (`/e/{token}`) while it is open. With
/// `requires_code`, each answer also spends one of the round's one-time codes.
struct SurveyRound {
    std::int64_t id = 0;
    std::int64_t association_id = 0; // the insats's förbund
    std::int64_t intervention_id = 0;
    std::string survey_id;
    int survey_version = 1; // the definition's version when the round was opened
    SurveyTimePoint time_point = SurveyTimePoint::Start;
    RespondentKind respondent = RespondentKind::Participant;
    std::string token; // unguessable; shown to the kansli as link and QR code
    bool requires_code = false;
    bool open = true;
};

} // namespace finsam
