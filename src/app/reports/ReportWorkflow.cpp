#include "app/reports/ReportWorkflow.h"

#include "app/InputGuard.h"
#include "app/ReadAccess.h"
#include "app/notifications/ReportNotices.h"
#include "domain/RegistryNumber.h"
#include "domain/Text.h"
#include "storage/WorkflowStore.h"

#include <cctype>

namespace finsam {

namespace {

/// A registration numbers the report from the förbund's pattern; one that cannot is refused
/// before anything changes.
AppResult<void> check_registry_pattern(const AppContext& context) {
    const auto settings = association_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());
    if (!validate_registry_pattern(settings->registry_pattern))
        return tl::unexpected(AppError::of(ErrorCode::RegistryPatternUnusable));
    return {};
}

tl::expected<void, StorageError> perform(const AppContext& context, const ReportState& state,
                                         WorkflowAction action, const ActionInput& input) {
    WorkflowStore workflow(context.database(), context.clock());
    const std::int64_t user = context.user().id;
    switch (action) {
    case WorkflowAction::Register: {
        const std::string signature =
            input.signature.empty() ? initials_of(context.user().display_name) : input.signature;
        const std::string stated(trim(input.registry_number));
        const auto number = workflow.register_report(
            state.id, user, signature,
            parse_iso_date(trim(input.arrival_date)).value_or(context.clock().today()),
            input.revision, stated.empty() ? std::nullopt : std::optional(stated));
        return number ? tl::expected<void, StorageError>{} : tl::unexpected(number.error());
    }
    case WorkflowAction::Return: {
        const auto returned = workflow.return_report(state.id, user, input.comment, input.revision);
        return returned ? tl::expected<void, StorageError>{} : tl::unexpected(returned.error());
    }
    case WorkflowAction::Review: {
        const auto reviewed = workflow.review(state.id, user, input.revision);
        return reviewed ? tl::expected<void, StorageError>{} : tl::unexpected(reviewed.error());
    }
    case WorkflowAction::Submit:
        break;
    }
    return tl::unexpected(
        StorageError{StorageError::Code::Query, "submitting is not a kansli's action"});
}

AuditAction audit_action_of(WorkflowAction action) {
    switch (action) {
    case WorkflowAction::Register:
        return AuditAction::Register;
    case WorkflowAction::Return:
        return AuditAction::Return;
    case WorkflowAction::Review:
        return AuditAction::Review;
    case WorkflowAction::Submit:
        break;
    }
    return AuditAction::Submit;
}

} // namespace

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

AppResult<ReportState> act_on_report(const AppContext& context, std::int64_t report_id,
                                     WorkflowAction action, const ActionInput& input) {
    const auto readable = readable_report(context, report_id);
    if (!readable)
        return tl::unexpected(readable.error());
    if (const auto allowed = require_kansli(context); !allowed)
        return tl::unexpected(allowed.error());
    for (const auto& [field, text] :
         {std::pair{"comment", &input.comment}, std::pair{"signature", &input.signature},
          std::pair{"registry_number", &input.registry_number}}) {
        if (const auto checked = check_text(field, *text); !checked)
            return tl::unexpected(checked.error());
    }
    if (!trim(input.arrival_date).empty() && !parse_iso_date(trim(input.arrival_date)))
        return tl::unexpected(
            AppError::invalid({{"arrival_date", "Ange ankomstdatum som ÅÅÅÅ-MM-DD."}}));
    if (action == WorkflowAction::Return && trim(input.comment).empty())
        return tl::unexpected(AppError::of(ErrorCode::CommentMissing));
    if (action == WorkflowAction::Register) {
        if (const auto pattern = check_registry_pattern(context); !pattern)
            return tl::unexpected(pattern.error());
    }
    const auto& state = readable->state;
    if (const auto done = perform(context, state, action, input); !done) {
        // A registration refused because its number is taken: the number typed is another
        // report's, or the pattern cannot number it.
        const bool taken = done.error().code == StorageError::Code::Conflict;
        const bool typed = !trim(input.registry_number).empty();
        if (taken && typed)
            return tl::unexpected(AppError::invalid(
                {{"registry_number", "Diarienumret " + std::string(trim(input.registry_number)) +
                                         " har redan en annan rapport."}}));
        AppError error = taken ? AppError::of(ErrorCode::RegistryPatternUnusable)
                               : from_storage(done.error(), ErrorCode::ReportActionOutdated);
        error.report_id = state.id;
        return tl::unexpected(std::move(error));
    }
    context.audit(audit_action_of(action), AuditObject::Report, state.id);
    WorkflowStore workflow(context.database(), context.clock());
    const auto now = workflow.state(state.id);
    if (!now)
        return tl::unexpected(AppError::internal(now.error()));
    if (!*now)
        return tl::unexpected(AppError::internal("the report cannot be read after the action"));
    if (action == WorkflowAction::Return)
        queue_completion_request_notices(context, **now, trim(input.comment));
    return **now;
}

} // namespace finsam
