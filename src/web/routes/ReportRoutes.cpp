#include "domain/Text.h"
#include "storage/AssociationStore.h"
#include "storage/InterventionStore.h"
#include "storage/ReportStore.h"
#include "storage/WorkflowStore.h"
#include "web/Labels.h"
#include "web/Overview.h"
#include "web/ReportViews.h"
#include "web/Routes.h"
#include "web/routes/ReportAccess.h"

#include <charconv>

namespace finsam {

namespace {

std::string latest_return_comment(RequestScope& scope, const ReportState& state) {
    if (state.status != ReportStatus::Returned)
        return "";
    WorkflowStore workflow(scope.database());
    const auto events = workflow.events(state.id);
    if (!events)
        throw std::runtime_error(events.error().message);
    for (auto event = events->rbegin(); event != events->rend(); ++event) {
        if (event->action == "return")
            return event->comment;
    }
    return "";
}

void show_form(RequestScope& scope, const TemplateDefinition& definition,
               const InterventionDetails& intervention, const ReportFormValues& values,
               const std::vector<FieldError>& errors, const std::optional<ReportState>& state,
               int status) {
    const ReportFormPage page{
        definition,       intervention, values,
        errors,           state,        state ? latest_return_comment(scope, *state) : "",
        today_in_sweden()};
    scope.page("report_form", report_form_view(page),
               std::string(kind_label(definition.kind)) + " – " + intervention.name, status);
}

/// The form's values when it is opened: the draft, else the latest version (a returned
/// report), else the insatsägare's name.
ReportFormValues opening_values(RequestScope& scope, const ReportState& state) {
    if (state.draft)
        return form_values_from_json(*state.draft);
    ReportFormValues values;
    if (state.version_count > 0) {
        ReportStore reports(scope.database());
        const auto stored = reports.load_report(state.id);
        if (!stored)
            throw std::runtime_error(stored.error().message);
        values = form_values_from_report(stored->versions.back().report);
    }
    if (state.period.start)
        values.period_start = format_iso(*state.period.start);
    if (state.period.end)
        values.period_end = format_iso(*state.period.end);
    if (values.reporter_name.empty())
        values.reporter_name = scope.visitor().user.display_name;
    return values;
}

void report_conflict(RequestScope& scope, std::int64_t report_id) {
    scope.message(409, "Rapporten har ändrats",
                  "Rapporten har sparats, skickats in eller ändrats i ett annat fönster sedan du "
                  "öppnade formuläret, så det du skrev nu sparades inte. Öppna rapporten igen: "
                  "/rapporter/" +
                      std::to_string(report_id));
}

/// Saves the posted form as a draft or submits it, for a report that exists.
void save_form(RequestScope& scope, const TemplateDefinition& definition,
               const InterventionDetails& intervention, const ReportState& state,
               const ReportFormValues& values, int revision) {
    WorkflowStore workflow(scope.database());
    const bool submitting = scope.param("action") == "submit";
    auto errors = check_draft(values);
    std::optional<Report> report;
    if (submitting && errors.empty()) {
        auto check = check_submission(definition, values, intervention, today_in_sweden());
        errors = std::move(check.errors);
        report = std::move(check.report);
    }
    if (!errors.empty()) {
        show_form(scope, definition, intervention, values, errors, state, 422);
        return;
    }
    const auto saved =
        submitting
            ? workflow.submit(state.id, *report, scope.visitor().user.id, revision)
            : workflow.save_draft(state.id, to_json(values), scope.visitor().user.id, revision);
    if (!saved && saved.error().code == StorageError::Code::Stale) {
        // A double-clicked submit: the first click did it.
        const auto now = workflow.state(state.id);
        if (submitting && now && *now && (**now).status == ReportStatus::Submitted) {
            scope.redirect("/rapporter/" + std::to_string(state.id));
            return;
        }
        report_conflict(scope, state.id);
        return;
    }
    if (!saved)
        throw std::runtime_error(saved.error().message);
    scope.audit(submitting ? "submit" : "draft", "report", state.id);
    scope.redirect(submitting ? "/rapporter/" + std::to_string(state.id)
                              : "/rapporter/" + std::to_string(state.id) + "/redigera?sparat=1");
}

void new_report_form(RequestScope& scope, bool posted) {
    const auto readable = readable_intervention(scope);
    if (!readable)
        return;
    const InterventionDetails& intervention = *readable;
    if (!scope.visitor().can_report_for(intervention.id)) {
        scope.forbidden();
        return;
    }
    const auto kind = report_kind_from_string(scope.param("typ")).value_or(ReportKind::Quarterly);
    const auto* definition = form_template(scope, kind);
    if (!definition) {
        scope.message(404, "Formuläret finns inte",
                      "Förbundet har ingen webbmall för den här rapporttypen.");
        return;
    }
    ReportFormValues values =
        read_form(*definition, [&](const std::string& name) { return scope.param(name); });
    if (!posted) {
        values.reporter_name = scope.visitor().user.display_name;
        values.period_start = format_iso(default_overview_quarter(today_in_sweden()).start);
        show_form(scope, *definition, intervention, values, {}, std::nullopt, 200);
        return;
    }
    const auto report = open_new_report(scope, *definition, intervention, values,
                                        scope.param("action") == "submit");
    if (!report.errors.empty()) {
        show_form(scope, *definition, intervention, values, report.errors, std::nullopt, 422);
        return;
    }
    if (report.started_elsewhere) {
        scope.message(409, "Rapporten finns redan",
                      "Det finns redan en rapport för den perioden, påbörjad i ett annat fönster "
                      "eller av någon annan. Det du skrev sparades inte. Öppna rapporten: "
                      "/rapporter/" +
                          std::to_string(*report.started_elsewhere));
        return;
    }
    save_form(scope, *definition, intervention, *report.opened, values, report.opened->revision);
}

void edit_report(RequestScope& scope, bool posted) {
    const auto readable = readable_report(scope);
    if (!readable)
        return;
    const auto& [state, intervention] = *readable;
    if (!scope.visitor().can_report_for(intervention.id)) {
        scope.forbidden();
        return;
    }
    const auto* definition = form_template(scope, state.kind);
    if (!definition) {
        scope.message(404, "Formuläret finns inte",
                      "Förbundet har ingen webbmall för den här rapporttypen.");
        return;
    }
    if (!is_editable_by_owner(state.status)) {
        scope.message(409, "Rapporten kan inte ändras",
                      "Rapporten är " + lowercase(status_label(state.status)) +
                          " och kan inte ändras. Kansliet kan begära komplettering.");
        return;
    }
    if (!posted) {
        show_form(scope, *definition, intervention, opening_values(scope, state), {}, state, 200);
        return;
    }
    ReportFormValues values =
        read_form(*definition, [&](const std::string& name) { return scope.param(name); });
    if (state.period.start)
        values.period_start = format_iso(*state.period.start);
    if (state.period.end)
        values.period_end = format_iso(*state.period.end);
    save_form(scope, *definition, intervention, state, values, posted_revision(scope));
}

void autosave(RequestScope& scope) {
    const auto readable = readable_report(scope);
    if (!readable)
        return;
    const auto& [state, intervention] = *readable;
    const auto* definition = form_template(scope, state.kind);
    if (!scope.visitor().can_report_for(intervention.id) || !definition) {
        scope.json_error(403, "forbidden", "Du kan inte ändra den här rapporten.");
        return;
    }
    ReportFormValues values =
        read_form(*definition, [&](const std::string& name) { return scope.param(name); });
    if (const auto errors = check_draft(values); !errors.empty()) {
        scope.json_error(422, "invalid", errors.front().message);
        return;
    }
    WorkflowStore workflow(scope.database());
    const auto saved = workflow.save_draft(state.id, to_json(values), scope.visitor().user.id,
                                           posted_revision(scope));
    if (!saved && saved.error().code == StorageError::Code::Stale) {
        scope.json_error(409, "stale",
                         "Rapporten har ändrats i ett annat fönster. Ladda om sidan.");
        return;
    }
    if (!saved)
        throw std::runtime_error(saved.error().message);
    scope.json({{"revision", *saved}});
}

} // namespace

void add_report_routes(httplib::Server& server, WebContext& context) {
    server.Get(R"(/insatser/(\d+)/ny-rapport)",
               page_handler(context, [](RequestScope& scope) { new_report_form(scope, false); }));
    server.Post(R"(/insatser/(\d+)/ny-rapport)",
                page_handler(context, [](RequestScope& scope) { new_report_form(scope, true); }));
    server.Get(R"(/rapporter/(\d+))", page_handler(context, show_report));
    server.Get(R"(/rapporter/(\d+)/versioner/(\d+))", page_handler(context, show_version));
    server.Get(R"(/rapporter/(\d+)/redigera)",
               page_handler(context, [](RequestScope& scope) { edit_report(scope, false); }));
    server.Post(R"(/rapporter/(\d+)/redigera)",
                page_handler(context, [](RequestScope& scope) { edit_report(scope, true); }));
    server.Post(R"(/rapporter/(\d+)/utkast)", page_handler(context, autosave));
    server.Post(R"(/rapporter/(\d+)/registrera)", page_handler(context, [](RequestScope& scope) {
                    act_on_report(scope, WorkflowAction::Register);
                }));
    server.Post(R"(/rapporter/(\d+)/komplettering)", page_handler(context, [](RequestScope& scope) {
                    act_on_report(scope, WorkflowAction::Return);
                }));
    server.Post(R"(/rapporter/(\d+)/granska)", page_handler(context, [](RequestScope& scope) {
                    act_on_report(scope, WorkflowAction::Review);
                }));
}

} // namespace finsam
