#pragma once

#include "app/overview/Overview.h"

#include <mstch/mstch.hpp>

namespace finsam {

/// overview.mustache's view model: the quarter to choose, its deadline and counts, each
/// insats's kvartalsrapport as due, in, late or missing, the slutrapporter of ended insatser,
/// and the newest 20 reports with warnings to review (the rest counted).
mstch::map overview_page(const Overview& overview);

} // namespace finsam
