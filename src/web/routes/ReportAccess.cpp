#include "web/routes/ReportAccess.h"

#include "domain/Text.h"
#include "storage/AssociationStore.h"
#include "web/Overview.h"

#include <charconv>

namespace finsam {

std::optional<InterventionDetails> readable_intervention(RequestScope& scope) {
    const auto id = scope.path_id(1);
    InterventionStore interventions(scope.database());
    const auto loaded = id ? interventions.load(*id) : decltype(interventions.load(0)){};
    if (id && !loaded)
        throw std::runtime_error(loaded.error().message);
    if (!id || !*loaded || (**loaded).association_id != scope.visitor().user.association_id) {
        scope.not_found();
        return std::nullopt;
    }
    if (!scope.visitor().can_read((**loaded).id)) {
        scope.audit("denied", "intervention", (**loaded).id);
        scope.forbidden();
        return std::nullopt;
    }
    return std::move(**loaded);
}

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

std::string initials_of(const std::string& name) {
    std::string initials;
    for (const auto& word : split_words(name)) {
        if (!word.empty() && static_cast<unsigned char>(word.front()) < 0x80)
            initials += static_cast<char>(std::toupper(static_cast<unsigned char>(word.front())));
        else if (!word.empty())
            initials += word.substr(0, word.size() > 1 ? 2 : 1);
    }
    return initials;
}

std::optional<StorageError> perform_action(RequestScope& scope, const ReportState& state,
                                           WorkflowAction action, const ActionInput& input) {
    WorkflowStore workflow(scope.database());
    const std::int64_t user = scope.visitor().user.id;
    switch (action) {
    case WorkflowAction::Register: {
        const std::string signature = input.signature.empty()
                                          ? initials_of(scope.visitor().user.display_name)
                                          : input.signature;
        const auto number = workflow.register_report(state.id, user, signature,
                                                     input.arrival_date.value_or(today_in_sweden()),
                                                     input.revision);
        return number ? std::nullopt : std::optional(number.error());
    }
    case WorkflowAction::Return: {
        const auto returned = workflow.return_report(state.id, user, input.comment, input.revision);
        return returned ? std::nullopt : std::optional(returned.error());
    }
    case WorkflowAction::Review: {
        const auto reviewed = workflow.review(state.id, user, input.revision);
        return reviewed ? std::nullopt : std::optional(reviewed.error());
    }
    case WorkflowAction::Submit:
        break;
    }
    return StorageError{StorageError::Code::Query, "submitting is not a kansli's action"};
}

const TemplateDefinition* form_template(RequestScope& scope, ReportKind kind) {
    AssociationStore associations(scope.database());
    const auto settings = associations.load(scope.visitor().user.association_id);
    if (!settings || !*settings)
        throw std::runtime_error("the association's settings cannot be loaded");
    const auto& chosen =
        kind == ReportKind::Final ? (**settings).final_template : (**settings).quarterly_template;
    const auto* definition = scope.context().report_template(chosen);
    if (!definition || definition->form.empty() || definition->kind != kind)
        return nullptr;
    return definition;
}

NewReport open_new_report(RequestScope& scope, const TemplateDefinition& definition,
                          const InterventionDetails& intervention, const ReportFormValues& values,
                          bool submitting) {
    NewReport result;
    result.errors =
        check_new_report(definition, values, intervention, today_in_sweden(), submitting);
    const auto period = form_period(definition, values);
    if (!result.errors.empty() || !period)
        return result;
    WorkflowStore workflow(scope.database());
    const auto report_id =
        workflow.open_report(intervention.id, definition.kind, *period, scope.visitor().user.id);
    if (!report_id)
        throw std::runtime_error(report_id.error().message);
    const auto state = workflow.state(*report_id);
    if (!state || !*state)
        throw std::runtime_error("the new report cannot be read");
    const bool untouched =
        (**state).revision == 1 && !(**state).draft && (**state).version_count == 0;
    if (untouched)
        result.opened = **state;
    else
        result.started_elsewhere = *report_id;
    return result;
}

int posted_revision(RequestScope& scope) {
    const std::string text = scope.param("revision");
    int revision = -1;
    std::from_chars(text.data(), text.data() + text.size(), revision);
    return revision;
}

} // namespace finsam
