#pragma once

#include "domain/Date.h"
#include "domain/IsoWeek.h"
#include "domain/Period.h"

#include <optional>
#include <vector>

namespace finsam {

// Survey answers are kept with their ISO week only, so a period's answers are those of whole
// weeks: each week counts in the period that holds its Thursday (ISO's own rule for the year
// a week belongs to), so consecutive periods share no week.
//
// Outside the kansli, survey results are made of calendar half years (halvår) that have
// ended, each a protected table of its own (SurveyDisclosure). A fixed set of units that do
// not overlap keeps two questions from being subtracted ("the year, and its second half"),
// and an ended half year no longer changes (an answer is kept with the week it came in), so
// asking again next month gives away nothing new. Half years, because the board reads
// half-year and year reports (delårsrapport, årsredovisning).

/// The first and last week of a period's answers; nullopt when no Thursday lies in it.
struct WeekRange {
    IsoWeek first;
    IsoWeek last;
};
std::optional<WeekRange> survey_weeks(const Period& period);

/// The half years `period` is made of that have ended by `today` (their last week is
/// before today's), in order. Empty when the period is not made of whole half years.
std::vector<Period> ended_half_years(const Period& period, Date today);

} // namespace finsam
