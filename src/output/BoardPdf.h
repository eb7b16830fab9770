#pragma once

#include "output/BoardDocument.h"

#include <string>
#include <tl/expected.hpp>

namespace finsam {

/// The board report as a PDF for print and for the board's reading: A4 portrait, a cover, a
/// contents list with page numbers, the summary tables, each insats (Individinriktade, then
/// Strukturinriktade, then Övriga insatser) on its own pages with its goals and the chart of its
/// key figures (vectors), the lessons, and in the kansli's copy what to look at before the
/// report goes to the board. Fonts are embedded,
/// every page but the cover says "Sida N av M", the viewer's outline has a bookmark per insats,
/// and the PDF's title and creation date are the report's. A hidden count is "..", never its
/// number. Returns the PDF's bytes, or what went wrong (English, for the log).
tl::expected<std::string, std::string> board_report_pdf(const BoardDocument& document);

} // namespace finsam
