#pragma once

#include "app/search/SearchReports.h"

#include <nlohmann/json.hpp>

namespace finsam {

/// The search results as the API's /api/v1/sok and `finsam search --json` give them
/// (docs/api.md): the total, the page, and per report its insats, kind, period, status (not
/// for the board) and passages, each excerpt as parts with the hits marked.
nlohmann::json search_results_json(const SearchResults& results);

} // namespace finsam
