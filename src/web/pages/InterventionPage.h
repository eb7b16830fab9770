#pragma once

#include "app/interventions/Interventions.h"
#include "domain/SurveyCatalog.h"

#include <mstch/mstch.hpp>

namespace finsam {

/// intervention.mustache's view model: the insats's details and goals (a goal's target with
/// what it is measured by: a key figure, or a question of one of `surveys`), its key figures
/// over time as a chart and a table (a hidden count reads "visas inte"), and its reports; its
/// läge on `today`.
mstch::map intervention_page(const InterventionOverview& overview, Date today,
                             const SurveyCatalog& surveys);

} // namespace finsam
