#include "app/interventions/Interventions.h"
#include "app/overview/Overview.h"
#include "app/reports/ConfirmFigures.h"
#include "app/reports/EditReport.h"
#include "app/reports/RedactVersion.h"
#include "app/reports/ReportWorkflow.h"
#include "app/reports/ShowReport.h"
#include "web/api/ApiJson.h"
#include "web/api/JsonFields.h"
#include "web/routes/Routes.h"

#include <algorithm>

namespace finsam {

namespace {

// The JSON API under /api/v1 (docs/api.md): the same use cases as the pages.

using nlohmann::json;

/// The call's body as a JSON object; nullopt, with a 400 answered, when it is not one.
/// Text that is not UTF-8 is refused as invalid JSON.
std::optional<json> object_body(Exchange& exchange) {
    json body = json::parse(exchange.input().body(), nullptr, false);
    if (!body.is_object()) {
        exchange.fail(AppError::of(ErrorCode::MalformedRequest));
        return std::nullopt;
    }
    return body;
}

void list_interventions_json(Exchange& exchange) {
    const auto interventions = list_interventions(exchange.app());
    if (exchange.failed(interventions))
        return;
    json list = json::array();
    for (const auto& details : *interventions)
        list.push_back(intervention_json(details));
    exchange.reply().json({{"interventions", list}});
}

void show_intervention_json(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto overview = show_intervention(exchange.app(), *id);
    if (exchange.failed(overview))
        return;
    json reports = json::array();
    for (const auto& report : overview->reports)
        reports.push_back(report_row_json(report, overview->shows_warnings));
    json body = intervention_json(overview->details);
    body["reports"] = reports;
    exchange.reply().json(body);
}

void save_intervention_json(Exchange& exchange, std::optional<std::int64_t> id) {
    const auto body = object_body(exchange);
    if (!body)
        return;
    const auto fields = intervention_fields(*body);
    if (exchange.failed(fields))
        return;
    const auto saved =
        save_intervention(exchange.app(), exchange.web().survey_catalog(), id, fields->fields());
    if (exchange.failed(saved))
        return;
    exchange.reply().json(intervention_json(*saved), id ? 200 : 201);
}

void create_intervention_json(Exchange& exchange) {
    save_intervention_json(exchange, std::nullopt);
}

void update_intervention_json(Exchange& exchange) {
    if (const auto id = exchange.path_id())
        save_intervention_json(exchange, id);
}

SaveMode mode_of(const json& body) {
    const auto action = body.find("action");
    return action != body.end() && *action == "submit" ? SaveMode::Submit : SaveMode::Draft;
}

void create_report_json(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto body = object_body(exchange);
    if (!body)
        return;
    const auto found = body->find("kind");
    const auto kind = found != body->end() && found->is_string()
                          ? report_kind_from_string(found->get<std::string>())
                          : std::nullopt;
    if (!kind || *kind == ReportKind::Compiled || *kind == ReportKind::Other) {
        exchange.fail(
            AppError::invalid({{"kind", "Ange kind: kvartalsrapport eller slutrapport."}}));
        return;
    }
    const auto fields = report_fields(*body);
    if (exchange.failed(fields))
        return;
    const auto saved = create_report(exchange.app(), *id, *kind, fields->fields(), mode_of(*body));
    if (exchange.failed(saved))
        return;
    exchange.reply().json(state_json(*saved), 201);
}

void update_report_json(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto body = object_body(exchange);
    if (!body)
        return;
    const auto revision = revision_member(*body);
    if (!revision) {
        exchange.fail(
            AppError::invalid({{"revision", "Ange rapportens revision (ett heltal från 1)."}}));
        return;
    }
    const auto fields = report_fields(*body);
    if (exchange.failed(fields))
        return;
    const auto saved =
        save_report(exchange.app(), *id, fields->fields(), mode_of(*body), *revision);
    if (exchange.failed(saved))
        return;
    exchange.reply().json(state_json(*saved));
}

void show_report_json(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto details = show_report(exchange.app(), *id);
    if (exchange.failed(details))
        return;
    json body = state_json(details->state);
    body["latest"] = details->latest ? disclosed_report_json(*details->latest) : json(nullptr);
    if (details->latest && details->latest_figures)
        body["latest"]["figure_check"] = figure_standing_json(*details->latest_figures);
    exchange.reply().json(body);
}

/// A workflow action from JSON: {"revision": n, "comment": "...", "signature": "...",
/// "arrival_date": "YYYY-MM-DD", "registry_number": "..."}.
void act(Exchange& exchange, WorkflowAction action) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto body = object_body(exchange);
    if (!body)
        return;
    const auto members = action_members(*body);
    if (exchange.failed(members))
        return;
    const ActionInput input{members->revision, members->comment, members->signature,
                            members->arrival_date, members->registry_number};
    const auto done = act_on_report(exchange.app(), *id, action, input);
    if (exchange.failed(done))
        return;
    exchange.reply().json(state_json(*done));
}

void register_json(Exchange& exchange) {
    act(exchange, WorkflowAction::Register);
}

void return_json(Exchange& exchange) {
    act(exchange, WorkflowAction::Return);
}

void review_json(Exchange& exchange) {
    act(exchange, WorkflowAction::Review);
}

/// The kansli's removal of personal data from a version: {"phrases": ["..."],
/// "every_version": true}. Answers with the versions changed.
void redact_json(Exchange& exchange) {
    const auto id = exchange.path_id(1);
    const auto number = id ? exchange.path_id(2) : std::nullopt;
    if (!number)
        return;
    const auto body = object_body(exchange);
    if (!body)
        return;
    const auto phrases = body->find("phrases");
    const bool texts = phrases != body->end() && phrases->is_array() &&
                       std::all_of(phrases->begin(), phrases->end(),
                                   [](const json& phrase) { return phrase.is_string(); });
    if (!texts) {
        AppError unreadable = AppError::of(ErrorCode::MalformedRequest);
        unreadable.fields = {{"phrases", "Skicka texterna som ska tas bort som en lista."}};
        exchange.fail(unreadable);
        return;
    }
    FieldMap fields;
    for (const auto& phrase : *phrases)
        fields.add("phrases", phrase.get<std::string>());
    if (const auto every = body->find("every_version");
        every != body->end() && every->is_boolean() && every->get<bool>())
        fields.set("every_version", "1");
    const auto redacted = redact_version(exchange.app(), *id, *number, fields.fields());
    if (exchange.failed(redacted))
        return;
    json versions = json::array();
    for (const auto& version : *redacted) {
        versions.push_back({{"version", version.version},
                            {"at", version.at.iso()},
                            {"passages", version.passages}});
    }
    exchange.reply().json({{"redacted", versions}});
}

/// The kansli confirms the figures read from a version's text. No body is read. Answers with
/// the version's figures' standing; a second call gives the first confirmation.
void confirm_json(Exchange& exchange) {
    const auto id = exchange.path_id(1);
    const auto number = id ? exchange.path_id(2) : std::nullopt;
    if (!number)
        return;
    const auto confirmed = confirm_figures(exchange.app(), *id, *number);
    if (exchange.failed(confirmed))
        return;
    json confirmation = nullptr;
    if (confirmed->confirmation) {
        confirmation = {{"at", confirmed->confirmation->at.iso()},
                        {"by", confirmed->confirmation->user_name}};
    }
    exchange.reply().json({{"version", confirmed->version},
                           {"read_from_text", confirmed->read_from_text},
                           {"confirmed", confirmation}});
}

void show_overview_json(Exchange& exchange) {
    const auto shown = overview(exchange.app(), parse_iso_date(exchange.input().value("kvartal")),
                                OverviewContent::Quarter);
    if (exchange.failed(shown))
        return;
    exchange.reply().json(overview_json(*shown));
}

void no_such_call(Exchange& exchange) {
    exchange.fail(AppError::of(ErrorCode::NotFound));
}

} // namespace

RouteTable api_routes() {
    return {
        Audience::Api,
        {
            {Method::Get, "/api/v1/insatser", Who::SignedIn, list_interventions_json},
            {Method::Post, "/api/v1/insatser", Who::Kansli, create_intervention_json},
            {Method::Get, R"(/api/v1/insatser/(\d+))", Who::SignedIn, show_intervention_json},
            {Method::Put, R"(/api/v1/insatser/(\d+))", Who::Kansli, update_intervention_json},
            {Method::Post, R"(/api/v1/insatser/(\d+)/rapporter)", Who::SignedIn,
             create_report_json},
            {Method::Get, R"(/api/v1/rapporter/(\d+))", Who::SignedIn, show_report_json},
            {Method::Put, R"(/api/v1/rapporter/(\d+))", Who::SignedIn, update_report_json},
            {Method::Post, R"(/api/v1/rapporter/(\d+)/registrera)", Who::Kansli, register_json},
            {Method::Post, R"(/api/v1/rapporter/(\d+)/komplettering)", Who::Kansli, return_json},
            {Method::Post, R"(/api/v1/rapporter/(\d+)/granska)", Who::Kansli, review_json},
            {Method::Post, R"(/api/v1/rapporter/(\d+)/versioner/(\d+)/gallra)", Who::Kansli,
             redact_json},
            {Method::Post, R"(/api/v1/rapporter/(\d+)/versioner/(\d+)/bekrafta)", Who::Kansli,
             confirm_json},
            {Method::Get, "/api/v1/oversikt", Who::SignedIn, show_overview_json},
            {Method::Get, R"(/api/v1/.*)", Who::SignedIn, no_such_call},
        }};
}

} // namespace finsam
