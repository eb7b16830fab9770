#include "analytics/VersionDiff.h"
#include "domain/Text.h"
#include "storage/ReportStore.h"
#include "web/Labels.h"
#include "web/Overview.h"
#include "web/ReportViews.h"
#include "web/routes/ReportAccess.h"

namespace finsam {

namespace {

mstch::map status_view(const ReportState& state) {
    mstch::map view{{"status", std::string(status_label(state.status))},
                    {"status_css", std::string(status_css(state.status))},
                    {"revision", std::to_string(state.revision)},
                    {"registry_number", state.registry_number.value_or("")},
                    {"arrival", format_iso_or_empty(state.arrival_date)},
                    {"signature", state.signature.value_or("")}};
    view["registered"] = state.registry_number.has_value();
    return view;
}

/// The workflow buttons this visitor may use on the report now.
mstch::map actions_view(const Visitor& visitor, const ReportState& state) {
    const bool staff = visitor.is_staff();
    const bool may_edit =
        visitor.can_report_for(state.intervention_id) && is_editable_by_owner(state.status);
    return mstch::map{
        {"can_edit", may_edit},
        {"can_register", staff && status_after(state.status, WorkflowAction::Register).has_value()},
        {"can_return", staff && status_after(state.status, WorkflowAction::Return).has_value()},
        {"can_review", staff && status_after(state.status, WorkflowAction::Review).has_value()},
        {"signature", initials_of(visitor.user.display_name)},
        {"today", format_iso(today_in_sweden())}};
}

std::string returned_comment(const std::vector<ReportEvent>& events, ReportStatus status) {
    if (status != ReportStatus::Returned)
        return "";
    for (auto event = events.rbegin(); event != events.rend(); ++event) {
        if (event->action == "return")
            return event->comment;
    }
    return "";
}

mstch::array versions_view(const StoredReport& report, std::int64_t report_id) {
    mstch::array versions;
    for (const auto& version : report.versions) {
        versions.push_back(
            mstch::map{{"number", version.version},
                       {"href", "/rapporter/" + std::to_string(report_id) + "/versioner/" +
                                    std::to_string(version.version)},
                       {"imported_at", version.imported_at.substr(0, 10)},
                       {"source", version.source.format == "form" ? std::string("webbformulär")
                                                                  : version.source.file_name}});
    }
    return versions;
}

} // namespace

void show_report(RequestScope& scope) {
    const auto readable = readable_report(scope);
    if (!readable)
        return;
    const auto& [state, intervention] = *readable;
    const Visitor& visitor = scope.visitor();
    const bool board = visitor.user.role == Role::Board;
    mstch::map page{{"id", std::to_string(state.id)},
                    {"kind", std::string(kind_label(state.kind))},
                    {"period", period_text(state.period)},
                    {"intervention_id", std::to_string(intervention.id)},
                    {"intervention_name", intervention.name},
                    {"state", status_view(state)},
                    {"actions", actions_view(visitor, state)},
                    {"has_draft", state.draft.has_value()},
                    {"submitted", scope.param("klart") == "1"}};
    WorkflowStore workflow(scope.database());
    const auto events = workflow.events(state.id);
    if (!events)
        throw std::runtime_error(events.error().message);
    const std::string comment = returned_comment(*events, state.status);
    page["return_comment"] = comment;
    page["has_return_comment"] = !comment.empty();
    if (!board)
        page["events"] = events_view(*events);
    page["show_events"] = !board;
    if (state.version_count > 0) {
        ReportStore reports(scope.database());
        const auto stored = reports.load_report(state.id);
        if (!stored)
            throw std::runtime_error(stored.error().message);
        page["latest"] = version_content_view(stored->versions.back(), visitor.is_staff(), board);
        page["versions"] = versions_view(*stored, state.id);
        page["has_versions"] = stored->versions.size() > 1;
    }
    scope.audit("view", "report", state.id);
    scope.page("report", page,
               std::string(kind_label(state.kind)) + " – " + intervention.name + ", " +
                   period_text(state.period));
}

void show_version(RequestScope& scope) {
    const auto readable = readable_report(scope);
    if (!readable)
        return;
    const auto& [state, intervention] = *readable;
    const auto number = scope.path_id(2);
    ReportStore reports(scope.database());
    const auto stored = reports.load_report(state.id);
    if (!stored)
        throw std::runtime_error(stored.error().message);
    const auto& versions = stored->versions;
    const auto found = std::find_if(versions.begin(), versions.end(), [&](const auto& version) {
        return number && version.version == *number;
    });
    if (found == versions.end()) {
        scope.not_found();
        return;
    }
    const bool board = scope.visitor().user.role == Role::Board;
    mstch::map page{{"id", std::to_string(state.id)},
                    {"kind", std::string(kind_label(state.kind))},
                    {"period", period_text(state.period)},
                    {"intervention_name", intervention.name},
                    {"content", version_content_view(*found, scope.visitor().is_staff(), board)},
                    {"versions", versions_view(*stored, state.id)}};
    if (found != versions.begin()) {
        const auto& previous = *(found - 1);
        page["previous"] = previous.version;
        page["diff"] = diff_view(diff_reports(previous.report, found->report));
    }
    scope.audit("view", "report", state.id, "version " + std::to_string(found->version));
    scope.page("report_version", page,
               "Version " + std::to_string(found->version) + " – " + intervention.name);
}

void act_on_report(RequestScope& scope, WorkflowAction action) {
    const auto readable = readable_report(scope);
    if (!readable)
        return;
    const auto& [state, intervention] = *readable;
    if (!scope.require_staff())
        return;
    const ActionInput input{posted_revision(scope), std::string(trim(scope.param("comment"))),
                            std::string(trim(scope.param("signature"))),
                            parse_iso_date(scope.param("arrival_date"))};
    if (action == WorkflowAction::Return && input.comment.empty()) {
        scope.message(422, "Skriv en kommentar",
                      "Skriv vad insatsägaren behöver komplettera innan du skickar tillbaka "
                      "rapporten.");
        return;
    }
    const auto error = perform_action(scope, state, action, input);
    if (error && error->code == StorageError::Code::Stale) {
        scope.message(409, "Rapporten har ändrats",
                      "Rapporten har ändrats sedan du öppnade sidan, så åtgärden gjordes inte. "
                      "Öppna rapporten igen och se dess nya status.");
        return;
    }
    if (error && action == WorkflowAction::Register && error->code == StorageError::Code::Query &&
        error->message.find("pattern") != std::string::npos) {
        scope.message(422, "Diarienumret kunde inte skapas",
                      "Förbundets mönster för diarienummer går inte att använda. Rätta det under "
                      "Inställningar.");
        return;
    }
    if (error)
        throw std::runtime_error(error->message);
    scope.audit(std::string(to_string(action)), "report", state.id);
    scope.redirect("/rapporter/" + std::to_string(state.id));
}

} // namespace finsam
