#include "app/interventions/Interventions.h"
#include "app/search/SearchJson.h"
#include "app/search/SearchReports.h"
#include "web/pages/SearchPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

void show_search(Exchange& exchange) {
    const FieldSource fields = exchange.input().fields();
    const BoardLayout& layout = exchange.web().board_layout();
    const AppContext app = exchange.app();
    const auto interventions = list_interventions(app);
    if (exchange.failed(interventions))
        return;
    const auto asked = search_asked(fields, layout);
    if (!asked && asked.error().code == ErrorCode::Invalid) {
        // The form again with what could not be read said above it, and no results.
        SearchResults typed;
        typed.asked.text = fields.value("q");
        typed.shows_status = app.policy().disclosure().work_status;
        typed.shows_comments = app.policy().disclosure().history;
        exchange.page("search", search_page(typed, *interventions, layout, asked.error().fields),
                      "Sök", 422);
        return;
    }
    if (exchange.failed(asked))
        return;
    const auto results = search_reports(app, *asked, layout);
    if (exchange.failed(results))
        return;
    const std::string title = asked->text.empty() ? "Sök" : "Sök: " + asked->text;
    exchange.page("search", search_page(*results, *interventions, layout, {}), title);
}

void show_search_json(Exchange& exchange) {
    const BoardLayout& layout = exchange.web().board_layout();
    const auto asked = search_asked(exchange.input().fields(), layout);
    if (exchange.failed(asked))
        return;
    const auto results = search_reports(exchange.app(), *asked, layout);
    if (exchange.failed(results))
        return;
    exchange.reply().json(search_results_json(*results));
}

} // namespace

RouteTable search_routes() {
    return {Audience::Pages, {{Method::Get, "/sok", Who::SignedIn, show_search}}};
}

RouteTable search_api_routes() {
    return {Audience::Api, {{Method::Get, "/api/v1/sok", Who::SignedIn, show_search_json}}};
}

} // namespace finsam
