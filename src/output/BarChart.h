#pragma once

#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// One group of bars: a category (an end reason, an insats) with a value per series.
struct BarGroup {
    std::string label;                         // "Arbete"
    std::vector<std::optional<double>> values; // one per series; nullopt: not shown
    std::optional<double> target;              // a goal drawn as a mark across the group
};

/// A horizontal bar chart: the förbund's participants by kön, end reasons, income sources at
/// start beside those at end, the share to work or studies against its goal.
struct BarChartData {
    std::string title;               // "Avslutade efter avslutsorsak"
    std::vector<std::string> series; // legend, one per value of a group ("Vid inskrivning")
    std::vector<BarGroup> groups;
    std::string unit;                       // appended to value labels: "" or " %"
    std::string hidden_text = "visas inte"; // written where a value is hidden
    std::string id_prefix = "bars";         // for the ids inside the markup
};

/// Inline SVG markup for an HTML page: a bar per value, its number at its end, "visas inte"
/// where a value is hidden (never a bar of its size), a target as a dark mark, a legend when
/// there are several series or a target. `role="img"` named by its <title> and <desc>; the
/// page's table is the text alternative. Series differ in colour and pattern. Empty when no
/// group has a value or a target.
std::string render_bar_chart_svg(const BarChartData& data);

} // namespace finsam
