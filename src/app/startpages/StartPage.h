#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/AccessPolicy.h"
#include "domain/ReportStatus.h"
#include "storage/WorkListQueries.h"

#include <vector>

namespace finsam {

// What each role sees first after logging in (`/`): one use case per role's start page
// (OwnerToDo, KansliWork, BoardNews).

/// Which start page a user gets: the kansli (admin and kansli) its work, the board what is
/// new, an insatsägare their to-do.
enum class StartPage { OwnerToDo, KansliWork, BoardNews };
StartPage start_page_for(const AccessPolicy& policy);

/// The reports of the user's insatser (the förbund's for staff) in `status`, the oldest
/// period first; drafts once saved.
AppResult<std::vector<WorkItem>> reports_in_status(const AppContext& context, ReportStatus status);

} // namespace finsam
