#include "app/interventions/Interventions.h"
#include "web/pages/InterventionFormPage.h"
#include "web/pages/InterventionListPage.h"
#include "web/pages/InterventionPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

void list_page(Exchange& exchange) {
    const AppContext app = exchange.app();
    const auto interventions = list_interventions(app);
    if (exchange.failed(interventions))
        return;
    exchange.page("interventions",
                  intervention_list_page(*interventions, app.clock().today(),
                                         app.policy().manages_association()),
                  "Insatser");
}

void intervention_page_of(Exchange& exchange) {
    const auto id = exchange.path_id();
    if (!id)
        return;
    const auto overview = show_intervention(exchange.app(), *id);
    if (exchange.failed(overview))
        return;
    exchange.page("intervention",
                  intervention_page(*overview, exchange.app().clock().today(),
                                    exchange.web().survey_catalog()),
                  overview->details.name);
}

/// The form of a new insats (`id` nullopt) or of a stored one, with what was posted and its
/// errors when there are any.
void show_form(Exchange& exchange, std::optional<std::int64_t> id,
               const std::vector<FieldError>& errors, int status) {
    const FieldSource posted = exchange.input().fields();
    const auto form = intervention_form(exchange.app(), exchange.web().survey_catalog(), id,
                                        errors.empty() ? nullptr : &posted);
    if (exchange.failed(form))
        return;
    const std::string title = id ? "Redigera " + form->details.name : "Ny insats";
    exchange.page("intervention_form", intervention_form_page(*form, errors), title, status);
}

void new_form(Exchange& exchange) {
    show_form(exchange, std::nullopt, {}, 200);
}

void edit_form(Exchange& exchange) {
    if (const auto id = exchange.path_id())
        show_form(exchange, id, {}, 200);
}

void save(Exchange& exchange, std::optional<std::int64_t> id) {
    const auto saved = save_intervention(exchange.app(), exchange.web().survey_catalog(), id,
                                         exchange.input().fields());
    if (!saved && saved.error().code == ErrorCode::Invalid) {
        show_form(exchange, id, saved.error().fields, 422);
        return;
    }
    if (exchange.failed(saved))
        return;
    exchange.reply().redirect("/insatser/" + std::to_string(saved->id));
}

void create(Exchange& exchange) {
    save(exchange, std::nullopt);
}

void update(Exchange& exchange) {
    if (const auto id = exchange.path_id())
        save(exchange, id);
}

} // namespace

RouteTable intervention_routes() {
    return {Audience::Pages,
            {
                {Method::Get, "/insatser", Who::SignedIn, list_page},
                {Method::Get, "/insatser/ny", Who::Kansli, new_form},
                {Method::Post, "/insatser", Who::Kansli, create},
                {Method::Get, R"(/insatser/(\d+))", Who::SignedIn, intervention_page_of},
                {Method::Get, R"(/insatser/(\d+)/redigera)", Who::Kansli, edit_form},
                {Method::Post, R"(/insatser/(\d+))", Who::Kansli, update},
            }};
}

} // namespace finsam
