#pragma once

#include "app/statistics/Statistics.h"
#include "app/statistics/StatisticsExport.h"

#include <string>
#include <vector>

namespace finsam {

/// The statistics page's charts of the förbund's totals, as SVG: participants by kön, end
/// reasons, income sources at start beside those at end, and each insats's share ended to
/// work or studies against its goal. A chart with nothing to show is left out; a hidden value
/// reads "visas inte", never a bar of its size.
struct StatisticsChart {
    std::string title; // shown as the figure's caption
    std::string svg;
};
std::vector<StatisticsChart> statistics_charts(const Statistics& statistics,
                                               const CodeLabels& labels);

} // namespace finsam
