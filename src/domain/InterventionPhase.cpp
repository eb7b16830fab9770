#include "domain/InterventionPhase.h"

namespace finsam {

std::optional<Date> last_day_of(std::optional<Date> ended_on, std::optional<Date> period_end) {
    return ended_on ? ended_on : period_end;
}

InterventionPhase intervention_phase(std::optional<Date> start, std::optional<Date> last_day,
                                     Date day) {
    if (last_day && *last_day < day)
        return InterventionPhase::Ended;
    if (!start)
        return InterventionPhase::PeriodUnknown;
    if (day < *start)
        return InterventionPhase::NotStarted;
    return InterventionPhase::Ongoing;
}

} // namespace finsam
