#include "app/audit/AuditTrail.h"
#include "output/CsvWriter.h"
#include "web/pages/AuditTrailPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

void audit_trail_page(Exchange& exchange) {
    auto filter = audit_filter(exchange.input().fields());
    std::vector<FieldError> errors;
    if (!filter && filter.error().code == ErrorCode::Invalid) {
        // The trail unfiltered, with what could not be read said above it.
        errors = filter.error().fields;
        filter = AuditFilter{};
    }
    if (exchange.failed(filter))
        return;
    const auto trail = audit_trail(exchange.app(), *filter);
    if (exchange.failed(trail))
        return;
    exchange.page("audit_trail", audit_trail_page(*trail, errors), "Händelselogg",
                  errors.empty() ? 200 : 422);
}

void audit_trail_csv(Exchange& exchange) {
    const auto filter = audit_filter(exchange.input().fields());
    if (exchange.failed(filter))
        return;
    const auto table = audit_trail_table(exchange.app(), *filter);
    if (exchange.failed(table))
        return;
    exchange.reply().download(write_csv({*table}), "text/csv; charset=utf-8", "handelselogg.csv");
}

} // namespace

RouteTable audit_routes() {
    return {Audience::Pages,
            {
                {Method::Get, "/handelselogg", Who::Kansli, audit_trail_page},
                {Method::Get, R"(/handelselogg\.csv)", Who::Kansli, audit_trail_csv},
            }};
}

} // namespace finsam
