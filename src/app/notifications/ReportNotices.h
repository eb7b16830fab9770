#pragma once

#include "app/AppContext.h"
#include "domain/ReportState.h"

#include <string_view>

namespace finsam {

// The notifications of the reporting workflow, queued as it happens and sent by the
// notifications' sender in the background: queueing is one insert per recipient, so a
// submission never waits for a mail server. A failure to queue is logged and not the
// action's: what was submitted or returned is done.

/// To each kansli user of the report's förbund who wants e-mail: the report was submitted.
/// `report` is as the submission left it (its revision names this submission).
void queue_submitted_notices(const AppContext& context, const ReportState& report);

/// To each insatsägare of the report's insats who wants e-mail: the kansli asks for a
/// completion, with its comment. `report` is as the return left it.
void queue_completion_request_notices(const AppContext& context, const ReportState& report,
                                      std::string_view comment);

} // namespace finsam
