#pragma once

#include "app/interventions/Interventions.h"
#include "app/overview/Overview.h"
#include "app/reports/ShowReport.h"
#include "domain/Intervention.h"
#include "domain/ReportState.h"

#include <nlohmann/json.hpp>

namespace finsam {

// The JSON shapes of the API (docs/api.md), shared by its read and write routes.

/// `YYYY-MM-DD`, or null.
nlohmann::json optional_date(const std::optional<Date>& date);
nlohmann::json intervention_json(const InterventionDetails& details);
nlohmann::json state_json(const ReportState& state);

/// A report version in the import contract's shape, as the policy disclosed it: a hidden
/// count is null with "suppressed": true, a hidden quote is left out, and "warnings" only
/// where shown.
nlohmann::json disclosed_report_json(const DisclosedVersion& version);

/// A version's figures' standing, in the shape of the answer to confirming them:
/// {"read_from_text", "confirmed": null | {"at", "by"}}, `at` and `by` only where disclosed.
nlohmann::json figure_standing_json(const FigureStanding& standing);

/// An insats's report in the list of its reports; its warning count only `with_warnings`.
nlohmann::json report_row_json(const InterventionReportRow& report, bool with_warnings);

/// The overview's quarter: what each insats owes for it (its kvartalsrapport, or the
/// slutrapport of the quarter it ends in) and whether it came in on time; for the kansli also
/// the counts and the insatser without a period.
nlohmann::json overview_json(const Overview& overview);

} // namespace finsam
