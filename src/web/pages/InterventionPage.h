#pragma once

#include "app/interventions/Interventions.h"

#include <mstch/mstch.hpp>

namespace finsam {

/// intervention.mustache's view model: the insats's details and goals, its key figures over
/// time as a chart and a table (a hidden count reads "visas inte"), and its reports; its
/// läge on `today`.
mstch::map intervention_page(const InterventionOverview& overview, Date today);

} // namespace finsam
