#pragma once

#include "analytics/SurveyResults.h"
#include "output/DataTable.h"

#include <string>

namespace finsam {

/// An insats's results of one survey as the board report shows them: one compact table, a
/// row per scale or yes/no question and respondent, with the number of answers and the mean
/// (a scale) or the share answering yes (yes/no, in percent) at the start and at the end, and
/// the change between them (steps, or percentage points). Choice and free-text questions
/// are left to the results page and its exports. The results are disclosed already; the
/// title is the survey's name, `period_note` the first note (what the results are of).
DataTable survey_board_table(const std::string& survey_name, const SurveyResults& results,
                             const std::string& period_note);

/// A cell of such a table as text for the board report's DOCX and PDF: ".." when hidden, a
/// number in Swedish (one decimal at most), and in the kansli's copy "*" after a value the
/// board would not see.
std::string survey_cell_text(const DataCell& cell, bool kansli_copy);

/// Whether the results have any answer to show, or to hide: a survey nobody answered in
/// the period is left out of the board report.
bool has_answers(const SurveyResults& results);

} // namespace finsam
