#pragma once

#include "app/lessons/Lessons.h"

#include <nlohmann/json.hpp>

namespace finsam {

/// The lessons as the API's /api/v1/lardomar and `finsam lessons --json` give them
/// (docs/api.md): the period, the query, and per insats its lesson headings, each with its
/// texts and the reports they are from, paragraphs as parts with the searched words marked.
nlohmann::json lessons_json(const PeriodLessons& lessons);

} // namespace finsam
