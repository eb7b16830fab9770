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

/// How the distribution of answers is laid out: for export one long table (a row per question,
/// time point, respondent and option: what a spreadsheet's pivot table wants), for reading on a
/// page a table per question (a row per time point and respondent, a column per option).
enum class DistributionLayout { OneLongTable, TablePerQuestion };

/// Survey results as the tables CSV and XLSX export and the results page shows (one model):
/// *Svar och medelvärden* (a row per question, time point and respondent), *Fördelning* (laid
/// out as `layout` says), *Förändring start–slut* (a row per question and respondent with a
/// change), *Deltagare och handläggare* (a row per comparison), and *Fritextsvar* when the results
/// hold free-text answers the reader may see. The results are disclosed already: hidden
/// cells stay hidden (".."), marked ones marked. Means and changes are rounded to two
/// decimals, shares to one (percent, and percentage points for a change). A table without
/// rows is left out, except the first.
std::vector<DataTable>
survey_result_tables(const SurveyResults& results, const SurveyTableContext& context,
                     DistributionLayout layout = DistributionLayout::OneLongTable);

} // namespace finsam
