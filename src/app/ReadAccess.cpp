#include "app/ReadAccess.h"

#include "storage/AssociationStore.h"
#include "storage/InterventionStore.h"
#include "storage/WorkflowStore.h"

#include <limits>

namespace finsam {

namespace {

/// The policy's answer as an error, recording a denial.
AppError refusal(const AppContext& context, Access access, AuditObject object, std::int64_t id) {
    if (access == Access::NotFound)
        return AppError::of(ErrorCode::NotFound);
    context.audit(AuditAction::Denied, object, id);
    return AppError::of(ErrorCode::Forbidden);
}

} // namespace

AppResult<InterventionDetails> readable_intervention(const AppContext& context,
                                                     std::int64_t intervention_id) {
    InterventionStore interventions(context.database());
    auto loaded = interventions.load(intervention_id);
    if (!loaded)
        return tl::unexpected(AppError::internal(loaded.error()));
    if (!*loaded)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    const Access access =
        context.policy().read_intervention((**loaded).association_id, (**loaded).id);
    if (access != Access::Allowed)
        return tl::unexpected(refusal(context, access, AuditObject::Intervention, intervention_id));
    return std::move(**loaded);
}

AppResult<ReadableReport> readable_report(const AppContext& context, std::int64_t report_id) {
    WorkflowStore workflow(context.database(), context.clock());
    auto state = workflow.state(report_id);
    if (!state)
        return tl::unexpected(AppError::internal(state.error()));
    if (!*state)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    const Access access = context.policy().read_report(**state);
    if (access != Access::Allowed)
        return tl::unexpected(refusal(context, access, AuditObject::Report, report_id));
    InterventionStore interventions(context.database());
    auto intervention = interventions.load((**state).intervention_id);
    if (!intervention)
        return tl::unexpected(AppError::internal(intervention.error()));
    if (!*intervention)
        return tl::unexpected(AppError::internal("the report's intervention is missing"));
    return ReadableReport{std::move(**state), std::move(**intervention)};
}

AppResult<void> require_kansli(const AppContext& context) {
    if (!context.policy().manages_association())
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    return {};
}

AppResult<KansliVersion> kansli_version(const AppContext& context, std::int64_t report_id,
                                        std::int64_t version) {
    const auto readable = readable_report(context, report_id);
    if (!readable)
        return tl::unexpected(readable.error());
    if (const auto allowed = require_kansli(context); !allowed)
        return tl::unexpected(allowed.error());
    if (version < 1 || version > std::numeric_limits<int>::max())
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    return KansliVersion{readable->state.id, static_cast<int>(version)};
}

AppResult<AssociationSettings> association_settings(const AppContext& context) {
    AssociationStore associations(context.database());
    auto settings = associations.load(context.user().association_id);
    if (!settings)
        return tl::unexpected(AppError::internal(settings.error()));
    if (!*settings)
        return tl::unexpected(AppError::internal("the user's association is missing"));
    return std::move(**settings);
}

AppResult<ReadableReport> writable_report(const AppContext& context, std::int64_t report_id) {
    auto readable = readable_report(context, report_id);
    if (readable && !context.policy().writes_reports_of(readable->intervention.id))
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    return readable;
}

} // namespace finsam
