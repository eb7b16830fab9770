#pragma once

#include "domain/Date.h"
#include "domain/Period.h"
#include "domain/ReportStatus.h"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// The day a kvartalsrapport for `quarter` is due: `deadline_days` after the quarter's end
/// (a förbund setting, 15 by default).
Date report_deadline(const Period& quarter, int deadline_days);

/// The calendar quarters that overlap [first, last], oldest first.
std::vector<Period> quarters_overlapping(const Period& span);

/// "2024 kvartal 3", as the Swedish UI names a quarter.
std::string quarter_label(const Period& quarter);

/// "2024-07-01" of the quarter's start → that quarter; nullopt for a date that does not
/// start a calendar quarter.
std::optional<Period> quarter_starting(Date start);

/// The quarter the overview opens on: the latest that has ended, whose reports are due.
Period default_overview_quarter(Date today);

/// The quarter starting on `first_day` when it starts one, else the overview's default.
Period chosen_quarter(std::optional<Date> first_day, Date today);

/// What an insats owes the förbund for a quarter.
enum class QuarterReport {
    None,          // it had not started, or had ended before the quarter
    Quarterly,     // a kvartalsrapport
    Final,         // it ends within the quarter: its slutrapport covers the quarter too
    PeriodUnknown, // no start date: the kansli has to give its period before anything is owed
};

/// The report owed for `quarter` by an insats from `start` to `last_day` (last_day_of).
QuarterReport report_owed(std::optional<Date> start, std::optional<Date> last_day,
                          const Period& quarter);

/// The day a slutrapport is due: `deadline_days` after the insats's last day, as a
/// kvartalsrapport is after its quarter.
Date final_report_deadline(Date last_day, int deadline_days);

/// Whether a report came in when it should.
enum class Timeliness {
    NotYetDue, // not in, and the deadline has not passed
    OnTime,    // in by the deadline (or in, with no known arrival date)
    Late,      // in, after the deadline
    Missing,   // not in, and the deadline has passed
};

/// A report is in once submitted: a draft (or no report) is not. `arrival` is the day it came
/// in, where known.
Timeliness timeliness(std::optional<ReportStatus> status, std::optional<Date> arrival,
                      Date deadline, Date today);

} // namespace finsam
