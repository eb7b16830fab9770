#include "app/statistics/Statistics.h"
#include "app/statistics/StatisticsExport.h"
#include "output/CsvWriter.h"
#include "output/XlsxWriter.h"
#include "web/pages/StatisticsPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

/// The export's file name: the period as typed, in ASCII ("statistik-2024Q3.csv").
std::string file_name(const Statistics& statistics, const std::string& extension) {
    std::string name = "statistik-" + to_string(statistics.selection);
    std::replace(name.begin(), name.end(), '.', '_');
    return name + "." + extension;
}

void download(Exchange& exchange, const Statistics& statistics, const std::string& format) {
    const auto tables = statistics_tables({statistics});
    if (format == "csv") {
        exchange.reply().download(write_csv(tables), "text/csv; charset=utf-8",
                                  file_name(statistics, "csv"));
        return;
    }
    auto workbook = write_xlsx(tables);
    if (!workbook) {
        exchange.fail(
            AppError::internal("cannot write the statistics workbook: " + workbook.error()));
        return;
    }
    exchange.reply().download(std::move(*workbook),
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              file_name(statistics, "xlsx"));
}

void show_statistics(Exchange& exchange) {
    const FieldSource fields = exchange.input().fields();
    const std::string typed = fields.value("period");
    const std::string insats = fields.value("insats");
    const auto statistics = requested_statistics(exchange.app(), fields);
    if (!statistics && statistics.error().code == ErrorCode::Invalid) {
        exchange.page("statistics", statistics_form_page(typed, insats, statistics.error().fields),
                      "Deltagarstatistik", 422);
        return;
    }
    if (exchange.failed(statistics))
        return;
    const std::string format = fields.value("format");
    if (format == "csv" || format == "xlsx") {
        download(exchange, *statistics, format);
        return;
    }
    const std::string shown_period = typed.empty() ? to_string(statistics->selection) : typed;
    exchange.page("statistics", statistics_page(*statistics, shown_period, insats),
                  "Deltagarstatistik " + period_selection_label(statistics->selection));
}

void show_statistics_json(Exchange& exchange) {
    const auto statistics = requested_statistics(exchange.app(), exchange.input().fields());
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
    return {Audience::Pages, {{Method::Get, "/statistik", Who::SignedIn, show_statistics}}};
}

RouteTable statistics_api_routes() {
    return {Audience::Api,
            {{Method::Get, "/api/v1/statistik", Who::SignedIn, show_statistics_json}}};
}

} // namespace finsam
