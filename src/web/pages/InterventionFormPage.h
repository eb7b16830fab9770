#pragma once

#include "app/AppError.h"
#include "app/interventions/Interventions.h"

#include <mstch/mstch.hpp>
#include <vector>

namespace finsam {

/// intervention_form.mustache's view model: the values (as stored or as typed), errors
/// beside their fields, the goal rows with three empty ones to add, and the förbund's
/// insatsägare to bind.
mstch::map intervention_form_page(const InterventionFormData& form,
                                  const std::vector<FieldError>& errors);

} // namespace finsam
