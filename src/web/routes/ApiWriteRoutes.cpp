#include "domain/Text.h"
#include "storage/InterventionStore.h"
#include "storage/WorkflowStore.h"
#include "web/InterventionForm.h"
#include "web/Overview.h"
#include "web/ReportForm.h"
#include "web/Routes.h"
#include "web/routes/ApiJson.h"
#include "web/routes/ReportAccess.h"

namespace finsam {

namespace {

// The API's writes take JSON and run the same checks as the pages' forms: JSON is turned
// into the form's fields, so an insats or a report means the same whichever way it comes.

using nlohmann::json;

/// A JSON value as a form would post it: strings as they are, numbers in digits, null or
/// missing as empty.
std::string as_text(const json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<std::int64_t>());
    if (value.is_number())
        return json(value).dump();
    return "";
}

std::string member_text(const json& body, const char* key) {
    const auto found = body.find(key);
    return found == body.end() ? std::string() : as_text(*found);
}

std::optional<json> json_body(RequestScope& scope) {
    json body = json::parse(scope.request().body, nullptr, false);
    if (!body.is_object()) {
        scope.json_error(400, "invalid", "Skicka ett JSON-objekt.");
        return std::nullopt;
    }
    return body;
}

void invalid(RequestScope& scope, const std::vector<FieldError>& errors) {
    json fields = json::array();
    for (const auto& error : errors)
        fields.push_back({{"field", error.field}, {"message", error.message}});
    scope.json(
        {{"error",
          {{"code", "invalid"},
           {"message", errors.empty() ? "Uppgifterna är inte giltiga." : errors.front().message},
           {"fields", fields}}}},
        422);
}

/// The insats form's fields from JSON (see docs/api.md): every field is replaced, as when the
/// form is saved.
InterventionFormCheck intervention_from_json(const json& body, const InterventionDetails& base) {
    std::map<std::string, std::string> fields;
    for (const char* key :
         {"name", "owner", "contact", "purpose", "target_group", "kind", "period_start",
          "period_end", "ended_on", "granted_sek", "used_sek", "revision"}) {
        fields[key] = member_text(body, key);
    }
    std::string partners;
    for (const auto& partner : body.value("partners", json::array()))
        partners += as_text(partner) + "\n";
    fields["partners"] = partners;
    int row = 0;
    for (const auto& goal : body.value("goals", json::array())) {
        if (!goal.is_object())
            continue;
        const std::string suffix = std::to_string(row++);
        fields["goal_text_" + suffix] = member_text(goal, "text");
        fields["goal_target_" + suffix] = member_text(goal, "target");
        fields["goal_unit_" + suffix] = member_text(goal, "unit");
        fields["goal_measure_" + suffix] = member_text(goal, "measure");
    }
    std::vector<std::string> owners;
    for (const auto& id : body.value("owner_user_ids", json::array()))
        owners.push_back(as_text(id));
    return read_intervention_form(
        base,
        [&](const std::string& name) {
            const auto found = fields.find(name);
            return found == fields.end() ? std::string() : found->second;
        },
        [&](const std::string& name) { return fields.contains(name); }, owners);
}

void save_intervention_json(RequestScope& scope, const std::optional<InterventionDetails>& stored) {
    if (!scope.require_staff())
        return;
    const auto body = json_body(scope);
    if (!body)
        return;
    InterventionDetails base;
    base.association_id = scope.visitor().user.association_id;
    if (stored)
        base = *stored;
    auto check = intervention_from_json(*body, base);
    if (stored && !body->contains("revision"))
        check.errors.push_back({"revision", "Ange insatsens revision."});
    if (!check.errors.empty()) {
        invalid(scope, check.errors);
        return;
    }
    InterventionStore interventions(scope.database());
    std::int64_t id = check.details.id;
    std::optional<StorageError> error;
    if (stored) {
        const auto saved = interventions.update(check.details);
        if (!saved)
            error = saved.error();
    } else {
        const auto created = interventions.create(check.details);
        if (created)
            id = *created;
        else
            error = created.error();
    }
    if (error && error->code == StorageError::Code::Stale) {
        scope.json_error(409, "stale", "Insatsen har ändrats sedan du läste den.");
        return;
    }
    if (error && error->code == StorageError::Code::Conflict) {
        invalid(scope, {{"name", "Det finns redan en insats med det namnet."}});
        return;
    }
    if (error)
        throw std::runtime_error(error->message);
    scope.audit(stored ? "edit" : "create", "intervention", id, "api");
    const auto loaded = interventions.load(id);
    if (!loaded || !*loaded)
        throw std::runtime_error("the saved intervention cannot be read");
    scope.json(intervention_json(**loaded), stored ? 200 : 201);
}

/// A report's content from JSON: sections and figures by id and measure name.
ReportFormValues report_values_from_json(const json& body) {
    ReportFormValues values;
    values.period_start = member_text(body, "period_start");
    values.period_end = member_text(body, "period_end");
    // Kept in locals: items() views its object, which must outlive the loop.
    const json sections = body.value("sections", json::object());
    for (const auto& [id, text] : sections.items())
        values.sections[id] = as_text(text);
    const json figures = body.value("figures", json::object());
    for (const auto& [measure, value] : figures.items())
        values.figures[measure] = as_text(value);
    values.granted_sek = member_text(body, "granted_sek");
    values.used_sek = member_text(body, "used_sek");
    values.reporter_name = member_text(body, "reporter_name");
    return values;
}

/// Saves `values` as the report's draft or submits them ("action": "draft" | "submit").
void save_report_json(RequestScope& scope, const TemplateDefinition& definition,
                      const InterventionDetails& intervention, const ReportState& state,
                      const ReportFormValues& values, bool submitting, int revision, int status) {
    WorkflowStore workflow(scope.database());
    std::optional<Report> report;
    if (submitting) {
        auto check = check_submission(definition, values, intervention, today_in_sweden());
        if (!check.errors.empty()) {
            invalid(scope, check.errors);
            return;
        }
        report = std::move(check.report);
    }
    const auto saved =
        submitting
            ? workflow.submit(state.id, *report, scope.visitor().user.id, revision)
            : workflow.save_draft(state.id, to_json(values), scope.visitor().user.id, revision);
    if (!saved && saved.error().code == StorageError::Code::Stale) {
        scope.json_error(409, "stale", "Rapporten har ändrats eller kan inte längre ändras.");
        return;
    }
    if (!saved)
        throw std::runtime_error(saved.error().message);
    scope.audit(submitting ? "submit" : "draft", "report", state.id, "api");
    const auto now = workflow.state(state.id);
    if (!now || !*now)
        throw std::runtime_error("the report cannot be read after saving");
    scope.json(state_json(**now), status);
}

void create_report_json(RequestScope& scope) {
    const auto intervention = readable_intervention(scope);
    if (!intervention)
        return;
    if (!scope.visitor().can_report_for(intervention->id)) {
        scope.forbidden();
        return;
    }
    const auto body = json_body(scope);
    if (!body)
        return;
    const auto kind = report_kind_from_string(member_text(*body, "kind"));
    const auto* definition = kind ? form_template(scope, *kind) : nullptr;
    if (!definition) {
        invalid(scope, {{"kind", "Ange kind: kvartalsrapport eller slutrapport."}});
        return;
    }
    const ReportFormValues values = report_values_from_json(*body);
    const bool submitting = member_text(*body, "action") == "submit";
    const auto report = open_new_report(scope, *definition, *intervention, values, submitting);
    if (!report.errors.empty()) {
        invalid(scope, report.errors);
        return;
    }
    if (report.started_elsewhere) {
        scope.json({{"error",
                     {{"code", "exists"},
                      {"message", "Det finns redan en rapport för den perioden."},
                      {"report_id", *report.started_elsewhere}}}},
                   409);
        return;
    }
    save_report_json(scope, *definition, *intervention, *report.opened, values, submitting,
                     report.opened->revision, 201);
}

void update_report_json(RequestScope& scope) {
    const auto readable = readable_report(scope);
    if (!readable)
        return;
    const auto& [state, intervention] = *readable;
    if (!scope.visitor().can_report_for(intervention.id)) {
        scope.forbidden();
        return;
    }
    const auto body = json_body(scope);
    if (!body)
        return;
    if (!body->contains("revision") || !(*body)["revision"].is_number_integer()) {
        invalid(scope, {{"revision", "Ange rapportens revision."}});
        return;
    }
    const auto* definition = form_template(scope, state.kind);
    if (!definition) {
        scope.json_error(404, "not_found", "Förbundet har ingen webbmall för rapporttypen.");
        return;
    }
    ReportFormValues values = report_values_from_json(*body);
    if (state.period.start)
        values.period_start = format_iso(*state.period.start);
    if (state.period.end)
        values.period_end = format_iso(*state.period.end);
    if (const auto errors = check_draft(values); !errors.empty()) {
        invalid(scope, errors);
        return;
    }
    save_report_json(scope, *definition, intervention, state, values,
                     member_text(*body, "action") == "submit", (*body)["revision"].get<int>(), 200);
}

} // namespace

void add_api_write_routes(httplib::Server& server, WebContext& context) {
    server.Post("/api/v1/insatser", api_handler(context, [](RequestScope& scope) {
                    save_intervention_json(scope, std::nullopt);
                }));
    server.Put(R"(/api/v1/insatser/(\d+))", api_handler(context, [](RequestScope& scope) {
                   if (const auto stored = readable_intervention(scope))
                       save_intervention_json(scope, stored);
               }));
    server.Post(R"(/api/v1/insatser/(\d+)/rapporter)", api_handler(context, create_report_json));
    server.Put(R"(/api/v1/rapporter/(\d+))", api_handler(context, update_report_json));
}

} // namespace finsam
