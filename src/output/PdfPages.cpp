#include "output/PdfPages.h"

#include <algorithm>
#include <cairo-pdf.h>
#include <cmath>
#include <pango/pangocairo.h>

namespace finsam {

namespace {

// A4 portrait in points, with margins of a letter: 20 mm at the sides, room for the running
// title above and the page number below.
constexpr double k_page_width = 595.276;
constexpr double k_page_height = 841.89;
constexpr double k_margin_side = 56.7;
constexpr double k_margin_top = 70;
constexpr double k_margin_bottom = 70;
constexpr double k_cell_padding_x = 4;
constexpr double k_cell_padding_y = 3;
constexpr PdfColor k_rule_color{0.62, 0.66, 0.72};
constexpr PdfColor k_header_fill{0.89, 0.92, 0.95};

struct FontDescriptionDeleter {
    void operator()(PangoFontDescription* description) const {
        pango_font_description_free(description);
    }
};

std::unique_ptr<PangoFontDescription, FontDescriptionDeleter>
font_description(const PdfTextStyle& style) {
    std::unique_ptr<PangoFontDescription, FontDescriptionDeleter> description(
        pango_font_description_new());
    // The DejaVu families (fonts-dejavu-core) cover every Swedish letter, the dashes and †.
    pango_font_description_set_family(
        description.get(), style.font == PdfFont::Serif ? "DejaVu Serif" : "DejaVu Sans");
    // Absolute size: the surface's unit is the point, and pango would otherwise scale the
    // size by its screen resolution of 96 dpi.
    pango_font_description_set_absolute_size(description.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(description.get(),
                                      style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(description.get(),
                                     style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    return description;
}

double points(int pango_units) {
    return static_cast<double>(pango_units) / PANGO_SCALE;
}

int pango_units(double value) {
    return static_cast<int>(std::lround(value * PANGO_SCALE));
}

// One line of a laid-out paragraph: its band from the top of the layout (half the line
// spacing above and below it) and its baseline.
struct LineBand {
    PangoLayoutLine* line;
    double top;
    double bottom;
    double baseline;
    double x;
};

std::vector<LineBand> line_bands(PangoLayout* layout) {
    std::vector<LineBand> bands;
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        int top = 0;
        int bottom = 0;
        pango_layout_iter_get_line_yrange(iter, &top, &bottom);
        PangoRectangle logical{};
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        bands.push_back({pango_layout_iter_get_line_readonly(iter), points(top), points(bottom),
                         points(pango_layout_iter_get_baseline(iter)), points(logical.x)});
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    return bands;
}

// How many of `bands` from `first` to draw on this page when `room` points are left: as many
// as fit, but a paragraph that breaks leaves neither its first nor its last line alone.
std::size_t lines_for_page(const std::vector<LineBand>& bands, std::size_t first, double room) {
    auto fit = first;
    while (fit < bands.size() && bands[fit].bottom - bands[first].top <= room)
        ++fit;
    auto count = fit - first;
    auto left = bands.size() - fit;
    if (left == 0)
        return count;
    if (count == 1)
        return 0;
    if (left == 1 && count >= 3)
        return count - 1;
    return count;
}

} // namespace

PdfPages::PdfPages(cairo_t* cr, PangoContext* context, PdfFurniture furniture)
    : m_cr(cr), m_context(context), m_furniture(std::move(furniture)), m_y(k_margin_top) {}

double PdfPages::width() const {
    return k_page_width - 2 * k_margin_side;
}

double PdfPages::bottom() const {
    return k_page_height - k_margin_bottom;
}

void PdfPages::new_page() {
    draw_furniture();
    cairo_show_page(m_cr);
    ++m_page;
    m_y = k_margin_top;
}

void PdfPages::finish() {
    draw_furniture();
    cairo_show_page(m_cr);
}

void PdfPages::space(double points_down) {
    if (m_y > k_margin_top)
        m_y = std::min(m_y + points_down, bottom());
}

void PdfPages::move_to_fraction(double fraction) {
    m_y = k_margin_top + fraction * (bottom() - k_margin_top);
}

void PdfPages::ensure_space(double height) {
    if (m_y > k_margin_top && m_y + height > bottom())
        new_page();
}

PdfPages::Layout PdfPages::layout(std::string_view text, const PdfTextStyle& style, double width,
                                  PdfAlign align) {
    Layout result(pango_layout_new(m_context));
    auto description = font_description(style);
    pango_layout_set_font_description(result.get(), description.get());
    pango_layout_set_width(result.get(), pango_units(width));
    // Word by word, and within a word only when it is longer than the line (a URL).
    pango_layout_set_wrap(result.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_line_spacing(result.get(), static_cast<float>(style.line_spacing));
    pango_layout_set_alignment(result.get(),
                               align == PdfAlign::Right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    // Plain text, not pango markup: a report's "<" or "&" is text.
    pango_layout_set_text(result.get(), text.data(), static_cast<int>(text.size()));
    return result;
}

void PdfPages::draw_layout(PangoLayout* layout, double x, double y, const PdfColor& color) {
    cairo_set_source_rgb(m_cr, color.red, color.green, color.blue);
    cairo_move_to(m_cr, x, y);
    pango_cairo_show_layout(m_cr, layout);
}

double PdfPages::text_height(std::string_view text, const PdfTextStyle& style, double width) {
    auto measured = layout(text, style, width > 0 ? width : this->width());
    int height = 0;
    pango_layout_get_size(measured.get(), nullptr, &height);
    return points(height);
}

void PdfPages::paragraph(std::string_view text, const PdfTextStyle& style, double indent) {
    auto laid_out = layout(text, style, width() - indent);
    auto bands = line_bands(laid_out.get());
    std::size_t next = 0;
    while (next < bands.size()) {
        auto count = lines_for_page(bands, next, bottom() - m_y);
        if (count == 0 && m_y <= k_margin_top)
            count = 1; // a line taller than a page: drawn, cut, rather than never
        if (count == 0) {
            new_page();
            continue;
        }
        auto origin = bands[next].top;
        cairo_set_source_rgb(m_cr, style.color.red, style.color.green, style.color.blue);
        for (auto index = next; index < next + count; ++index) {
            cairo_move_to(m_cr, k_margin_side + indent + bands[index].x,
                          m_y + bands[index].baseline - origin);
            pango_cairo_show_layout_line(m_cr, bands[index].line);
        }
        m_y += bands[next + count - 1].bottom - origin;
        next += count;
        if (next < bands.size())
            new_page();
    }
}

void PdfPages::label_and_text(std::string_view label, std::string_view text, double label_width,
                              const PdfTextStyle& label_style, const PdfTextStyle& text_style) {
    auto label_layout = layout(label, label_style, label_width - k_cell_padding_x);
    auto text_layout = layout(text, text_style, width() - label_width);
    int label_height = 0;
    int text_height_units = 0;
    pango_layout_get_size(label_layout.get(), nullptr, &label_height);
    pango_layout_get_size(text_layout.get(), nullptr, &text_height_units);
    auto height = points(std::max(label_height, text_height_units));
    ensure_space(height);
    draw_layout(label_layout.get(), k_margin_side, m_y, label_style.color);
    draw_layout(text_layout.get(), k_margin_side + label_width, m_y, text_style.color);
    m_y += height;
}

void PdfPages::contents_line(std::string_view text, std::string_view page_text, double indent,
                             const PdfTextStyle& style, std::optional<int> target_page) {
    constexpr double k_page_column = 36;
    auto text_width = width() - indent - k_page_column - 12;
    auto text_layout = layout(text, style, text_width);
    auto page_layout = layout(page_text, style, k_page_column, PdfAlign::Right);
    int height_units = 0;
    pango_layout_get_size(text_layout.get(), nullptr, &height_units);
    auto height = points(height_units);
    ensure_space(height);

    auto x = k_margin_side + indent;
    draw_layout(text_layout.get(), x, m_y, style.color);
    auto page_x = k_margin_side + width() - k_page_column;
    draw_layout(page_layout.get(), page_x, m_y, style.color);

    // Dot leaders from the end of the text's last line to the page number, as in a printed
    // table of contents, so the eye finds the number that belongs to a name.
    auto last_line = line_bands(text_layout.get()).back();
    PangoRectangle text_end{};
    pango_layout_line_get_extents(last_line.line, nullptr, &text_end);
    PangoRectangle number{};
    pango_layout_line_get_extents(pango_layout_get_line_readonly(page_layout.get(), 0), nullptr,
                                  &number);
    auto leader_start = x + points(text_end.x + text_end.width) + 4;
    auto leader_end = page_x + points(number.x) - 4;
    if (!page_text.empty() && leader_end > leader_start) {
        const double dash[] = {0.8, 2.6};
        cairo_save(m_cr);
        cairo_set_dash(m_cr, dash, 2, 0);
        cairo_set_line_width(m_cr, 0.8);
        cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_source_rgb(m_cr, k_rule_color.red, k_rule_color.green, k_rule_color.blue);
        cairo_move_to(m_cr, leader_start, m_y + last_line.baseline);
        cairo_line_to(m_cr, leader_end, m_y + last_line.baseline);
        cairo_stroke(m_cr);
        cairo_restore(m_cr);
    }

    if (target_page) {
        auto link = "rect=[" + std::to_string(std::lround(x)) + " " +
                    std::to_string(std::lround(m_y)) + " " +
                    std::to_string(std::lround(width() - indent)) + " " +
                    std::to_string(std::lround(height)) + "] page=" + std::to_string(*target_page);
        cairo_tag_begin(m_cr, CAIRO_TAG_LINK, link.c_str());
        cairo_tag_end(m_cr, CAIRO_TAG_LINK);
    }
    m_y += height;
}

double PdfPages::table_row_height(const PdfTable& table, const std::vector<std::string>& cells,
                                  const PdfTextStyle& style) {
    double total_share = 0;
    for (const auto& column : table.columns)
        total_share += column.width;
    double height = 0;
    for (std::size_t index = 0; index < table.columns.size(); ++index) {
        auto column_width = width() * table.columns[index].width / total_share;
        auto text = index < cells.size() ? cells[index] : std::string();
        height = std::max(height, text_height(text, style, column_width - 2 * k_cell_padding_x));
    }
    return height + 2 * k_cell_padding_y;
}

void PdfPages::table_row(const PdfTable& table, const std::vector<std::string>& cells,
                         const PdfTextStyle& style, bool header) {
    auto height = table_row_height(table, cells, style);
    if (header) {
        cairo_set_source_rgb(m_cr, k_header_fill.red, k_header_fill.green, k_header_fill.blue);
        cairo_rectangle(m_cr, k_margin_side, m_y, width(), height);
        cairo_fill(m_cr);
    }
    double total_share = 0;
    for (const auto& column : table.columns)
        total_share += column.width;
    auto x = k_margin_side;
    for (std::size_t index = 0; index < table.columns.size(); ++index) {
        const auto& column = table.columns[index];
        auto column_width = width() * column.width / total_share;
        auto text = index < cells.size() ? cells[index] : std::string();
        auto cell = layout(text, style, column_width - 2 * k_cell_padding_x, column.align);
        draw_layout(cell.get(), x + k_cell_padding_x, m_y + k_cell_padding_y, style.color);
        x += column_width;
    }
    m_y += height;
    rule(k_rule_color, header ? 0.8 : 0.4);
}

void PdfPages::table(const PdfTable& table) {
    std::vector<std::string> titles;
    for (const auto& column : table.columns)
        titles.push_back(column.title);
    auto header_height = table_row_height(table, titles, table.header_style);
    bool first_row = true;
    for (const auto& row : table.rows) {
        auto row_height = table_row_height(table, row, table.cell_style);
        // The header goes with the first row, and again at the top of every page the table
        // continues on, so a reader never meets a column of numbers without its title.
        if (first_row) {
            ensure_space(header_height + row_height);
            table_row(table, titles, table.header_style, true);
            first_row = false;
        } else if (m_y + row_height > bottom()) {
            new_page();
            table_row(table, titles, table.header_style, true);
        }
        table_row(table, row, table.cell_style, false);
    }
}

void PdfPages::drawing(double height,
                       const std::function<void(cairo_t*, PangoContext*, const PdfBox&)>& draw) {
    ensure_space(height);
    cairo_save(m_cr);
    draw(m_cr, m_context, PdfBox{k_margin_side, m_y, width(), height});
    cairo_restore(m_cr);
    m_y += height;
}

void PdfPages::rule(PdfColor color, double thickness) {
    cairo_save(m_cr);
    cairo_set_source_rgb(m_cr, color.red, color.green, color.blue);
    cairo_set_line_width(m_cr, thickness);
    cairo_move_to(m_cr, k_margin_side, m_y);
    cairo_line_to(m_cr, k_margin_side + width(), m_y);
    cairo_stroke(m_cr);
    cairo_restore(m_cr);
}

int PdfPages::bookmark(std::string_view title, int parent, bool open) {
    auto target = "page=" + std::to_string(m_page) + " pos=[" +
                  std::to_string(std::lround(k_margin_side)) + " " +
                  std::to_string(std::lround(m_y)) + "]";
    std::string title_text(title);
    return cairo_pdf_surface_add_outline(
        cairo_get_target(m_cr), parent, title_text.c_str(), target.c_str(),
        open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : static_cast<cairo_pdf_outline_flags_t>(0));
}

void PdfPages::draw_furniture() {
    if (m_plain_page && m_page == 1)
        return;
    const auto& style = m_furniture.style;
    auto title = layout(m_furniture.running_title, style, width());
    draw_layout(title.get(), k_margin_side, k_margin_top - 32, style.color);
    auto saved_y = m_y;
    m_y = k_margin_top - 16;
    rule(k_rule_color, 0.5);
    m_y = saved_y;

    auto number = "Sida " + std::to_string(m_page);
    if (m_furniture.page_count)
        number += " av " + std::to_string(*m_furniture.page_count);
    auto footer = layout(number, style, width(), PdfAlign::Right);
    draw_layout(footer.get(), k_margin_side, k_page_height - k_margin_bottom + 28, style.color);
}

} // namespace finsam
