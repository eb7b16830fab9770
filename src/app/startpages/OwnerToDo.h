#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/startpages/DueReports.h"
#include "storage/WorkListQueries.h"

#include <vector>

namespace finsam {

/// An insatsägare's to-do for their own insatser: their start page.
struct OwnerToDo {
    std::vector<DueReport> due;     // to write and submit, the earliest deadline first
    std::vector<WorkItem> returned; // komplettering begärd, with the kansli's comment
    std::vector<WorkItem> drafts;   // begun and saved, not yet submitted
};

/// The to-do of the user's insatser (all of the förbund's for staff).
AppResult<OwnerToDo> owner_to_do(const AppContext& context);

} // namespace finsam
