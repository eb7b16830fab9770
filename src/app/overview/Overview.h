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

/// What an insats owes for the overview's quarter, and whether it came in when it should:
/// one status per insats and quarter.
struct OverviewEntry {
    OverviewRow row;                         // the insats, and its report of the kind owed
    ReportKind owed = ReportKind::Quarterly; // a slutrapport for the quarter the insats ends in
    Date deadline;
    Timeliness timeliness = Timeliness::NotYetDue;
    /// In the quarter an insats ends in, a kvartalsrapport written for it all the same: shown
    /// beside the slutrapport, which is what counts.
    std::optional<OverviewRow> quarterly_too;
};

/// A slutrapport the overview asks for: its insats has ended.
struct FinalReportEntry {
    OverviewRow row;
    Timeliness timeliness = Timeliness::NotYetDue;
    Date ended;
    Date due;
};

/// How many of the quarter's owed reports are in each state. Each insats that owes a report
/// is counted in exactly one, so the four add up to those expected.
struct OverviewCounts {
    int on_time = 0;     // inkommen i tid
    int late = 0;        // inkommen efter sista dagen
    int missing = 0;     // saknas: the deadline has passed and nothing is in
    int not_yet_due = 0; // väntas: not in, and the deadline has not passed

    int expected() const { return on_time + late + missing + not_yet_due; }
};

/// What the kansli's overview is made of: per quarter, each insats that owes a report for it
/// (a kvartalsrapport, or the slutrapport of an insats ending in the quarter, which replaces
/// it) as due, in on time, in late or missing; insatser without a period, listed apart and not
/// counted; slutrapporter of ended insatser; reports with warnings to review. An
/// insatsägare's overview holds only their own insatser. An audience that does not see the
/// kansli's work (the board) gets the insatser and their reviewed reports only: no statuses,
/// arrival dates, lateness, counts, warnings or insatser without a period.
struct Overview {
    bool work_status = true;
    Period quarter;
    Date today;
    Date deadline; // of the quarter's kvartalsrapporter
    std::vector<OverviewEntry> entries;
    OverviewCounts counts;
    std::vector<OverviewRow> without_period; // with their kvartalsrapport of the quarter, if any
    std::vector<FinalReportEntry> finals;
    std::vector<PendingWarnings> warnings;
    Date first_quarter_start; // the earliest quarter the overview offers
};

/// Whether the overview also lists the slutrapporter of every ended insats and the warnings
/// (the page), or only what the quarter's insatser owe for it (the API).
enum class OverviewContent { Quarter, QuarterFinalsAndWarnings };

/// The overview of `quarter` (the default quarter for today when nullopt), on the clock's
/// today in Sweden.
AppResult<Overview> overview(const AppContext& context, std::optional<Date> quarter_start,
                             OverviewContent content);

} // namespace finsam
