#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/Date.h"
#include "domain/ReportKind.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// A report an insats owes and that has not come in: a kvartalsrapport of a quarter, or the
/// slutrapport of an insats that ends, as the overview decides (app/overview/Overview).
struct DueReport {
    std::int64_t intervention_id = 0;
    std::string intervention_name;
    ReportKind kind = ReportKind::Quarterly;
    std::optional<Date> period_start; // the quarter, or the insats's period for a slutrapport
    std::optional<Date> period_end;
    Date deadline;
    bool overdue = false;                        // the deadline has passed
    std::optional<std::int64_t> draft_report_id; // the draft begun for it, if any
};

/// The reports the user's insatser owe for the current quarter and the four before it, and
/// the slutrapporter of every insats that has ended, that are not in: the earliest deadline
/// first. Older kvartalsrapporter are the overview's to show, quarter by quarter.
AppResult<std::vector<DueReport>> due_reports(const AppContext& context);

} // namespace finsam
