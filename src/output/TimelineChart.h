#pragma once

#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// One line of a timeline chart: a key figure over the chart's periods.
struct ChartSeries {
    std::string label;                         // Legend text, Swedish ("Deltagare totalt").
    std::vector<std::optional<double>> values; // One per period; nullopt is a gap in the line.
    /// A goal rather than a measurement ("Mål för antal deltagare"): drawn as a grey dashed
    /// target line without markers, and not given one of the measurements' colours.
    bool target = false;
};

/// One insats's key figures over its reporting periods.
struct TimelineChartData {
    std::string title;                      // "Nyckeltal per kvartal"
    std::vector<std::string> period_labels; // The x axis, oldest first ("2024 K1").
    std::vector<ChartSeries> series;
    // Prefix for the ids inside the markup, so that several charts can share one page. Use
    // letters, digits, '-' and '_'; anything else is replaced by '_'.
    std::string id_prefix = "chart";
};

/// Inline SVG 1.1 markup for an HTML page: a line chart with a y axis from 0 to a round
/// maximum, one polyline per run of reported values, a marker on every reported value, and a
/// legend. The markup is `role="img"`, named by its <title> and <desc> (Swedish); the page's
/// data table is the text alternative. Every measured series differs from the others in
/// colour, marker shape and dash pattern (the styles repeat after nine); a target series is a
/// grey dashed line without markers. A value missing at the end of
/// a series, and one that is not finite or not below 10^12 in magnitude, counts as not
/// reported; values beyond the last period are ignored. An empty title becomes
/// "Linjediagram". The output is the same bytes for the same input. Empty when there is
/// nothing to draw: no periods or no reported value at all.
std::string render_timeline_chart_svg(const TimelineChartData& data);

} // namespace finsam
