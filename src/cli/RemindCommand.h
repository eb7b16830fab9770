#pragma once

#include "cli/CommonOptions.h"

#include <string>

namespace finsam {

/// `finsam remind`: one round of notifications for every förbund of the database, as
/// `finsam serve` runs every few minutes: deadline reminders and late notices queued as each
/// förbund's settings ask, then everything waiting sent. For a timer. `as_of` (YYYY-MM-DD,
/// empty for today) decides the reminders as on that day. Exit status 0; 1 when something
/// could not be queued or sent (it is tried again next time); 2 when e-mail is not set up.
int run_remind(const CommonOptions& common, const std::string& as_of);

} // namespace finsam
