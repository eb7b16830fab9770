#include "domain/RegistryNumber.h"
#include "domain/Text.h"
#include "storage/AccountStore.h"
#include "storage/AssociationStore.h"
#include "web/InterventionForm.h"
#include "web/Labels.h"
#include "web/Routes.h"

#include <charconv>

namespace finsam {

namespace {

/// The settings page shows the newest entries of the audit trail.
constexpr int k_audit_rows = 50;

std::string lines_of(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items)
        text += item + "\n";
    return text;
}

mstch::array template_choices(const WebContext& context, ReportKind kind, const std::string& chosen,
                              const std::vector<std::string>& ids) {
    mstch::array options;
    for (const auto& id : ids) {
        const auto* definition = context.report_template(id);
        if (!definition || definition->kind != kind || definition->form.empty())
            continue;
        options.push_back(
            mstch::map{{"value", id}, {"label", definition->title}, {"selected", id == chosen}});
    }
    return options;
}

void show_settings(RequestScope& scope, const AssociationSettings& settings,
                   const std::vector<FieldError>& errors, int status) {
    AccountStore accounts(scope.database());
    const auto users = accounts.list_users(settings.id);
    if (!users)
        throw std::runtime_error(users.error().message);
    mstch::array user_rows;
    for (const auto& user : *users) {
        user_rows.push_back(mstch::map{{"username", user.username},
                                       {"name", user.display_name},
                                       {"role", std::string(role_label(user.role))},
                                       {"disabled", user.disabled}});
    }
    const auto events = accounts.list_audit(settings.id, k_audit_rows);
    if (!events)
        throw std::runtime_error(events.error().message);
    mstch::array audit_rows;
    for (const auto& event : *events) {
        std::string who = "–";
        for (const auto& user : *users) {
            if (event.user_id == user.id)
                who = user.display_name;
        }
        audit_rows.push_back(mstch::map{
            {"at", event.at.substr(0, 10) + " " + event.at.substr(11, 5)},
            {"who", who},
            {"what", audit_label(event.action) + " " + audit_object_label(event.object_type) +
                         (event.object_id ? " " + std::to_string(*event.object_id) : "")}});
    }
    const std::vector<std::string> ids{"kvartalsrapport", "slutrapport"};
    std::vector<std::string> known = ids;
    for (const auto& id : {settings.quarterly_template, settings.final_template}) {
        if (std::find(known.begin(), known.end(), id) == known.end())
            known.push_back(id);
    }
    scope.page("settings",
               {{"errors", error_summary(errors)},
                {"has_errors", !errors.empty()},
                {"revision", std::to_string(settings.revision)},
                {"name", form_field("name", "Förbundets namn", settings.name, errors)},
                {"parties", form_field("parties", "Medlemmar (en per rad)",
                                       lines_of(settings.parties), errors)},
                {"municipalities", form_field("municipalities", "Kommuner (en per rad)",
                                              lines_of(settings.municipalities), errors)},
                {"registry_pattern", form_field("registry_pattern", "Mönster för diarienummer",
                                                settings.registry_pattern, errors)},
                {"deadline_days", form_field("deadline_days",
                                             "Sista dag för kvartalsrapport (dagar efter "
                                             "kvartalets slut)",
                                             std::to_string(settings.deadline_days), errors)},
                {"quarterly_templates", template_choices(scope.context(), ReportKind::Quarterly,
                                                         settings.quarterly_template, known)},
                {"final_templates", template_choices(scope.context(), ReportKind::Final,
                                                     settings.final_template, known)},
                {"users", user_rows},
                {"audit", audit_rows}},
               "Inställningar", status);
}

AssociationSettings load_settings(RequestScope& scope) {
    AssociationStore associations(scope.database());
    const auto settings = associations.load(scope.visitor().user.association_id);
    if (!settings || !*settings)
        throw std::runtime_error("the association's settings cannot be loaded");
    return **settings;
}

void save_settings(RequestScope& scope) {
    AssociationSettings settings = load_settings(scope);
    std::vector<FieldError> errors;
    settings.name = std::string(trim(scope.param("name")));
    if (settings.name.empty())
        errors.push_back({"name", "Skriv förbundets namn."});
    settings.parties = nonempty_lines(scope.param("parties"));
    settings.municipalities = nonempty_lines(scope.param("municipalities"));
    settings.registry_pattern = std::string(trim(scope.param("registry_pattern")));
    if (!validate_registry_pattern(settings.registry_pattern)) {
        errors.push_back({"registry_pattern",
                          "Mönstret ska innehålla {n} och får bara använda {yy}, {yyyy}, {seq} och "
                          "{n}, till exempel SFG {yy}-{seq:02}.{n:02}."});
    }
    const std::string days = scope.param("deadline_days");
    int deadline_days = -1;
    const auto [end, error] =
        std::from_chars(days.data(), days.data() + days.size(), deadline_days);
    if (error != std::errc{} || end != days.data() + days.size() || deadline_days < 0 ||
        deadline_days > 120) {
        errors.push_back({"deadline_days", "Ange ett antal dagar mellan 0 och 120."});
    } else {
        settings.deadline_days = deadline_days;
    }
    for (const auto& [name, kind] : {std::pair{"quarterly_template", ReportKind::Quarterly},
                                     std::pair{"final_template", ReportKind::Final}}) {
        const std::string chosen = scope.param(name);
        const auto* definition = scope.context().report_template(chosen);
        if (!definition || definition->kind != kind || definition->form.empty())
            errors.push_back({name, "Välj en mall som finns."});
        else if (kind == ReportKind::Quarterly)
            settings.quarterly_template = chosen;
        else
            settings.final_template = chosen;
    }
    const std::string revision = scope.param("revision");
    std::from_chars(revision.data(), revision.data() + revision.size(), settings.revision);
    if (!errors.empty()) {
        show_settings(scope, settings, errors, 422);
        return;
    }
    AssociationStore associations(scope.database());
    const auto saved = associations.update(settings);
    if (!saved && saved.error().code == StorageError::Code::Stale) {
        scope.message(409, "Inställningarna har ändrats",
                      "Någon annan har sparat inställningarna sedan du öppnade sidan. Öppna den "
                      "igen och gör om dina ändringar.");
        return;
    }
    if (!saved)
        throw std::runtime_error(saved.error().message);
    scope.audit("edit", "association", settings.id);
    scope.redirect("/installningar?sparat=1");
}

} // namespace

void add_settings_routes(httplib::Server& server, WebContext& context) {
    server.Get("/installningar", page_handler(context, [](RequestScope& scope) {
                   if (!scope.require_staff())
                       return;
                   show_settings(scope, load_settings(scope), {}, 200);
               }));
    server.Post("/installningar", page_handler(context, [](RequestScope& scope) {
                    if (!scope.require_staff())
                        return;
                    save_settings(scope);
                }));
}

} // namespace finsam
