#include "app/interventions/Interventions.h"

#include "app/InputGuard.h"
#include "app/ReadAccess.h"
#include "app/interventions/InterventionInput.h"
#include "app/statistics/Statistics.h"
#include "domain/SmallCounts.h"
#include "storage/InterventionStore.h"
#include "storage/UserStore.h"

#include <algorithm>
#include <map>

namespace finsam {

namespace {

/// From the first to the last day the timeline's reports end on; nullopt without any.
std::optional<Period> reported_span(const std::vector<FigurePoint>& points) {
    std::optional<Period> span;
    for (const auto& point : points) {
        if (!point.period_end)
            continue;
        if (!span)
            span = Period{*point.period_end, *point.period_end};
        span->start = std::min(span->start, *point.period_end);
        span->end = std::max(span->end, *point.period_end);
    }
    return span;
}

/// Adds an error on `owner_user_ids` unless every user to bind is an insatsägare of the
/// user's own förbund: an id of another förbund's user, of another role or of no user at all
/// is refused here rather than bound (or failing the insert).
AppResult<void> check_owner_users(const AppContext& context, const std::vector<std::int64_t>& ids,
                                  std::vector<FieldError>& errors) {
    if (ids.empty())
        return {};
    UserStore users(context.database(), context.clock());
    const auto listed = users.list(context.user().association_id);
    if (!listed)
        return tl::unexpected(AppError::internal(listed.error()));
    const bool all_owners = std::all_of(ids.begin(), ids.end(), [&](std::int64_t id) {
        return std::any_of(listed->begin(), listed->end(), [&](const User& user) {
            return user.id == id && user.role == Role::InterventionOwner;
        });
    });
    if (!all_owners)
        errors.push_back({k_owner_users_field, k_owner_users_message});
    return {};
}

/// The surveys of the user's förbund, by name: those its goals may be measured by.
AppResult<std::vector<const SurveyDefinition*>>
surveys_of_association(const AppContext& context, const SurveyCatalog& surveys) {
    auto settings = association_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());
    return surveys.for_association(settings->name);
}

} // namespace

std::vector<TimelinePoint>
disclosed_timeline(const std::vector<FigurePoint>& points,
                   const std::vector<InterventionReportRow>& shown, const Disclosure& disclosure,
                   const std::map<std::int64_t, ProtectedReport>& protected_reports) {
    std::map<std::int64_t, std::vector<Figure>> figures_of_report;
    for (const auto& row : shown)
        figures_of_report[row.report_id];
    for (const auto& point : points) {
        if (const auto report = figures_of_report.find(point.report_id);
            report != figures_of_report.end())
            report->second.push_back({point.measure, point.value, Unit::Count, "", ""});
    }
    std::map<std::int64_t, std::vector<DisclosedFigure>> disclosed;
    for (const auto& [report_id, figures] : figures_of_report)
        disclosed[report_id] = disclose_figures(figures, disclosure);
    std::map<std::int64_t, std::size_t> next_of_report;
    std::vector<TimelinePoint> timeline;
    for (const auto& point : points) {
        const auto report = disclosed.find(point.report_id);
        if (report == disclosed.end())
            continue;
        const DisclosedFigure& figure = report->second[next_of_report[point.report_id]++];
        TimelinePoint shown_point{point.report_id, point.period_start, point.period_end,
                                  point.measure,   figure.value,       figure.suppressed};
        // What the statistics of the report's year hide stays hidden here too.
        if (const auto found = protected_reports.find(point.report_id);
            found != protected_reports.end()) {
            const auto count = found->second.counts.find({point.measure, ""});
            if (count != found->second.counts.end() && count->second) {
                shown_point.value.reset();
                shown_point.suppressed = true;
            }
        }
        timeline.push_back(shown_point);
    }
    return timeline;
}

AppResult<std::vector<InterventionDetails>> list_interventions(const AppContext& context) {
    InterventionStore interventions(context.database());
    auto all = interventions.list(context.user().association_id);
    if (!all)
        return tl::unexpected(AppError::internal(all.error()));
    std::erase_if(*all, [&](const InterventionDetails& details) {
        return context.policy().read_intervention(details.association_id, details.id) !=
               Access::Allowed;
    });
    return std::move(*all);
}

AppResult<InterventionOverview> show_intervention(const AppContext& context,
                                                  std::int64_t intervention_id) {
    auto details = readable_intervention(context, intervention_id);
    if (!details)
        return tl::unexpected(details.error());
    OverviewQueries queries(context.database());
    auto reports = queries.intervention_reports(details->id);
    if (!reports)
        return tl::unexpected(AppError::internal(reports.error()));
    const auto figures = queries.intervention_figures(details->id);
    if (!figures)
        return tl::unexpected(AppError::internal(figures.error()));
    const AccessPolicy& policy = context.policy();
    std::erase_if(*reports, [&](const InterventionReportRow& row) {
        return !policy.disclosure().shows_report(row.status.value_or(ReportStatus::Draft));
    });
    InterventionOverview overview{
        std::move(*details), std::move(*reports), {}, policy.manages_association(), false};
    std::map<std::int64_t, ProtectedReport> protected_reports;
    if (const auto span = reported_span(*figures)) {
        auto found = protected_report_figures(context, *span);
        if (!found)
            return tl::unexpected(found.error());
        protected_reports = std::move(*found);
    }
    overview.timeline =
        disclosed_timeline(*figures, overview.reports, policy.disclosure(), protected_reports);
    overview.can_report = policy.writes_reports_of(overview.details.id);
    overview.shows_warnings = policy.disclosure().warnings;
    if (!overview.shows_warnings) {
        for (auto& report : overview.reports)
            report.warning_count = 0;
    }
    context.audit(AuditAction::View, AuditObject::Intervention, overview.details.id);
    return overview;
}

AppResult<InterventionFormData> intervention_form(const AppContext& context,
                                                  const SurveyCatalog& surveys,
                                                  std::optional<std::int64_t> intervention_id,
                                                  const FieldSource* posted) {
    if (const auto allowed = require_kansli(context); !allowed)
        return tl::unexpected(allowed.error());
    auto offered = surveys_of_association(context, surveys);
    if (!offered)
        return tl::unexpected(offered.error());
    InterventionFormData form;
    form.surveys = std::move(*offered);
    form.details.association_id = context.user().association_id;
    if (intervention_id) {
        auto stored = readable_intervention(context, *intervention_id);
        if (!stored)
            return tl::unexpected(stored.error());
        form.details = std::move(*stored);
    }
    if (posted)
        form.details = read_intervention_input(form.details, *posted, form.surveys).details;
    UserStore users(context.database(), context.clock());
    auto listed = users.list(context.user().association_id);
    if (!listed)
        return tl::unexpected(AppError::internal(listed.error()));
    form.users = std::move(*listed);
    return form;
}

AppResult<InterventionDetails> save_intervention(const AppContext& context,
                                                 const SurveyCatalog& surveys,
                                                 std::optional<std::int64_t> intervention_id,
                                                 const FieldSource& fields) {
    if (const auto allowed = require_kansli(context); !allowed)
        return tl::unexpected(allowed.error());
    if (const auto checked = check_sent_fields(fields); !checked)
        return tl::unexpected(checked.error());
    InterventionDetails base;
    base.association_id = context.user().association_id;
    if (intervention_id) {
        auto stored = readable_intervention(context, *intervention_id);
        if (!stored)
            return tl::unexpected(stored.error());
        base = std::move(*stored);
    }
    const auto offered = surveys_of_association(context, surveys);
    if (!offered)
        return tl::unexpected(offered.error());
    auto input = read_intervention_input(base, fields, *offered);
    if (intervention_id && !fields.has("revision"))
        input.errors.push_back({"revision", "Ange insatsens revision."});
    if (const auto checked = check_owner_users(context, input.details.owner_user_ids, input.errors);
        !checked)
        return tl::unexpected(checked.error());
    if (!input.errors.empty())
        return tl::unexpected(AppError::invalid(std::move(input.errors)));
    InterventionStore interventions(context.database());
    std::int64_t id = input.details.id;
    std::optional<StorageError> failure;
    if (intervention_id) {
        if (const auto saved = interventions.update(input.details); !saved)
            failure = saved.error();
    } else if (const auto created = interventions.create(input.details); created) {
        id = *created;
    } else {
        failure = created.error();
    }
    if (failure && failure->code == StorageError::Code::Conflict)
        return tl::unexpected(
            AppError::invalid({{"name", "Det finns redan en insats med det namnet."}}));
    if (failure)
        return tl::unexpected(from_storage(*failure, ErrorCode::InterventionChanged));
    context.audit(intervention_id ? AuditAction::Edit : AuditAction::Create,
                  AuditObject::Intervention, id);
    auto saved = interventions.load(id);
    if (!saved)
        return tl::unexpected(AppError::internal(saved.error()));
    if (!*saved)
        return tl::unexpected(AppError::internal("a saved intervention cannot be read back"));
    return std::move(**saved);
}

} // namespace finsam
