#pragma once

#include "output/BoardDocument.h"

#include <string>
#include <tl/expected.hpp>

namespace finsam {

/// The board report as a Word document (.docx), and the file's bytes. A cover (title,
/// förbund, period, date); a table of contents that Word and LibreOffice fill in when they open
/// the file; the summary table on a landscape page; each insats under "Individinriktade
/// insatser", "Strukturinriktade insatser" or "Övriga insatser" with its sections, its goals
/// table and the chart of its key figures as a picture whose alternative text gives the values;
/// the lessons by insats; and, in the kansli's copy, what to look at before the report
/// goes to the board. Headings are Word's heading styles (levels 1 to 3), tables repeat their
/// heading row on every page, and every page but the cover is numbered. A hidden count is
/// written "..", never its number; the marks * and † are written only in the kansli's copy.
/// The error (English, for logs) is from writing the zip archive.
tl::expected<std::string, std::string> board_report_docx(const BoardDocument& document);

} // namespace finsam
