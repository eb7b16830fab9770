#pragma once

#include <cairo.h>
#include <functional>
#include <memory>
#include <optional>
#include <pango/pango.h>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// A small page layout engine on cairo and pango for generated documents: a cursor runs down
// an A4 page, and each block (a paragraph, a table) asks for room and moves to a new page
// when there is none. Paragraphs break between lines, tables between rows, with the header
// row again on the new page. What a document says is the caller's; this only places it.

struct PdfColor {
    double red = 0;
    double green = 0;
    double blue = 0;
};

enum class PdfFont { Serif, Sans };
enum class PdfAlign { Left, Right };

struct PdfTextStyle {
    PdfFont font = PdfFont::Serif;
    double size = 10.5; // points
    bool bold = false;
    bool italic = false;
    PdfColor color;
    double line_spacing = 1.25; // of the font size
};

/// A table: relative column widths, one header row, rows of plain text. A row stays on one
/// page.
struct PdfTable {
    struct Column {
        std::string title;
        double width = 1; // share of the table's width, relative to the other columns
        PdfAlign align = PdfAlign::Left;
    };
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;
    PdfTextStyle header_style;
    PdfTextStyle cell_style;
};

/// What a page shows besides its content: a running title at the top and its number at the
/// bottom ("Sida 3 av 12" when the page count is known, else "Sida 3").
struct PdfFurniture {
    std::string running_title;
    std::optional<int> page_count;
    PdfTextStyle style;
};

/// Where a drawing goes on a page, in points from the page's top left corner.
struct PdfBox {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

class PdfPages {
public:
    /// Lays out on `cr`, whose surface is A4 portrait in points; `context` is a pango
    /// context for it. Both outlive this object. Starts on page 1.
    PdfPages(cairo_t* cr, PangoContext* context, PdfFurniture furniture);
    PdfPages(const PdfPages&) = delete;
    PdfPages& operator=(const PdfPages&) = delete;

    int page() const { return m_page; }
    double width() const;

    /// Ends the page (its furniture drawn) and starts the next.
    void new_page();
    /// Ends the last page; call once, after the last block.
    void finish();
    /// Page 1 without furniture: a cover.
    void set_plain_page() { m_plain_page = true; }

    /// Moves the cursor down; nothing at the top of a page, where a gap would only push the
    /// content down.
    void space(double points);
    /// Moves the cursor to `fraction` of the page's writable height (a cover's blocks).
    void move_to_fraction(double fraction);
    /// A new page unless `height` points fit below the cursor.
    void ensure_space(double height);

    /// The height `text` takes in `style`, wrapped to `width` (the page's width when 0).
    double text_height(std::string_view text, const PdfTextStyle& style, double width = 0);
    /// One paragraph (line breaks in `text` kept), wrapped to the page's width less `indent`
    /// and broken across pages between lines, never leaving a single line alone on a page.
    void paragraph(std::string_view text, const PdfTextStyle& style, double indent = 0);
    /// A label and its text side by side ("Period" 2022-01-01 – 2022-08-31) that stay on one
    /// page.
    void label_and_text(std::string_view label, std::string_view text, double label_width,
                        const PdfTextStyle& label_style, const PdfTextStyle& text_style);
    /// A line of the contents: `text` indented, `page_text` at the right margin, dots between,
    /// and the whole line a link to `target_page` when there is one.
    void contents_line(std::string_view text, std::string_view page_text, double indent,
                       const PdfTextStyle& style, std::optional<int> target_page);
    void table(const PdfTable& table);
    /// A drawing `height` points tall across the page's width at the cursor, kept on one page:
    /// `draw` draws it on the page's context, with text in the page's pango context, inside
    /// the box it is given.
    void drawing(double height,
                 const std::function<void(cairo_t*, PangoContext*, const PdfBox&)>& draw);
    /// A thin line across the page at the cursor.
    void rule(PdfColor color, double thickness);

    /// A bookmark in the PDF viewer's outline to the cursor's place; `parent` 0 is the top
    /// level. Returns its id, a parent for entries under it.
    int bookmark(std::string_view title, int parent, bool open);

private:
    struct LayoutDeleter {
        void operator()(PangoLayout* layout) const { g_object_unref(layout); }
    };
    using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

    Layout layout(std::string_view text, const PdfTextStyle& style, double width,
                  PdfAlign align = PdfAlign::Left);
    void draw_layout(PangoLayout* layout, double x, double y, const PdfColor& color);
    double table_row_height(const PdfTable& table, const std::vector<std::string>& cells,
                            const PdfTextStyle& style);
    void table_row(const PdfTable& table, const std::vector<std::string>& cells,
                   const PdfTextStyle& style, bool header);
    double bottom() const;
    void draw_furniture();

    cairo_t* m_cr;
    PangoContext* m_context;
    PdfFurniture m_furniture;
    int m_page = 1;
    double m_y;
    bool m_plain_page = false;
};

} // namespace finsam
