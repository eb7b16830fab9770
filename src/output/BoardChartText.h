#pragma once

#include "output/BoardDocument.h"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

// The words of an insats's key-figure chart (BoardChart), shared by the drawing and by each
// format's text alternative, so that the picture and the text beside it say the same thing.
// A hidden point is "visas inte" or ".." in them, never its value.

/// The dates the chart has a point for in any series, oldest first: its x axis.
std::vector<Date> board_chart_periods(const BoardChart& chart);

/// A period's end as the x axis names it: "K1 2024" at the end of a calendar quarter, else the
/// date ("2024-02-15").
std::string board_chart_period_label(Date period_end);

/// Whether the point of `series` at `period_end` is hidden from the reader.
bool board_chart_point_hidden(const BoardChartSeries& series, Date period_end);

/// The point of `series` at `period_end` that the chart may draw: its value, or nullopt when it
/// is hidden, not stated or not there (a gap in the line).
std::optional<double> board_chart_shown_value(const BoardChartSeries& series, Date period_end);

/// A point's value as a table of the chart writes it: the number, ".." when hidden, "" when
/// not stated or not there.
std::string board_chart_value_text(const BoardChartSeries& series, Date period_end);

/// What the gaps in the lines mean, when there are any: "Luckor i linjen: uppgiften visas
/// inte" (hidden points), "... saknas" (points not stated), or both.
std::optional<std::string> board_chart_gap_note(const BoardChart& chart);

/// A short text alternative: "Linjediagram över Deltagare totalt, Aktiva och Avslutade, K4
/// 2021 – K2 2022."
std::string board_chart_summary(const BoardChart& chart);

/// The summary and every value, series by series, for a reader who cannot see the picture
/// and has no table beside it (a Word document's image description).
std::string board_chart_description(const BoardChart& chart);

} // namespace finsam
