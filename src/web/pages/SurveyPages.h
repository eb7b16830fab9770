#pragma once

#include "app/AppError.h"
#include "app/FieldSource.h"
#include "app/surveys/SurveyAnswering.h"
#include "app/surveys/SurveyRounds.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// The page that answers a round's link: `/e/{token}`.
std::string survey_path(const SurveyRound& round);

/// surveys.mustache: an insats's rounds with their links, and the form to open one.
/// `server` is where links point (`https://finsam.example`).
mstch::map intervention_surveys_page(const InterventionSurveys& surveys, const std::string& server,
                                     const std::vector<FieldError>& errors);

/// survey_print.mustache: a round's link and QR code to print or show, and the one-time codes
/// just made (none: the link alone).
mstch::map survey_print_page(const SurveyRound& round, const std::string& server,
                             const std::vector<std::string>& codes);

/// survey_answer.mustache: the survey as its respondent answers it, with what was sent
/// before (`posted`, when the form comes back with errors) and a new form nonce.
mstch::map survey_answer_page(const SurveyToAnswer& form, const FieldSource* posted,
                              const std::vector<FieldError>& errors, const std::string& nonce);

} // namespace finsam
