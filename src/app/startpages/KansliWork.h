#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/startpages/DueReports.h"
#include "storage/WorkListQueries.h"

#include <vector>

namespace finsam {

/// The kansli's work, its start page: reports to register, to review, overdue, and waiting
/// for komplettering.
struct KansliWork {
    std::vector<WorkItem> to_register; // inskickade, not yet diarieförda
    std::vector<WorkItem> to_review;   // registered, not yet reviewed
    std::vector<WorkItem> returned;    // waiting for the insatsägare's komplettering
    std::vector<DueReport> overdue;    // the deadline has passed and nothing is in
};

/// Forbidden for anyone but the kansli.
AppResult<KansliWork> kansli_work(const AppContext& context);

} // namespace finsam
