#pragma once

#include "output/BoardDocument.h"
#include "output/DataTable.h"

#include <vector>

namespace finsam {

/// The board report's tables for a workbook (write_xlsx), one sheet each, in this order:
/// "Sammanställning" (a row per insats: funds in kronor and counts as numbers, goals reached,
/// judged and in all, reports missing), "Mål" (every insats's goals with target, outcome, unit,
/// status and trend), "Enkätresultat" when any insats has survey results (their tables, a
/// row per question and respondent, the insats and survey first), and in the kansli's copy
/// "Att se över". A hidden count is a hidden cell,
/// never its number; the kansli's marks are the cells' marks. The notes name the förbund and
/// the period and explain the marks a table holds. The titles are short enough to be the
/// sheets' names whole.
std::vector<DataTable> board_report_tables(const BoardDocument& document);

} // namespace finsam
