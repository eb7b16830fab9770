#include "domain/ReportingCalendar.h"
#include "domain/Text.h"
#include "output/ReportJson.h"
#include "storage/AssociationStore.h"
#include "storage/InterventionStore.h"
#include "storage/OverviewQueries.h"
#include "storage/ReportStore.h"
#include "web/Overview.h"
#include "web/Routes.h"
#include "web/routes/ApiJson.h"
#include "web/routes/ReportAccess.h"

namespace finsam {

namespace {

using nlohmann::json;

void list_interventions_json(RequestScope& scope) {
    InterventionStore interventions(scope.database());
    const auto all = interventions.list(scope.visitor().user.association_id);
    if (!all)
        throw std::runtime_error(all.error().message);
    json result = json::array();
    for (const auto& details : *all) {
        if (scope.visitor().can_read(details.id))
            result.push_back(intervention_json(details));
    }
    scope.json({{"interventions", result}});
}

void show_intervention_json(RequestScope& scope) {
    const auto intervention = readable_intervention(scope);
    if (!intervention)
        return;
    OverviewQueries queries(scope.database());
    const auto reports = queries.intervention_reports(intervention->id);
    if (!reports)
        throw std::runtime_error(reports.error().message);
    json report_list = json::array();
    for (const auto& report : *reports) {
        if (scope.visitor().user.role == Role::Board && report.status != ReportStatus::Reviewed)
            continue;
        report_list.push_back(
            {{"id", report.report_id},
             {"kind", report.kind},
             {"period_start", optional_date(report.period_start)},
             {"period_end", optional_date(report.period_end)},
             {"status", report.status ? json(to_string(*report.status)) : json(nullptr)},
             {"version_count", report.version_count},
             {"warning_count", report.warning_count}});
    }
    json body = intervention_json(*intervention);
    body["reports"] = report_list;
    scope.audit("view", "intervention", intervention->id, "api");
    scope.json(body);
}

void show_report_json(RequestScope& scope) {
    const auto readable = readable_report(scope);
    if (!readable)
        return;
    json body = state_json(readable->state);
    body["latest"] = nullptr;
    if (readable->state.version_count > 0) {
        ReportStore reports(scope.database());
        const auto stored = reports.load_report(readable->state.id);
        if (!stored)
            throw std::runtime_error(stored.error().message);
        json latest = report_json(stored->versions.back().report);
        if (!scope.visitor().is_staff())
            latest.erase("warnings");
        if (scope.visitor().user.role == Role::Board)
            hide_small_counts(latest);
        body["latest"] = latest;
    }
    scope.audit("view", "report", readable->state.id, "api");
    scope.json(body);
}

/// A workflow action from JSON: {"revision": n, "comment": "...", "signature": "...",
/// "arrival_date": "YYYY-MM-DD"}.
void act(RequestScope& scope, WorkflowAction action) {
    const auto readable = readable_report(scope);
    if (!readable)
        return;
    if (!scope.require_staff())
        return;
    const json body = json::parse(scope.request().body, nullptr, false);
    if (!body.is_object() || !body.contains("revision") || !body["revision"].is_number_integer()) {
        scope.json_error(400, "invalid", "Skicka JSON med rapportens revision.");
        return;
    }
    const ActionInput input{body["revision"].get<int>(), body.value("comment", std::string()),
                            body.value("signature", std::string()),
                            parse_iso_date(body.value("arrival_date", std::string()))};
    if (action == WorkflowAction::Return && trim(input.comment).empty()) {
        scope.json_error(422, "invalid", "En begäran om komplettering behöver en kommentar.");
        return;
    }
    const auto& state = readable->state;
    const auto error = perform_action(scope, state, action, input);
    if (error && error->code == StorageError::Code::Stale) {
        scope.json_error(409, "stale", "Rapporten har ändrats eller har fel status för åtgärden.");
        return;
    }
    if (error)
        throw std::runtime_error(error->message);
    scope.audit(std::string(to_string(action)), "report", state.id, "api");
    WorkflowStore workflow(scope.database());
    const auto now = workflow.state(state.id);
    if (!now || !*now)
        throw std::runtime_error("the report cannot be read after the action");
    scope.json(state_json(**now));
}

void show_overview_json(RequestScope& scope) {
    const User& user = scope.visitor().user;
    AssociationStore associations(scope.database());
    const auto settings = associations.load(user.association_id);
    if (!settings || !*settings)
        throw std::runtime_error("the user's association cannot be loaded");
    const Date today = today_in_sweden();
    const Period quarter = chosen_quarter(scope.param("kvartal"), today);
    const auto only =
        user.role == Role::InterventionOwner ? std::optional(user.intervention_ids) : std::nullopt;
    OverviewQueries queries(scope.database());
    const auto rows = queries.quarter(user.association_id, quarter, only);
    if (!rows)
        throw std::runtime_error(rows.error().message);
    scope.json(overview_json({quarter, today, (**settings).deadline_days, *rows, {}, {}}));
}

} // namespace

void add_api_routes(httplib::Server& server, WebContext& context) {
    server.Get("/api/v1/insatser", api_handler(context, list_interventions_json));
    server.Get(R"(/api/v1/insatser/(\d+))", api_handler(context, show_intervention_json));
    server.Get(R"(/api/v1/rapporter/(\d+))", api_handler(context, show_report_json));
    server.Post(R"(/api/v1/rapporter/(\d+)/registrera)",
                api_handler(context, [](RequestScope& s) { act(s, WorkflowAction::Register); }));
    server.Post(R"(/api/v1/rapporter/(\d+)/komplettering)",
                api_handler(context, [](RequestScope& s) { act(s, WorkflowAction::Return); }));
    server.Post(R"(/api/v1/rapporter/(\d+)/granska)",
                api_handler(context, [](RequestScope& s) { act(s, WorkflowAction::Review); }));
    server.Get("/api/v1/oversikt", api_handler(context, show_overview_json));
    server.Get(R"(/api/v1/.*)", api_handler(context, [](RequestScope& s) { s.not_found(); }));
}

} // namespace finsam
