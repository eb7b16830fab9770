#include "app/reports/ConfirmFigures.h"

#include "app/ReadAccess.h"
#include "storage/FigureConfirmationStore.h"

#include <algorithm>

namespace finsam {

AppResult<FigureCheck> confirm_figures(const AppContext& context, std::int64_t report_id,
                                       std::int64_t version) {
    const auto target = kansli_version(context, report_id, version);
    if (!target)
        return tl::unexpected(target.error());
    const int version_number = target->version;
    const std::int64_t id = target->report_id;

    FigureConfirmationStore store(context.database(), context.clock());
    const std::int64_t user_id = context.user().id;
    const auto outcome =
        store.confirm(id, version_number, user_id > 0 ? std::optional(user_id) : std::nullopt);
    if (!outcome && outcome.error().code == StorageError::Code::NotFound)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    if (!outcome)
        return tl::unexpected(AppError::internal(outcome.error()));
    switch (outcome->result) {
    case ConfirmationResult::NotLatest: {
        AppError error = AppError::of(ErrorCode::VersionNotLatest);
        error.report_id = id;
        return tl::unexpected(std::move(error));
    }
    case ConfirmationResult::TypedInForm:
        return FigureCheck{version_number, false, std::nullopt, false};
    case ConfirmationResult::Confirmed:
        context.audit(AuditAction::ConfirmFigures, AuditObject::Report, id,
                      "version " + std::to_string(version_number));
        break;
    case ConfirmationResult::AlreadyConfirmed:
        break;
    }
    return FigureCheck{version_number, true, outcome->confirmation, false};
}

std::optional<FigureCheck> figure_check(const AppContext& context,
                                        const StoredReportVersion& version, bool latest,
                                        const std::vector<FigureConfirmation>& confirmations) {
    if (!context.policy().manages_association() || version.report.figures.empty())
        return std::nullopt;
    FigureCheck check{version.version, figures_read_from_text(version.source), std::nullopt, false};
    const auto found = std::find_if(
        confirmations.begin(), confirmations.end(),
        [&](const FigureConfirmation& each) { return each.version == version.version; });
    if (check.read_from_text && found != confirmations.end())
        check.confirmation = *found;
    check.may_confirm = latest && !check.confirmed();
    return check;
}

AppResult<std::vector<FigureConfirmation>> figure_confirmations(const AppContext& context,
                                                                std::int64_t report_id) {
    if (!context.policy().manages_association())
        return std::vector<FigureConfirmation>{};
    FigureConfirmationStore store(context.database(), context.clock());
    return or_internal(store.confirmations(report_id));
}

} // namespace finsam
