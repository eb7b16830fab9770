#include "web/routes/ReportAccess.h"

#include <charconv>

namespace finsam {

std::optional<ReadableReport> readable_report(RequestScope& scope) {
    const auto id = scope.path_id(1);
    if (!id) {
        scope.not_found();
        return std::nullopt;
    }
    WorkflowStore workflow(scope.database());
    const auto state = workflow.state(*id);
    if (!state)
        throw std::runtime_error(state.error().message);
    const Visitor& visitor = scope.visitor();
    if (!*state || (**state).association_id != visitor.user.association_id) {
        scope.not_found();
        return std::nullopt;
    }
    const bool board_may_read =
        visitor.user.role != Role::Board || (**state).status == ReportStatus::Reviewed;
    if (!visitor.can_read((**state).intervention_id) || !board_may_read) {
        scope.audit("denied", "report", *id);
        scope.forbidden();
        return std::nullopt;
    }
    InterventionStore interventions(scope.database());
    const auto intervention = interventions.load((**state).intervention_id);
    if (!intervention || !*intervention)
        throw std::runtime_error("the report's intervention cannot be loaded");
    return ReadableReport{**state, **intervention};
}

int posted_revision(RequestScope& scope) {
    const std::string text = scope.param("revision");
    int revision = -1;
    std::from_chars(text.data(), text.data() + text.size(), revision);
    return revision;
}

} // namespace finsam
