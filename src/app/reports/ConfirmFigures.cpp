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

namespace {

/// The confirmation of the version's figures, when they were read from the text and confirmed.
std::optional<FigureConfirmation>
confirmation_of(const StoredReportVersion& version,
                const std::vector<FigureConfirmation>& confirmations) {
    if (!figures_read_from_text(version.source))
        return std::nullopt;
    const auto found = std::find_if(
        confirmations.begin(), confirmations.end(),
        [&](const FigureConfirmation& each) { return each.version == version.version; });
    return found == confirmations.end() ? std::nullopt : std::optional(*found);
}

} // namespace

std::optional<FigureCheck> figure_check(const AppContext& context,
                                        const StoredReportVersion& version, bool latest,
                                        const std::vector<FigureConfirmation>& confirmations) {
    if (!context.policy().manages_association() || version.report.figures.empty())
        return std::nullopt;
    FigureCheck check{version.version, figures_read_from_text(version.source),
                      confirmation_of(version, confirmations), false};
    check.may_confirm = latest && !check.confirmed();
    return check;
}

FigureStanding figure_standing(const AppContext& context, const StoredReportVersion& version,
                               const std::vector<FigureConfirmation>& confirmations) {
    FigureStanding standing;
    standing.read_from_text = figures_read_from_text(version.source);
    const auto confirmation = confirmation_of(version, confirmations);
    if (!confirmation)
        return standing;
    standing.confirmed = true;
    if (context.policy().disclosure().history)
        standing.confirmed_at = confirmation->at;
    if (context.policy().manages_association())
        standing.confirmed_by = confirmation->user_name;
    return standing;
}

AppResult<std::vector<FigureConfirmation>> figure_confirmations(const AppContext& context,
                                                                std::int64_t report_id) {
    FigureConfirmationStore store(context.database(), context.clock());
    return or_internal(store.confirmations(report_id));
}

} // namespace finsam
