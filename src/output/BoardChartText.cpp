#include "output/BoardChartText.h"

#include "output/SwedishFormat.h"

#include <algorithm>

namespace finsam {

namespace {

const BoardChartPoint* point_at(const BoardChartSeries& series, Date period_end) {
    const auto found =
        std::find_if(series.points.begin(), series.points.end(),
                     [&](const BoardChartPoint& point) { return point.period_end == period_end; });
    return found == series.points.end() ? nullptr : &*found;
}

} // namespace

std::vector<Date> board_chart_periods(const BoardChart& chart) {
    std::vector<Date> periods;
    for (const BoardChartSeries& series : chart.series)
        for (const BoardChartPoint& point : series.points)
            periods.push_back(point.period_end);
    std::sort(periods.begin(), periods.end());
    periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
    return periods;
}

std::string board_chart_period_label(Date period_end) {
    const Period quarter = Period::quarter_of(period_end);
    if (quarter.end != period_end)
        return format_iso(period_end);
    const int number = static_cast<int>(static_cast<unsigned>(period_end.month()) - 1) / 3 + 1;
    return "K" + std::to_string(number) + " " + std::to_string(static_cast<int>(period_end.year()));
}

bool board_chart_point_hidden(const BoardChartSeries& series, Date period_end) {
    const BoardChartPoint* point = point_at(series, period_end);
    return point != nullptr && point->hidden;
}

std::optional<double> board_chart_shown_value(const BoardChartSeries& series, Date period_end) {
    const BoardChartPoint* point = point_at(series, period_end);
    if (point == nullptr || point->hidden)
        return std::nullopt;
    return point->value;
}

std::string board_chart_value_text(const BoardChartSeries& series, Date period_end) {
    if (board_chart_point_hidden(series, period_end))
        return "..";
    const auto value = board_chart_shown_value(series, period_end);
    return value ? format_swedish_number(*value, 1) : std::string();
}

std::optional<std::string> board_chart_gap_note(const BoardChart& chart) {
    bool hidden = false;
    bool missing = false;
    const std::vector<Date> periods = board_chart_periods(chart);
    for (const BoardChartSeries& series : chart.series) {
        for (const Date period_end : periods) {
            if (board_chart_point_hidden(series, period_end))
                hidden = true;
            else if (!board_chart_shown_value(series, period_end))
                missing = true;
        }
    }
    if (hidden && missing)
        return "Luckor i linjen: uppgiften visas inte eller saknas";
    if (hidden)
        return "Luckor i linjen: uppgiften visas inte";
    if (missing)
        return "Luckor i linjen: uppgiften saknas";
    return std::nullopt;
}

std::string board_chart_summary(const BoardChart& chart) {
    std::vector<std::string> labels;
    for (const BoardChartSeries& series : chart.series)
        labels.push_back(series.label);
    std::string summary = "Linjediagram över " + format_swedish_list(labels);
    const std::vector<Date> periods = board_chart_periods(chart);
    if (!periods.empty()) {
        summary += ", " + board_chart_period_label(periods.front());
        if (periods.size() > 1)
            summary += " – " + board_chart_period_label(periods.back());
    }
    return summary + ".";
}

std::string board_chart_description(const BoardChart& chart) {
    std::string description = board_chart_summary(chart);
    const std::vector<Date> periods = board_chart_periods(chart);
    for (const BoardChartSeries& series : chart.series) {
        description += " " + series.label + ":";
        bool first = true;
        for (const Date period_end : periods) {
            std::string value;
            if (board_chart_point_hidden(series, period_end))
                value = "visas inte";
            else if (const auto shown = board_chart_shown_value(series, period_end))
                value = format_swedish_number(*shown, 1);
            else
                value = "saknas";
            description +=
                (first ? " " : ", ") + board_chart_period_label(period_end) + " " + value;
            first = false;
        }
        description += ".";
    }
    return description;
}

} // namespace finsam
