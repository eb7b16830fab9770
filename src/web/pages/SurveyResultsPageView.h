#pragma once

#include "app/surveys/SurveyResultsQuery.h"
#include "output/DataTable.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// The survey results' tables (SurveyResultTables), for the page and its downloads.
std::vector<DataTable> survey_results_tables(const SurveyResultsPage& page);

/// Enkätresultat of an insats: a form to choose the survey and the period, what the results
/// are of (outside the kansli: the ended half years), the tables with hidden cells as ".."
/// and, for the kansli, what others would not see marked; links to the same tables as CSV
/// and XLSX. `typed_period` is the period as the user wrote it.
mstch::map survey_results_view(const SurveyResultsPage& page, const std::string& typed_period);

} // namespace finsam
