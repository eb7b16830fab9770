#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/Period.h"

#include <cstdint>
#include <optional>

namespace finsam {

/// The participants in the insats when `period` began: those its kvartalsrapport for the
/// period just before states as active at its end (participants_current of the latest
/// version). nullopt when there is no such report or it gives no such count: then nobody
/// knows how many there were.
AppResult<std::optional<std::int64_t>>
active_at_start(const AppContext& context, std::int64_t intervention_id, const Period& period);

} // namespace finsam
