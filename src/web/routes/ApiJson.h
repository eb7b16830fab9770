#pragma once

#include "storage/InterventionStore.h"
#include "storage/WorkflowStore.h"

#include <nlohmann/json.hpp>

namespace finsam {

// The JSON shapes of the API (docs/api.md), shared by its read and write routes.

/// `YYYY-MM-DD`, or null.
nlohmann::json optional_date(const std::optional<Date>& date);
nlohmann::json intervention_json(const InterventionDetails& details);
nlohmann::json state_json(const ReportState& state);

/// The board never sees a count below 5, nor the sentence a figure was read from (it may
/// describe the few people counted): such values become null with "suppressed": true.
void hide_small_counts(nlohmann::json& report);

} // namespace finsam
