#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/Date.h"
#include "domain/ReportState.h"
#include "domain/ReportStatus.h"

#include <cstdint>
#include <optional>
#include <string>

namespace finsam {

/// What a kansli's workflow action was given, from a form or JSON.
struct ActionInput {
    int revision = -1;
    std::string comment;      // a return's komplettering request; must not be empty
    std::string signature;    // a registration's; the registrar's initials when empty
    std::string arrival_date; // a registration's, as ÅÅÅÅ-MM-DD; today when empty
    /// A registration's diarienummer when the report was registered elsewhere (typed by the
    /// kansli); when empty, the one it has (kept after a komplettering) or the next one.
    std::string registry_number{};
};

/// The kansli registers (next diarienummer of the insats's registry case), returns with a
/// comment (komplettering begärd) or reviews a report, when it is still at the revision the
/// page showed: ReportActionOutdated when it changed or its status does not allow the action,
/// CommentMissing for a return without a comment, Invalid for an arrival date that is not
/// one or a text the input guard refuses, RegistryPatternUnusable when the förbund's
/// diarienummer pattern cannot number it. Returns the report as it is after the action.
AppResult<ReportState> act_on_report(const AppContext& context, std::int64_t report_id,
                                     WorkflowAction action, const ActionInput& input);

/// "Karin Kansli" → "KK": the signature a registration gets by default.
std::string initials_of(const std::string& name);

} // namespace finsam
