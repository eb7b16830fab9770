#pragma once

#include "app/AppError.h"
#include "app/boardreport/BoardLayout.h"
#include "app/search/SearchReports.h"
#include "domain/Intervention.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// The search as a query string for the page's links ("?q=arbetstr%C3%A4ning&sida=2").
std::string search_query_string(const SearchAsked& asked, int page);

/// search.mustache's view model: the form with what was asked (the insatser the reader may
/// filter by, the board layout's headings as avsnitt), the found reports with their passages,
/// hits marked, and links to the other pages of results. `errors` are the fields that could
/// not be read (then `results` holds only what was typed).
mstch::map search_page(const SearchResults& results,
                       const std::vector<InterventionDetails>& interventions,
                       const BoardLayout& layout, const std::vector<FieldError>& errors);

} // namespace finsam
