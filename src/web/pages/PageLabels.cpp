#include "web/pages/PageLabels.h"

namespace finsam {

std::string counted(int count, std::string_view one, std::string_view many) {
    return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string_view phase_label(InterventionPhase phase) {
    switch (phase) {
    case InterventionPhase::NotStarted:
        return "Ej startad";
    case InterventionPhase::Ongoing:
        return "Pågår";
    case InterventionPhase::Ended:
        return "Avslutad";
    case InterventionPhase::PeriodUnknown:
        return "Period saknas";
    }
    return "";
}

} // namespace finsam
