#pragma once

#include "domain/Date.h"
#include "domain/Period.h"
#include "storage/OverviewQueries.h"

#include <mstch/mstch.hpp>
#include <nlohmann/json.hpp>
#include <vector>

namespace finsam {

/// Today's date in Sweden (Europe/Stockholm), which decides what is late.
Date today_in_sweden();

/// The quarter the overview opens on: the latest that has ended, whose reports are due.
Period default_overview_quarter(Date today);

/// The quarter a `kvartal=YYYY-MM-DD` parameter names (its first day), else the default.
Period chosen_quarter(const std::string& parameter, Date today);

/// What the kansli's overview is made of.
struct OverviewInput {
    Period quarter;
    Date today;
    int deadline_days = 15;
    std::vector<OverviewRow> quarter_rows;
    std::vector<OverviewRow> final_rows;
    std::vector<PendingWarnings> warnings;
};

/// The overview page's context: the quarter's reports of every insats active in it, with
/// counts per state, the slutrapporter of ended insatser, and warnings to review.
mstch::map overview_view(const OverviewInput& input);
/// The same as JSON for /api/v1/overview.
nlohmann::json overview_json(const OverviewInput& input);

} // namespace finsam
