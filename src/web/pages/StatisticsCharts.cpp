#include "web/pages/StatisticsCharts.h"

#include "output/BarChart.h"
#include "output/SwedishLabels.h"

#include <set>

namespace finsam {

namespace {

/// The förbund's total of a count, when there is one: nullopt when hidden or not reported.
const StatisticFigure* total_of(const Statistics& statistics, Measure measure,
                                const std::string& category) {
    for (const auto& figure : statistics.totals) {
        if (figure.measure == measure && figure.category == category && figure.unit == Unit::Count)
            return &figure;
    }
    return nullptr;
}

std::optional<double> shown_total(const Statistics& statistics, Measure measure,
                                  const std::string& category) {
    const auto* figure = total_of(statistics, measure, category);
    return figure ? figure->value : std::nullopt;
}

BarChartData by_gender(const Statistics& statistics) {
    BarChartData chart{"Deltagare efter kön, hela förbundet",
                       {"Kvinnor", "Män", "Annat/okänt kön"},
                       {},
                       "",
                       "visas inte",
                       "chart-gender"};
    for (const auto measure :
         {Measure::ParticipantsNew, Measure::ParticipantsCurrent, Measure::EndedInPeriod}) {
        if (!total_of(statistics, measure, "kvinna") && !total_of(statistics, measure, "man"))
            continue;
        chart.groups.push_back(
            {std::string(measure_label(measure)),
             {shown_total(statistics, measure, "kvinna"), shown_total(statistics, measure, "man"),
              shown_total(statistics, measure, "annat")},
             std::nullopt});
    }
    return chart;
}

/// The codes the förbund's totals have of the measures, in code order.
std::set<std::string> codes_of(const Statistics& statistics, std::vector<Measure> measures) {
    std::set<std::string> codes;
    for (const auto& figure : statistics.totals) {
        if (!figure.category.empty() &&
            std::find(measures.begin(), measures.end(), figure.measure) != measures.end())
            codes.insert(figure.category);
    }
    return codes;
}

std::string label_of(const CodeLabels& labels, Measure measure, const std::string& code) {
    const auto found = labels.find({measure, code});
    return found == labels.end() ? code : found->second;
}

BarChartData end_reasons(const Statistics& statistics, const CodeLabels& labels) {
    BarChartData chart{"Avslutade efter avslutsorsak, hela förbundet",
                       {"Avslutade"},
                       {},
                       "",
                       "visas inte",
                       "chart-end-reasons"};
    for (const auto& code : codes_of(statistics, {Measure::EndedByReason})) {
        chart.groups.push_back({label_of(labels, Measure::EndedByReason, code),
                                {shown_total(statistics, Measure::EndedByReason, code)},
                                std::nullopt});
    }
    return chart;
}

BarChartData income_sources(const Statistics& statistics, const CodeLabels& labels) {
    BarChartData chart{"Försörjning vid inskrivning och vid avslut, de avslutade",
                       {"Vid inskrivning", "Vid avslut"},
                       {},
                       "",
                       "visas inte",
                       "chart-income"};
    for (const auto& code : codes_of(statistics, {Measure::IncomeAtStart, Measure::IncomeAtEnd})) {
        chart.groups.push_back({label_of(labels, Measure::IncomeAtStart, code),
                                {shown_total(statistics, Measure::IncomeAtStart, code),
                                 shown_total(statistics, Measure::IncomeAtEnd, code)},
                                std::nullopt});
    }
    return chart;
}

BarChartData work_or_studies(const Statistics& statistics) {
    BarChartData chart{"Andel avslutade till arbete eller studier, mot målet",
                       {"Utfall"},
                       {},
                       " %",
                       "visas inte",
                       "chart-work-or-studies"};
    for (const auto& insats : statistics.interventions) {
        for (const auto& row : insats.goals) {
            if (row.goal.measure != Measure::EndedToWorkOrStudies || row.goal.unit != Unit::Percent)
                continue;
            if (!row.outcome && !row.outcome_hidden && !row.goal.target)
                continue;
            chart.groups.push_back({insats.name, {row.outcome}, row.goal.target});
            break;
        }
    }
    return chart;
}

} // namespace

std::vector<StatisticsChart> statistics_charts(const Statistics& statistics,
                                               const CodeLabels& labels) {
    std::vector<StatisticsChart> charts;
    for (const auto& chart : {by_gender(statistics), end_reasons(statistics, labels),
                              income_sources(statistics, labels), work_or_studies(statistics)}) {
        if (auto svg = render_bar_chart_svg(chart); !svg.empty())
            charts.push_back({chart.title, std::move(svg)});
    }
    return charts;
}

} // namespace finsam
