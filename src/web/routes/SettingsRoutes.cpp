#include "app/settings/Settings.h"
#include "web/pages/SettingsPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

void show_settings(Exchange& exchange, const std::vector<FieldError>& errors, int status) {
    const FieldSource posted = exchange.input().fields();
    const auto overview = settings_overview(exchange.app(), errors.empty() ? nullptr : &posted);
    if (exchange.failed(overview))
        return;
    exchange.page("settings", settings_page(*overview, exchange.web().report_templates(), errors),
                  "Inställningar", status);
}

void settings(Exchange& exchange) {
    show_settings(exchange, {}, 200);
}

void save(Exchange& exchange) {
    const auto saved = save_settings(exchange.app(), exchange.input().fields());
    if (!saved && saved.error().code == ErrorCode::Invalid) {
        show_settings(exchange, saved.error().fields, 422);
        return;
    }
    if (exchange.failed(saved))
        return;
    exchange.reply().redirect("/installningar?sparat=1");
}

} // namespace

RouteTable settings_routes() {
    return {Audience::Pages,
            {
                {Method::Get, "/installningar", Who::Kansli, settings},
                {Method::Post, "/installningar", Who::Kansli, save},
            }};
}

} // namespace finsam
