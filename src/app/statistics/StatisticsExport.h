#pragma once

#include "app/statistics/Statistics.h"
#include "domain/ReportTemplates.h"
#include "output/DataTable.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace finsam {

// Statistics in the shapes they leave the product in: the JSON contract (the command line
// and the API) and the tables of the page, the CSV and the XLSX. What is hidden is already
// hidden in `Statistics`; these only lay it out.

/// One object per insats, the contract documented in the README: `insats`, `period`
/// {`start`, `end`}, `figures` {measure: count or null when hidden}, `suppressed` [measure],
/// `goals` [{`text`, `target`, `outcome`, `status`}]; and besides them `forbund`, `report`,
/// `shares`, `marked`, `unconfirmed`, `conflicts` and each goal's `unit`, `measure`, `trend`
/// and `unconfirmed` (both `unconfirmed` only for an audience that sees unconfirmed figures). A
/// part of a breakdown is named `measure.category` (`participants_new.kvinna`).
std::vector<nlohmann::json> statistics_json(const Statistics& statistics);

/// What the forms call each code of a breakdown ("Arbete" for `ended_by_reason` `arbete`), from
/// the code lists their participant tables use.
using CodeLabels = std::map<std::pair<Measure, std::string>, std::string>;
CodeLabels code_labels(const ReportTemplates& templates);

/// "Deltagare" (a row per insats and the förbund's total, a column per count and share),
/// "Fördelningar" (a row per part of a breakdown by code list) and "Måluppfyllelse" (a row per
/// goal), with notes on what ".." and a marked value mean. Of several förbund (the national
/// table), one set of tables with a column for the förbund.
std::vector<DataTable> statistics_tables(const std::vector<Statistics>& statistics,
                                         const ReportTemplates& templates);

/// The name a figure has in the JSON contract: `measure` or `measure.category`.
std::string figure_name(const StatisticFigure& figure);

} // namespace finsam
