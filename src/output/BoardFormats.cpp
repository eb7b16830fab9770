#include "output/BoardFormats.h"

#include "output/BoardDocx.h"
#include "output/BoardHtml.h"
#include "output/BoardPdf.h"
#include "output/BoardTables.h"
#include "output/XlsxWriter.h"

#include <stdexcept>

namespace finsam {

std::optional<BoardFormat> board_format_from_string(std::string_view name) {
    if (name == "html")
        return BoardFormat::Html;
    if (name == "docx")
        return BoardFormat::Docx;
    if (name == "pdf")
        return BoardFormat::Pdf;
    if (name == "xlsx")
        return BoardFormat::Xlsx;
    return std::nullopt;
}

tl::expected<RenderedBoardReport, std::string>
render_board_report(const BoardDocument& document, BoardFormat format,
                    const std::filesystem::path& html_template) {
    switch (format) {
    case BoardFormat::Html:
        try {
            return RenderedBoardReport{BoardHtml(html_template).render(document),
                                       "text/html; charset=utf-8", "html"};
        } catch (const std::runtime_error& error) {
            return tl::unexpected(std::string(error.what()));
        }
    case BoardFormat::Xlsx: {
        auto workbook = write_xlsx(board_report_tables(document));
        if (!workbook)
            return tl::unexpected("cannot write the board report's workbook: " + workbook.error());
        return RenderedBoardReport{
            std::move(*workbook),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"};
    }
    case BoardFormat::Docx:
        return board_report_docx(document).map([](std::string bytes) {
            return RenderedBoardReport{
                std::move(bytes),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"};
        });
    case BoardFormat::Pdf:
        return board_report_pdf(document).map([](std::string bytes) {
            return RenderedBoardReport{std::move(bytes), "application/pdf", "pdf"};
        });
    }
    return tl::unexpected(std::string("unknown board report format"));
}

} // namespace finsam
