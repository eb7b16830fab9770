#include "app/reports/ShowReport.h"

#include "analytics/SmallCountMentions.h"
#include "app/ReadAccess.h"
#include "app/reports/ReportWorkflow.h"
#include "app/statistics/Statistics.h"
#include "domain/PersonalData.h"
#include "domain/SmallCounts.h"
#include "storage/RedactionStore.h"
#include "storage/ReportStore.h"
#include "storage/WorkflowStore.h"

#include <algorithm>

namespace finsam {

namespace {

DisclosedVersion disclosed(const StoredReportVersion& version, const Disclosure& disclosure) {
    DisclosedVersion shown{
        version.version,     version.imported_at,     version.source, version.report, {},
        disclosure.warnings, disclosure.figure_quotes};
    shown.figures = disclose_figures(version.report.figures, disclosure);
    shown.report.figures.clear();
    if (!disclosure.small_counts) {
        for (auto& section : shown.report.sections)
            section.text =
                mask_small_count_mentions(section.text, disclosure.small_count_threshold);
    }
    if (!disclosure.warnings)
        shown.report.warnings.clear();
    return shown;
}

/// For an audience without small counts: hides, besides what the report's own figures give
/// away, what the statistics of the report's year hide of it, so that the report page and the
/// statistics cannot be set against each other.
AppResult<void> hide_as_statistics_do(const AppContext& context, const ReportState& state,
                                      DisclosedVersion& latest) {
    const auto period = state.period.complete();
    if (context.policy().disclosure().small_counts || !period)
        return {};
    const auto protected_reports =
        protected_report_figures(context, Period{period->end, period->end});
    if (!protected_reports)
        return tl::unexpected(protected_reports.error());
    const auto found = protected_reports->find(state.id);
    if (found == protected_reports->end())
        return {};
    const auto& hidden = found->second.figures;
    for (std::size_t i = 0; i < latest.figures.size() && i < hidden.size(); ++i) {
        if (hidden[i]) {
            latest.figures[i].value.reset();
            latest.figures[i].suppressed = true;
        }
    }
    return {};
}

/// Where the version's sections state small counts of people, for the kansli to reword
/// before the board can read them.
std::vector<SectionMention> mentions_in(const Report& report, int threshold) {
    std::vector<SectionMention> found;
    for (const auto& section : report.sections) {
        for (auto& mention : small_count_mentions(section.text, threshold))
            found.push_back({section.id, section.title, std::move(mention.excerpt)});
    }
    return found;
}

std::vector<SectionMention> personal_data_in(const Report& report) {
    std::vector<SectionMention> found;
    for (const auto& section : report.sections) {
        for (const auto& finding : find_personal_data(section.text)) {
            if (finding.kind != PersonalDataKind::IdentityNumber)
                found.push_back({section.id, section.title,
                                 section.text.substr(finding.offset, finding.length)});
        }
    }
    return found;
}

std::vector<VersionListing> listing(const StoredReport& stored, const AccessPolicy& policy) {
    std::vector<VersionListing> versions;
    for (const auto& version : stored.versions) {
        versions.push_back({version.version, version.imported_at, version.source,
                            policy.reads_original_files() ? version.original : std::nullopt});
    }
    return versions;
}

bool is_suppressed(const DisclosedVersion& version, Measure measure, Unit unit) {
    return std::any_of(version.figures.begin(), version.figures.end(), [&](const auto& figure) {
        return figure.measure == measure && figure.unit == unit && figure.suppressed;
    });
}

/// A figure change is left out of the diff when either version hides the figure, so a
/// comparison shows no more than the two versions do.
void hide_undisclosed_figures(ReportDiff& diff, const DisclosedVersion& before,
                              const DisclosedVersion& after) {
    std::erase_if(diff.figures, [&](const FigureChange& change) {
        return is_suppressed(before, change.measure, change.unit) ||
               is_suppressed(after, change.measure, change.unit);
    });
}

/// The removals of personal data from this version, for the kansli who makes them.
AppResult<std::vector<VersionRedaction>> redactions_of(const AppContext& context,
                                                       std::int64_t report_id, int version) {
    RedactionStore store(context.database(), context.clock());
    auto redactions = store.redactions(report_id);
    if (!redactions)
        return tl::unexpected(AppError::internal(redactions.error()));
    std::erase_if(*redactions, [&](const auto& each) { return each.version != version; });
    return std::move(*redactions);
}

AppResult<StoredReport> load_versions(const AppContext& context, std::int64_t report_id) {
    ReportStore reports(context.database(), context.clock());
    auto stored = reports.load_report(report_id);
    if (!stored)
        return tl::unexpected(AppError::internal(stored.error()));
    return std::move(*stored);
}

} // namespace

AppResult<ReportDetails> show_report(const AppContext& context, std::int64_t report_id) {
    auto readable = readable_report(context, report_id);
    if (!readable)
        return tl::unexpected(readable.error());
    const AccessPolicy& policy = context.policy();
    const Disclosure& disclosure = policy.disclosure();
    ReportDetails details;
    details.state = std::move(readable->state);
    details.intervention = std::move(readable->intervention);
    const ReportState& state = details.state;
    WorkflowStore workflow(context.database(), context.clock());
    auto events = workflow.events(state.id);
    if (!events)
        return tl::unexpected(AppError::internal(events.error()));
    if (state.status == ReportStatus::Returned)
        details.return_comment = latest_return_comment(*events);
    details.shows_history = disclosure.history;
    if (disclosure.history)
        details.events = std::move(*events);
    if (state.version_count > 0) {
        const auto stored = load_versions(context, state.id);
        if (!stored)
            return tl::unexpected(stored.error());
        details.latest = disclosed(stored->versions.back(), disclosure);
        if (const auto hidden = hide_as_statistics_do(context, state, *details.latest); !hidden)
            return tl::unexpected(hidden.error());
        const auto confirmations = figure_confirmations(context, state.id);
        if (!confirmations)
            return tl::unexpected(confirmations.error());
        details.latest_figures = figure_standing(context, stored->versions.back(), *confirmations);
        if (policy.manages_association()) {
            const Report& latest = stored->versions.back().report;
            details.small_count_mentions =
                mentions_in(latest, context.user().small_count_threshold);
            details.personal_data_mentions = personal_data_in(latest);
            details.figure_check =
                figure_check(context, stored->versions.back(), true, *confirmations);
        }
        if (disclosure.history)
            details.versions = listing(*stored, policy);
    }
    details.actions = {policy.may_edit(state),
                       policy.may_act(WorkflowAction::Register, state.status),
                       policy.may_act(WorkflowAction::Return, state.status),
                       policy.may_act(WorkflowAction::Review, state.status)};
    details.default_signature = initials_of(context.user().display_name);
    details.today = context.clock().today();
    context.audit(AuditAction::View, AuditObject::Report, state.id);
    return details;
}

AppResult<std::vector<Section>> readable_sections(const AppContext& context,
                                                  std::int64_t report_id) {
    const auto readable = readable_report(context, report_id);
    if (!readable)
        return tl::unexpected(readable.error());
    if (readable->state.version_count == 0)
        return std::vector<Section>{};
    const auto stored = load_versions(context, report_id);
    if (!stored)
        return tl::unexpected(stored.error());
    return disclosed(stored->versions.back(), context.policy().disclosure()).report.sections;
}

AppResult<VersionDetails> show_version(const AppContext& context, std::int64_t report_id,
                                       std::int64_t version) {
    auto readable = readable_report(context, report_id);
    if (!readable)
        return tl::unexpected(readable.error());
    const Disclosure& disclosure = context.policy().disclosure();
    // Earlier versions and comparisons are the report's history: text and figures the
    // insatsägare or the kansli have since removed stay there.
    if (!disclosure.history)
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    const auto stored = load_versions(context, readable->state.id);
    if (!stored)
        return tl::unexpected(stored.error());
    const auto& versions = stored->versions;
    const auto found = std::find_if(versions.begin(), versions.end(), [&](const auto& candidate) {
        return candidate.version == version;
    });
    if (found == versions.end())
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    VersionDetails details{std::move(readable->state),
                           std::move(readable->intervention),
                           disclosed(*found, disclosure),
                           listing(*stored, context.policy()),
                           std::nullopt,
                           std::nullopt,
                           false,
                           {},
                           std::nullopt};
    if (found != versions.begin()) {
        const auto& previous = *(found - 1);
        details.previous = previous.version;
        details.diff = diff_reports(previous.report, found->report);
        hide_undisclosed_figures(*details.diff, disclosed(previous, disclosure), details.shown);
    }
    if (context.policy().manages_association()) {
        auto redactions = redactions_of(context, details.state.id, found->version);
        if (!redactions)
            return tl::unexpected(redactions.error());
        details.may_redact = true;
        details.redactions = std::move(*redactions);
        const auto confirmations = figure_confirmations(context, details.state.id);
        if (!confirmations)
            return tl::unexpected(confirmations.error());
        details.figure_check =
            figure_check(context, *found, found + 1 == versions.end(), *confirmations);
    }
    context.audit(AuditAction::View, AuditObject::Report, details.state.id,
                  "version " + std::to_string(found->version));
    return details;
}

} // namespace finsam
