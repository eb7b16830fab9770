#pragma once

#include "output/BoardDocument.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>

namespace finsam {

/// The formats of the board report, all laid out from one BoardDocument.
enum class BoardFormat { Html, Docx, Pdf, Xlsx };

/// "html", "docx", "pdf", "xlsx".
std::optional<BoardFormat> board_format_from_string(std::string_view name);

/// A board report written in one format: its bytes, and how to serve or save them.
struct RenderedBoardReport {
    std::string bytes;
    std::string content_type;
    std::string extension; // "html", "docx"...
};

/// The document in `format`; the HTML is rendered with `html_template`
/// (templates/board/board-report.mustache). The error says in English what failed.
tl::expected<RenderedBoardReport, std::string>
render_board_report(const BoardDocument& document, BoardFormat format,
                    const std::filesystem::path& html_template);

} // namespace finsam
