#pragma once

#include <optional>
#include <string_view>

namespace finsam {

/// Where a report is in the workflow: utkast (Draft) → inskickad (Submitted) → registrerad
/// (Registered: diarienummer, ankomstdatum and signatur set) → granskad (Reviewed), or
/// komplettering begärd (Returned) back to the insatsägare, who submits again.
enum class ReportStatus { Draft, Submitted, Registered, Reviewed, Returned };

/// What a user does to a report.
enum class WorkflowAction { Submit, Register, Return, Review };

/// Stored names: draft, submitted, registered, reviewed, returned.
std::string_view to_string(ReportStatus status);
std::optional<ReportStatus> report_status_from_string(std::string_view name);

/// submit, register, return, review.
std::string_view to_string(WorkflowAction action);
std::optional<WorkflowAction> workflow_action_from_string(std::string_view name);

/// The status an action leads to from `from`, or nullopt when the action is not allowed
/// there (registering a draft, submitting a registered report...).
std::optional<ReportStatus> status_after(ReportStatus from, WorkflowAction action);

/// Whether the insatsägare may still change the report's content.
constexpr bool is_editable_by_owner(ReportStatus status) {
    return status == ReportStatus::Draft || status == ReportStatus::Returned;
}

} // namespace finsam
