#pragma once

#include "domain/Report.h"
#include "ingest/Importer.h"

#include <nlohmann/json.hpp>

namespace finsam {

/// The dry-run contract (README, "Import format"): one report as
/// {"kind", "intervention", "period", "registration", "funds", "partners", "reporter",
///  "sections", "figures", "warnings"}; dates YYYY-MM-DD, unknown values null.
nlohmann::json report_json(const Report& report);

/// A goal: {"text", "target", "unit", "measure"}, and for a goal a survey measures (an
/// insats's own, never a report's) "survey": {"survey", "question", "rule", "at_or_above"}.
nlohmann::json goal_json(const Goal& goal);

/// One line of `finsam import --dry-run --json`:
/// {"file", "format", "document_kind", "reports", "errors"}.
nlohmann::json imported_file_json(const ImportedFile& file);

} // namespace finsam
