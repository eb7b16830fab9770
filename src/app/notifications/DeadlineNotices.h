#pragma once

#include "app/AppError.h"
#include "domain/AssociationSettings.h"
#include "domain/Clock.h"
#include "storage/Database.h"

#include <optional>

namespace finsam {

/// Queues the förbund's deadline notifications for the clock's day, as its settings ask: a
/// reminder to the insatsägare of each insats whose kvartalsrapport is not in when its
/// deadline is at most `reminder_days` away, and a late notice for each that is missing once
/// the deadline of the latest ended quarter has passed. Which reports are due, in or missing
/// is the overview's judgement, read through the overview use case. Each is queued once per
/// insats, quarter, deadline and recipient, however often this runs and wherever. Returns how
/// many were new. `as_of` decides as on that day instead of the clock's; they are queued at
/// the clock's time all the same.
AppResult<int> queue_deadline_notices(Database& database, const Clock& clock,
                                      const AssociationSettings& settings,
                                      std::optional<Date> as_of = std::nullopt);

} // namespace finsam
