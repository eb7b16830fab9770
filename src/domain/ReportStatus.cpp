#include "domain/ReportStatus.h"

#include "domain/NameTable.h"

namespace finsam {

namespace {

constexpr NameTable<ReportStatus, 5> k_status_names{{
    {ReportStatus::Draft, "draft"},
    {ReportStatus::Submitted, "submitted"},
    {ReportStatus::Registered, "registered"},
    {ReportStatus::Reviewed, "reviewed"},
    {ReportStatus::Returned, "returned"},
}};

constexpr NameTable<WorkflowAction, 4> k_action_names{{
    {WorkflowAction::Submit, "submit"},
    {WorkflowAction::Register, "register"},
    {WorkflowAction::Return, "return"},
    {WorkflowAction::Review, "review"},
}};

} // namespace

std::string_view to_string(ReportStatus status) {
    return name_in(k_status_names, status);
}

std::optional<ReportStatus> report_status_from_string(std::string_view name) {
    return value_in(k_status_names, name);
}

std::string_view to_string(WorkflowAction action) {
    return name_in(k_action_names, action);
}

std::optional<WorkflowAction> workflow_action_from_string(std::string_view name) {
    return value_in(k_action_names, name);
}

std::optional<ReportStatus> status_after(ReportStatus from, WorkflowAction action) {
    switch (action) {
    case WorkflowAction::Submit:
        if (is_editable_by_owner(from))
            return ReportStatus::Submitted;
        break;
    case WorkflowAction::Register:
        if (from == ReportStatus::Submitted)
            return ReportStatus::Registered;
        break;
    case WorkflowAction::Return:
        if (from == ReportStatus::Submitted || from == ReportStatus::Registered)
            return ReportStatus::Returned;
        break;
    case WorkflowAction::Review:
        if (from == ReportStatus::Registered)
            return ReportStatus::Reviewed;
        break;
    }
    return std::nullopt;
}

} // namespace finsam
