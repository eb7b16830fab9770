#pragma once

#include "domain/InterventionPhase.h"

#include <string>
#include <string_view>

namespace finsam {

// Swedish words of the pages that output/SwedishLabels does not hold.

/// A count with its noun in the right number: counted(1, "rapport", "rapporter") is
/// "1 rapport", counted(2, ...) "2 rapporter" and counted(0, ...) "0 rapporter".
std::string counted(int count, std::string_view one, std::string_view many);

/// "Ej startad", "Pågår", "Avslutad", "Period saknas".
std::string_view phase_label(InterventionPhase phase);

} // namespace finsam
