#pragma once

#include "domain/Period.h"

#include <mstch/mstch.hpp>
#include <string>

namespace finsam {

// How the report pages write periods and report text.

/// "2024-07-01 – 2024-09-30", or the quarter's name when the period is one quarter.
std::string period_text(const StatedPeriod& period);

/// A section's text as paragraphs, split at blank lines.
mstch::array paragraphs(const std::string& text);

} // namespace finsam
