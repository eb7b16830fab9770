#pragma once

#include "domain/SurveyAnswer.h"

#include <map>
#include <optional>
#include <string>

namespace finsam {

/// An answer's values as the JSON object stored in survey_answers.answer_values:
/// `{"halsa": 7, "kon": ["kvinna"], "hjalpte": ["samtal", "grupp"], "rekommendera": true,
/// "forbattra": "…"}`. A scale is a number, a choice a list of codes (one for a single
/// choice), yes/no a boolean and free text a string, so the JSON reads back without the
/// definition.
std::string answer_values_json(const std::map<std::string, AnswerValue>& values);

/// Reads what answer_values_json wrote; nullopt for anything else.
std::optional<std::map<std::string, AnswerValue>> parse_answer_values(const std::string& json);

} // namespace finsam
