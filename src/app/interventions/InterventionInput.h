#pragma once

#include "app/AppError.h"
#include "app/FieldSource.h"
#include "domain/Intervention.h"
#include "domain/SurveyDefinition.h"

#include <vector>

namespace finsam {

/// The kansli's insats form read over a stored insats (or an empty one for a new insats):
/// every field of InterventionDetails, goals as rows (`goal_text_N`, `goal_target_N`,
/// `goal_unit_N`, `goal_measure_N`, or a survey measure of the förbund's `surveys` instead of
/// the unit and key figure: see SurveyGoalInput.h), partners one per line, the insatsägare to bind
/// (`owner_user_ids`, the form's and the API's name alike), and the revision the form was
/// opened with.
struct InterventionInput {
    InterventionDetails details;
    std::vector<FieldError> errors;
};

/// The field of the insatsägare to bind, and what is said there when one of them cannot be.
inline constexpr const char* k_owner_users_field = "owner_user_ids";
inline constexpr const char* k_owner_users_message =
    "Välj insatsägare bland förbundets användare med rollen insatsägare.";

InterventionInput read_intervention_input(const InterventionDetails& base,
                                          const FieldSource& fields,
                                          const std::vector<const SurveyDefinition*>& surveys);

} // namespace finsam
