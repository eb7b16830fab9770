#include "web/pages/StatisticsPage.h"

#include "app/statistics/StatisticsExport.h"
#include "output/SwedishLabels.h"
#include "web/pages/DataTableView.h"
#include "web/pages/FormFields.h"
#include "web/pages/StatisticsCharts.h"

#include <httplib.h>

namespace finsam {

namespace {

std::string download_link(const std::string& typed_period, const std::string& insats,
                          const std::string& format) {
    std::string link = "/statistik?period=" + httplib::detail::encode_query_param(typed_period) +
                       "&format=" + format;
    if (!insats.empty())
        link += "&insats=" + httplib::detail::encode_query_param(insats);
    return link;
}

mstch::map form_view(const std::string& typed_period, const std::string& insats,
                     const std::vector<FieldError>& errors) {
    return mstch::map{
        {"period", form_field("period", "Period", typed_period, errors)},
        {"insats", form_field("insats", "Insats (tomt för alla)", insats, errors)},
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
    };
}

} // namespace

mstch::map statistics_page(const Statistics& statistics, const ReportTemplates& templates,
                           const std::string& typed_period, const std::string& insats,
                           bool links_register) {
    mstch::map view = form_view(typed_period, insats, {});
    const auto tables = statistics_tables({statistics}, templates);
    mstch::array shown;
    const char* ids[] = {"deltagare", "fordelningar", "mal"};
    for (std::size_t i = 0; i < tables.size(); ++i)
        shown.push_back(data_table_view(tables[i], ids[i]));
    mstch::array charts;
    for (auto& chart : statistics_charts(statistics, code_labels(templates)))
        charts.push_back(mstch::map{{"title", chart.title}, {"svg", std::move(chart.svg)}});
    view["charts"] = charts;
    view["has_charts"] = !charts.empty();
    view["label"] = period_selection_label(statistics.selection);
    view["tables"] = shown;
    view["has_statistics"] = true;
    view["links_register"] = links_register;
    view["marks"] = statistics.marks_small_counts;
    view["threshold"] = std::to_string(statistics.small_count_threshold);
    view["csv"] = download_link(typed_period, insats, "csv");
    view["xlsx"] = download_link(typed_period, insats, "xlsx");
    return view;
}

mstch::map statistics_form_page(const std::string& typed_period, const std::string& insats,
                                const std::vector<FieldError>& errors) {
    mstch::map view = form_view(typed_period, insats, errors);
    view["has_statistics"] = false;
    view["has_charts"] = false;
    view["charts"] = mstch::array{};
    view["links_register"] = false;
    return view;
}

} // namespace finsam
