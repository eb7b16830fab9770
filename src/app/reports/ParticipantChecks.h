#pragma once

#include "app/AppError.h"
#include "app/reports/FormFigures.h"
#include "domain/ParticipantTable.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace finsam {

/// The participant statistics' rules, each an error at the field to correct: the kön of a row
/// add up to its total; the parts of a breakdown add up to the count they break down (each
/// target group at most the new, as a participant may belong to several); and no more ended
/// in the period than were in the insats when it began (`active_at_start`, known from the
/// previous kvartalsrapport) and came new. A rule is checked only when the figures it needs
/// are given: a form may leave out what does not apply.
void check_participant_table(const ParticipantTable& table, const StatedFigures& figures,
                             std::optional<std::int64_t> active_at_start,
                             std::vector<FieldError>& errors);

} // namespace finsam
