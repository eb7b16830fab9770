#pragma once

#include "domain/Period.h"

#include <mstch/mstch.hpp>
#include <string>

namespace finsam {

// How the report pages write periods and report text.

/// "2024-07-01 – 2024-09-30", or the quarter's name when the period is one quarter; a date
/// not known is said to be missing ("från 2024-07-01 (slutdatum saknas)").
std::string period_text(const StatedPeriod& period);

/// A section's heading as its template numbers it ("2.1 Aktiviteter"); a section whose id is
/// a word, not a number ("bakgrund"), by its title alone.
std::string section_label(const std::string& id, const std::string& title);

/// A section's text as paragraphs, split at blank lines.
mstch::array paragraphs(const std::string& text);

} // namespace finsam
