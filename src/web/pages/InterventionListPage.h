#pragma once

#include "domain/Date.h"
#include "domain/Intervention.h"

#include <mstch/mstch.hpp>
#include <vector>

namespace finsam {

/// interventions.mustache's view model: the insatser the visitor may read, each as active
/// or ended on `today`, and whether they may create one.
mstch::map intervention_list_page(const std::vector<InterventionDetails>& interventions, Date today,
                                  bool can_create);

} // namespace finsam
