#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/Date.h"
#include "domain/Period.h"
#include "domain/ReportingCalendar.h"
#include "storage/OverviewQueries.h"

#include <optional>
#include <vector>

namespace finsam {

/// An insats's report in the overview, and whether it came in when it should.
struct OverviewEntry {
    OverviewRow row;
    Timeliness timeliness = Timeliness::NotYetDue;
};

/// A slutrapport the overview asks for: its insats has ended.
struct FinalReportEntry {
    OverviewRow row;
    Timeliness timeliness = Timeliness::NotYetDue;
    Date ended;
    Date due;
};

/// How many of the quarter's reports are in each state.
struct OverviewCounts {
    int expected = 0;
    int in = 0;
    int late = 0;
    int missing = 0;
    int not_yet_due = 0;
};

/// What the kansli's overview is made of: per quarter, each active insats's kvartalsrapport
/// as due, in, late or missing; slutrapporter of ended insatser; reports with warnings to
/// review. An insatsägare's overview holds only their own insatser. An audience that does
/// not see the kansli's work (the board) gets the insatser and their reviewed reports only:
/// no statuses, arrival dates, lateness, counts or warnings.
struct Overview {
    bool work_status = true;
    Period quarter;
    Date today;
    Date deadline; // of the quarter's kvartalsrapporter
    std::vector<OverviewEntry> entries;
    OverviewCounts counts;
    std::vector<FinalReportEntry> finals;
    std::vector<PendingWarnings> warnings;
    Date first_quarter_start; // the earliest quarter the overview offers
};

/// Whether the overview also reads the slutrapporter and the warnings (the page), or only
/// the quarter's kvartalsrapporter (the API).
enum class OverviewContent { Quarter, QuarterFinalsAndWarnings };

/// The overview of `quarter` (the default quarter for today when nullopt), on the clock's
/// today in Sweden.
AppResult<Overview> overview(const AppContext& context, std::optional<Date> quarter_start,
                             OverviewContent content);

} // namespace finsam
