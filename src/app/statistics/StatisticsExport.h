#pragma once

#include "app/statistics/Statistics.h"
#include "output/DataTable.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace finsam {

// Statistics in the shapes they leave the product in: the JSON contract (the command line
// and the API) and the tables of the page, the CSV and the XLSX. What is hidden is already
// hidden in `Statistics`; these only lay it out.

/// One object per insats, the contract documented in the README: `insats`, `period`
/// {`start`, `end`}, `figures` {measure: count or null when hidden}, `suppressed` [measure],
/// `goals` [{`text`, `target`, `outcome`, `status`}]; and besides them `report`, `shares`,
/// `marked`, `conflicts` and each goal's `unit`, `measure` and `trend`.
std::vector<nlohmann::json> statistics_json(const Statistics& statistics);

/// "Deltagare" (a row per insats, a column per measure) and "Måluppfyllelse" (a row per
/// goal), with notes on what ".." and a marked value mean.
std::vector<DataTable> statistics_tables(const Statistics& statistics);

} // namespace finsam
