#include "app/overview/Overview.h"
#include "domain/ReportingCalendar.h"
#include "web/pages/OverviewPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

/// What the overview's content depends on besides the data: the förbund, the role (what the
/// policy discloses to it), the quarter, the day (what is late) and which insatser the
/// visitor sees.
std::string cache_key(const AppContext& app, const Period& quarter, Date today) {
    std::string key = std::to_string(app.user().association_id) + "|" +
                      std::string(to_string(app.user().role)) + "|" + format_iso(quarter.start) +
                      "|" + format_iso(today) + "|";
    const auto only = app.policy().intervention_scope();
    if (!only)
        return key + "all";
    for (const auto id : *only)
        key += std::to_string(id) + ",";
    return key;
}

void show_overview(Exchange& exchange) {
    const AppContext app = exchange.app();
    const auto first_day = parse_iso_date(exchange.input().value("kvartal"));
    const Date today = app.clock().today();
    const Period quarter = chosen_quarter(first_day, today);
    auto& cache = exchange.web().page_cache();
    const std::string key = cache_key(app, quarter, today);
    auto content = cache.find(key);
    if (!content) {
        const auto shown = overview(app, first_day, OverviewContent::QuarterFinalsAndWarnings);
        if (exchange.failed(shown))
            return;
        content = exchange.web().views().render("overview", overview_page(*shown));
        cache.store(key, *content);
    }
    exchange.page_content(std::move(*content), "Översikt " + quarter_label(quarter));
}

} // namespace

RouteTable overview_routes() {
    return {Audience::Pages, {{Method::Get, "/oversikt", Who::SignedIn, show_overview}}};
}

} // namespace finsam
