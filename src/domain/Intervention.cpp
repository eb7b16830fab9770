#include "domain/Intervention.h"

namespace finsam {

bool InterventionDetails::is_active_on(Date day) const {
    if (ended_on && *ended_on < day)
        return false;
    if (period_start && day < *period_start)
        return false;
    return !period_end || !(*period_end < day);
}

} // namespace finsam
