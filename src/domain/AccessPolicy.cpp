#include "domain/AccessPolicy.h"

#include <algorithm>

namespace finsam {

Disclosure disclosure_for(Role role, int small_count_threshold) {
    Disclosure disclosure;
    disclosure.small_count_threshold = small_count_threshold;
    switch (role) {
    case Role::Admin:
    case Role::Kansli:
        return disclosure;
    case Role::InterventionOwner:
        disclosure.warnings = false;
        disclosure.small_survey_groups = false;
        disclosure.free_text_answers = false;
        return disclosure;
    case Role::Board:
        break;
    }
    disclosure.unreviewed_reports = false;
    disclosure.small_counts = false;
    disclosure.figure_quotes = false;
    disclosure.warnings = false;
    disclosure.history = false;
    disclosure.work_status = false;
    disclosure.unconfirmed_figures = false;
    disclosure.small_survey_groups = false;
    disclosure.free_text_answers = false;
    return disclosure;
}

DisclosedFigure disclose(const Figure& figure, const Disclosure& disclosure) {
    DisclosedFigure shown{figure.measure,    figure.unit,  figure.value,   false,
                          figure.section_id, figure.quote, figure.category};
    if (disclosure.hides(figure.value, figure.unit)) {
        shown.value.reset();
        shown.suppressed = true;
    }
    if (!disclosure.figure_quotes)
        shown.quote.clear();
    return shown;
}

AccessPolicy::AccessPolicy(const User& user)
    : m_user(user), m_disclosure(disclosure_for(user.role, user.small_count_threshold)) {}

bool AccessPolicy::bound_to(std::int64_t intervention_id) const {
    const auto& bound = m_user.intervention_ids;
    return std::find(bound.begin(), bound.end(), intervention_id) != bound.end();
}

Access AccessPolicy::read_intervention(std::int64_t association_id,
                                       std::int64_t intervention_id) const {
    if (association_id != m_user.association_id)
        return Access::NotFound;
    if (m_user.role == Role::InterventionOwner && !bound_to(intervention_id))
        return Access::Forbidden;
    return Access::Allowed;
}

Access AccessPolicy::read_report(const ReportState& report) const {
    const Access intervention = read_intervention(report.association_id, report.intervention_id);
    if (intervention != Access::Allowed)
        return intervention;
    return m_disclosure.shows_report(report.status) ? Access::Allowed : Access::Forbidden;
}

bool AccessPolicy::writes_reports_of(std::int64_t intervention_id) const {
    return manages_association() ||
           (m_user.role == Role::InterventionOwner && bound_to(intervention_id));
}

Access AccessPolicy::manage_surveys_of(std::int64_t association_id,
                                       std::int64_t intervention_id) const {
    const Access read = read_intervention(association_id, intervention_id);
    if (read != Access::Allowed)
        return read;
    return writes_reports_of(intervention_id) ? Access::Allowed : Access::Forbidden;
}

bool AccessPolicy::may_act(WorkflowAction action, ReportStatus status) const {
    if (action == WorkflowAction::Submit)
        return false;
    return manages_association() && status_after(status, action).has_value();
}

bool AccessPolicy::may_edit(const ReportState& report) const {
    return writes_reports_of(report.intervention_id) && is_editable_by_owner(report.status);
}

std::optional<std::vector<std::int64_t>> AccessPolicy::intervention_scope() const {
    if (m_user.role == Role::InterventionOwner)
        return m_user.intervention_ids;
    return std::nullopt;
}

} // namespace finsam
