#pragma once

#include "analytics/SurveyResults.h"
#include "output/DataTable.h"

#include <string>
#include <vector>

namespace finsam {

/// What the tables of a survey's results are about, for the line above each table's rows.
struct SurveyTableContext {
    std::string survey_name;       // e.g. "Självskattningsenkät"
    std::string intervention_name; // the insats
    std::string period;            // as the reader asked for it, e.g. "2024-01-01 – 2024-06-30"
    int small_count_threshold = 5;
};

/// Who reads the tables. An export holds every figure in long tables (a row per question, time
/// point, respondent and option: what a spreadsheet's pivot table wants). A page is for reading:
/// a distribution table per question (a row per time point and respondent, a column per
/// option's share), and a scale's change as the change of its mean only (the change of each
/// step's share can be read off the distribution).
enum class SurveyTablesFor { Export, Page };

/// Survey results as the tables CSV and XLSX export and the results page shows (one model):
/// *Svar och medelvärden* (a row per question, time point and respondent), *Fördelning* and
/// *Förändring start–slut* (laid out for `reader`), *Deltagare och handläggare* (a row per
/// comparison), and *Fritextsvar* when the results hold free-text answers the reader may see. The
/// results are disclosed already: hidden cells stay hidden (".."), marked ones marked. Means and
/// changes are rounded to two decimals, shares to one (percent, and percentage points for a
/// change). A table without rows is left out, except the first.
std::vector<DataTable> survey_result_tables(const SurveyResults& results,
                                            const SurveyTableContext& context,
                                            SurveyTablesFor reader = SurveyTablesFor::Export);

} // namespace finsam
