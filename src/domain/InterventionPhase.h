#pragma once

#include "domain/Date.h"

#include <optional>

namespace finsam {

/// Where an insats stands on a day (its läge): ej startad, pågår, avslutad; or its period is
/// unknown because it has no start date, which the kansli has to give.
enum class InterventionPhase { NotStarted, Ongoing, Ended, PeriodUnknown };

/// The last day of an insats: the day the kansli ended it, else its period's end; nullopt
/// while neither is known.
std::optional<Date> last_day_of(std::optional<Date> ended_on, std::optional<Date> period_end);

/// The phase on `day` of an insats from `start` to `last_day` (see last_day_of). An insats
/// that has ended is Ended whether or not its start is known.
InterventionPhase intervention_phase(std::optional<Date> start, std::optional<Date> last_day,
                                     Date day);

} // namespace finsam
