#include "app/statistics/RegisterFigures.h"
#include "app/statistics/Statistics.h"
#include "app/statistics/StatisticsExport.h"
#include "web/pages/RegisterPage.h"
#include "web/pages/StatisticsPage.h"
#include "web/routes/Routes.h"
#include "web/routes/TableDownload.h"

#include <algorithm>

namespace finsam {

namespace {

/// The export's file name, without extension: the period in ASCII ("statistik-2024Q3").
std::string file_name(const Statistics& statistics) {
    std::string name = "statistik-" + to_string(statistics.selection);
    std::replace(name.begin(), name.end(), '.', '_');
    return name;
}

void show_statistics(Exchange& exchange) {
    const FieldSource fields = exchange.input().fields();
    const std::string typed = fields.value("period");
    const std::string insats = fields.value("insats");
    const auto statistics =
        requested_statistics(exchange.app(), fields, exchange.web().survey_catalog());
    if (!statistics && statistics.error().code == ErrorCode::Invalid) {
        exchange.page("statistics", statistics_form_page(typed, insats, statistics.error().fields),
                      "Deltagarstatistik", 422);
        return;
    }
    if (exchange.failed(statistics))
        return;
    if (const std::string format = fields.value("format"); is_table_download(format)) {
        download_tables(exchange,
                        statistics_tables({*statistics}, exchange.web().report_templates()), format,
                        file_name(*statistics));
        return;
    }
    const std::string shown_period = typed.empty() ? to_string(statistics->selection) : typed;
    const bool kansli = exchange.app().policy().manages_association();
    exchange.page("statistics",
                  statistics_page(*statistics, exchange.web().report_templates(), shown_period,
                                  insats, kansli),
                  "Deltagarstatistik " + period_selection_label(statistics->selection));
}

/// The year asked for (`ar`), or last year: the one the register is filled in for now.
std::optional<int> register_year(Exchange& exchange, Date today) {
    const std::string typed = exchange.input().value("ar");
    if (typed.empty())
        return int(today.year()) - 1;
    const auto parsed = parse_period_selection(typed);
    if (!parsed || parsed->granularity != PeriodGranularity::Year)
        return std::nullopt;
    return int(parsed->period.start.year());
}

void show_register(Exchange& exchange) {
    const AppContext app = exchange.app();
    const auto year = register_year(exchange, app.clock().today());
    if (!year) {
        exchange.fail(AppError::of(ErrorCode::NotFound));
        return;
    }
    const auto figures = register_figures(app, *year);
    if (exchange.failed(figures))
        return;
    if (const std::string format = exchange.input().value("format"); is_table_download(format)) {
        download_tables(exchange, register_tables(*figures), format,
                        "uppfoljning-finsam-" + std::to_string(*year));
        return;
    }
    exchange.page("register", register_page(*figures),
                  "Uppföljning Finsam " + std::to_string(*year));
}

void show_statistics_json(Exchange& exchange) {
    const auto statistics = requested_statistics(exchange.app(), exchange.input().fields(),
                                                 exchange.web().survey_catalog());
    if (exchange.failed(statistics))
        return;
    nlohmann::json interventions = nlohmann::json::array();
    for (auto& object : statistics_json(*statistics))
        interventions.push_back(std::move(object));
    exchange.reply().json({{"period",
                            {{"start", format_iso(statistics->selection.period.start)},
                             {"end", format_iso(statistics->selection.period.end)}}},
                           {"interventions", interventions}});
}

} // namespace

RouteTable statistics_routes() {
    return {Audience::Pages,
            {{Method::Get, "/statistik", Who::SignedIn, show_statistics},
             {Method::Get, "/statistik/uppfoljning-finsam", Who::Kansli, show_register}}};
}

RouteTable statistics_api_routes() {
    return {Audience::Api,
            {{Method::Get, "/api/v1/statistik", Who::SignedIn, show_statistics_json}}};
}

} // namespace finsam
