#pragma once

#include "output/BoardDocument.h"

#include <string>
#include <string_view>

// cairo's and pango's handles, declared as their own headers declare them, so that a file that
// includes this one needs neither library's headers.
using cairo_t = struct _cairo;
using PangoContext = struct _PangoContext;

namespace finsam {

// An insats's key figures over time (BoardChart) drawn once, by one piece of code, for every
// format of the board report: onto a PDF page as vectors, into an SVG for the HTML, into a PNG
// for Word. What the chart's words say is BoardChartText's.

/// Where on a cairo context a chart goes, in the context's user units (points on a PDF page).
struct BoardChartBox {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

/// Draws `chart` as a line chart filling `box` on `cr`, its text laid out in `context` (a
/// pangocairo context for `cr`'s surface): a legend above, the values' axis in Swedish numbers
/// on the left, the periods ("K1 2024") below, one colour, marker shape and dash per series,
/// a gap in a line where a point is hidden or not stated, and a note on the gaps when there are
/// any. A hidden point's value is never drawn, nor does it widen the axis. Text is DejaVu Sans.
/// `cr`'s state is as it was afterwards.
void draw_board_chart(cairo_t* cr, PangoContext* context, const BoardChart& chart,
                      const BoardChartBox& box);

/// The chart as an `<svg>` element of `width` × `height` units, to put inline in HTML: no XML
/// declaration, role="img" with a `<title>` of board_chart_summary(), and every id prefixed
/// with `id_prefix` (letters, digits and '-'), so that several charts in one page do not share
/// ids. Throws std::runtime_error when cairo fails, which it does only when out of memory.
std::string board_chart_svg(const BoardChart& chart, double width, double height,
                            std::string_view id_prefix);

/// The chart laid out on `width` × `height` points and drawn on white at `pixels_per_point`:
/// the bytes of a PNG of width × pixels_per_point by height × pixels_per_point pixels, rounded.
/// Throws std::runtime_error when cairo fails, which it does only when out of memory.
std::string board_chart_png(const BoardChart& chart, double width, double height,
                            double pixels_per_point);

} // namespace finsam
