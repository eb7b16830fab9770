#include "output/BoardChartDrawing.h"

#include "output/BoardChartText.h"
#include "output/SwedishFormat.h"

#include <algorithm>
#include <array>
#include <cairo-svg.h>
#include <cmath>
#include <memory>
#include <numbers>
#include <pango/pangocairo.h>
#include <stdexcept>

namespace finsam {

namespace {

constexpr const char* k_font_family = "DejaVu Sans";
constexpr double k_axis_text_size = 8.5; // points
constexpr double k_legend_text_size = 9;
constexpr double k_note_text_size = 8;

struct Rgb {
    double red = 0;
    double green = 0;
    double blue = 0;
};

constexpr Rgb k_text{0.13, 0.13, 0.13};
constexpr Rgb k_quiet_text{0.30, 0.30, 0.30};
constexpr Rgb k_grid{0.85, 0.86, 0.88};
constexpr Rgb k_axis{0.35, 0.35, 0.35};
constexpr Rgb k_white{1, 1, 1};

enum class Marker { Circle, Square, Triangle, Diamond };

struct SeriesStyle {
    Rgb color;
    Marker marker;
    std::array<double, 4> dash; // on, off...; none for a solid line
    int dash_count;
};

// Okabe and Ito's colours, which colour-blind readers tell apart, darkened where needed to
// stand out 3:1 from white (WCAG 1.4.11). A series is also told by its marker and its dash, so
// that a grey print or a reader who sees no colour can follow it.
constexpr std::array<SeriesStyle, 4> k_series_styles{{
    {{0.00, 0.45, 0.70}, Marker::Circle, {}, 0},
    {{0.80, 0.34, 0.00}, Marker::Square, {5.5, 3.0}, 2},
    {{0.00, 0.45, 0.33}, Marker::Triangle, {1.0, 2.6}, 2},
    {{0.42, 0.24, 0.60}, Marker::Diamond, {7.0, 2.6, 1.0, 2.6}, 4},
}};

constexpr double k_line_width = 1.8;
constexpr double k_marker_radius = 3.4;

const SeriesStyle& series_style(std::size_t index) {
    return k_series_styles[index % k_series_styles.size()];
}

struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

struct FontDescriptionDeleter {
    void operator()(PangoFontDescription* description) const {
        pango_font_description_free(description);
    }
};

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

struct ContextDeleter {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using Context = std::unique_ptr<cairo_t, ContextDeleter>;

struct GObjectDeleter {
    void operator()(void* object) const { g_object_unref(object); }
};

struct FontOptionsDeleter {
    void operator()(cairo_font_options_t* options) const { cairo_font_options_destroy(options); }
};

/// The values' axis: from `low` to `high` in steps of `step`, each a round number.
struct ValueScale {
    double low = 0;
    double high = 0;
    double step = 1;
};

// Four or five steps of 1, 2 or 5 times a power of ten, over the values shown only: a hidden
// value must not show itself by stretching the axis.
ValueScale value_scale(const BoardChart& chart, const std::vector<Date>& periods) {
    std::optional<double> low;
    std::optional<double> high;
    for (const BoardChartSeries& series : chart.series) {
        for (const Date period_end : periods) {
            if (const auto value = board_chart_shown_value(series, period_end)) {
                low = std::min(low.value_or(*value), *value);
                high = std::max(high.value_or(*value), *value);
            }
        }
    }
    // The axis starts at zero, so that a line's height is its size and not its change.
    const double from = std::min(0.0, low.value_or(0));
    const double to = std::max(high.value_or(0), from);
    if (to - from <= 0)
        return ValueScale{from, from + 4, 1};
    const double rough = (to - from) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double multiple : {1.0, 2.0, 5.0}) {
        if (multiple * magnitude >= rough) {
            step = multiple * magnitude;
            break;
        }
    }
    // The key figures are counts of people: no step between two whole numbers.
    step = std::max(step, 1.0);
    return ValueScale{std::floor(from / step) * step, std::ceil(to / step) * step, step};
}

/// One drawing of one chart: measures its text, then places the legend, the axes, the lines
/// and the note in the box.
class ChartPainter {
public:
    ChartPainter(cairo_t* cr, PangoContext* context, const BoardChart& chart,
                 const BoardChartBox& box)
        : m_cr(cr), m_context(context), m_chart(chart), m_box(box),
          m_periods(board_chart_periods(chart)), m_scale(value_scale(chart, m_periods)) {}

    void paint() {
        const double legend_bottom = legend(m_box.y);
        double bottom = m_box.y + m_box.height;
        if (const auto note = board_chart_gap_note(m_chart)) {
            Layout layout = text(*note, k_note_text_size, true);
            bottom -= text_height(layout.get());
            show(layout.get(), m_box.x, bottom, k_quiet_text);
            bottom -= 6;
        }
        Layout sample = text("K1 2024", k_axis_text_size);
        const double period_labels_height = text_height(sample.get());
        m_plot_bottom = bottom - period_labels_height - 6;
        m_plot_top = legend_bottom + 14;
        m_plot_left = m_box.x + value_labels_width() + 6;
        m_plot_right = m_box.x + m_box.width - 2;
        if (m_plot_bottom <= m_plot_top || m_plot_right <= m_plot_left)
            return; // a box too small for a chart: nothing rather than a scrawl
        value_axis();
        period_axis(m_plot_bottom + 5);
        for (std::size_t index = 0; index < m_chart.series.size(); ++index)
            series_line(m_chart.series[index], series_style(index));
    }

private:
    Layout text(std::string_view content, double size, bool italic = false) const {
        Layout layout(pango_layout_new(m_context));
        std::unique_ptr<PangoFontDescription, FontDescriptionDeleter> description(
            pango_font_description_new());
        pango_font_description_set_family(description.get(), k_font_family);
        // Absolute: the size in the surface's units, whatever resolution pango assumes.
        pango_font_description_set_absolute_size(description.get(), size * PANGO_SCALE);
        pango_font_description_set_style(description.get(),
                                         italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
        pango_layout_set_font_description(layout.get(), description.get());
        // Plain text, not pango markup: a series' label may hold "<" or "&".
        pango_layout_set_text(layout.get(), content.data(), static_cast<int>(content.size()));
        return layout;
    }

    static double text_width(PangoLayout* layout) {
        int width = 0;
        pango_layout_get_size(layout, &width, nullptr);
        return static_cast<double>(width) / PANGO_SCALE;
    }

    static double text_height(PangoLayout* layout) {
        int height = 0;
        pango_layout_get_size(layout, nullptr, &height);
        return static_cast<double>(height) / PANGO_SCALE;
    }

    void show(PangoLayout* layout, double x, double y, const Rgb& color) const {
        cairo_set_source_rgb(m_cr, color.red, color.green, color.blue);
        cairo_move_to(m_cr, x, y);
        pango_cairo_show_layout(m_cr, layout);
    }

    void set_stroke(const Rgb& color, double width) const {
        cairo_set_source_rgb(m_cr, color.red, color.green, color.blue);
        cairo_set_line_width(m_cr, width);
    }

    /// The legend from `top`, its entries in rows as wide as the box; returns its bottom.
    double legend(double top) const {
        constexpr double k_sample_width = 26;
        constexpr double k_gap_after_sample = 5;
        constexpr double k_gap_between = 16;
        double x = m_box.x;
        double y = top;
        double row_height = 0;
        for (std::size_t index = 0; index < m_chart.series.size(); ++index) {
            Layout label = text(m_chart.series[index].label, k_legend_text_size);
            const double width = k_sample_width + k_gap_after_sample + text_width(label.get());
            if (x > m_box.x && x + width > m_box.x + m_box.width) {
                x = m_box.x;
                y += row_height + 3;
            }
            row_height = std::max(row_height, text_height(label.get()));
            const double middle = y + text_height(label.get()) / 2;
            const SeriesStyle& style = series_style(index);
            stroke_line_sample(x, x + k_sample_width, middle, style);
            marker(x + k_sample_width / 2, middle, style);
            show(label.get(), x + k_sample_width + k_gap_after_sample, y, k_text);
            x += width + k_gap_between;
        }
        return y + row_height;
    }

    void stroke_line_sample(double from, double to, double y, const SeriesStyle& style) const {
        cairo_save(m_cr);
        apply_line_style(style);
        cairo_move_to(m_cr, from, y);
        cairo_line_to(m_cr, to, y);
        cairo_stroke(m_cr);
        cairo_restore(m_cr);
    }

    void apply_line_style(const SeriesStyle& style) const {
        set_stroke(style.color, k_line_width);
        cairo_set_dash(m_cr, style.dash.data(), style.dash_count, 0);
        // Round ends make the short dashes of a dotted line dots.
        cairo_set_line_cap(m_cr, style.dash_count > 0 ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
        cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_ROUND);
    }

    std::string value_label(double value) const {
        return format_swedish_number(value, m_scale.step < 1 ? 1 : 0);
    }

    std::vector<double> ticks() const {
        std::vector<double> values;
        const auto count =
            static_cast<int>(std::lround((m_scale.high - m_scale.low) / m_scale.step));
        for (int index = 0; index <= count; ++index)
            values.push_back(m_scale.low + index * m_scale.step);
        return values;
    }

    double value_labels_width() const {
        double width = 0;
        for (const double tick : ticks())
            width = std::max(width, text_width(text(value_label(tick), k_axis_text_size).get()));
        return width;
    }

    double y_of(double value) const {
        const double share = (value - m_scale.low) / (m_scale.high - m_scale.low);
        return m_plot_bottom - share * (m_plot_bottom - m_plot_top);
    }

    double x_of(std::size_t period_index) const {
        // Each period in the middle of its slot, so that the first and last labels fit.
        const double slot = (m_plot_right - m_plot_left) / static_cast<double>(m_periods.size());
        return m_plot_left + slot * (static_cast<double>(period_index) + 0.5);
    }

    void value_axis() const {
        for (const double tick : ticks()) {
            const double y = y_of(tick);
            Layout label = text(value_label(tick), k_axis_text_size);
            show(label.get(), m_plot_left - 6 - text_width(label.get()),
                 y - text_height(label.get()) / 2, k_quiet_text);
            set_stroke(k_grid, 0.5);
            cairo_move_to(m_cr, m_plot_left, y);
            cairo_line_to(m_cr, m_plot_right, y);
            cairo_stroke(m_cr);
        }
        // The zero line, which the scale always holds, is the axis; the others only guide the
        // eye.
        set_stroke(k_axis, 0.9);
        cairo_move_to(m_cr, m_plot_left, y_of(0));
        cairo_line_to(m_cr, m_plot_right, y_of(0));
        cairo_stroke(m_cr);
    }

    void period_axis(double top) const {
        if (m_periods.empty())
            return;
        // Every n-th label, counted back from the last, when they would not fit side by side.
        double widest = 0;
        for (const Date period_end : m_periods)
            widest = std::max(
                widest,
                text_width(text(board_chart_period_label(period_end), k_axis_text_size).get()));
        const double slot = (m_plot_right - m_plot_left) / static_cast<double>(m_periods.size());
        const auto every = static_cast<std::size_t>(std::max(1.0, std::ceil((widest + 8) / slot)));
        for (std::size_t index = 0; index < m_periods.size(); ++index) {
            const double x = x_of(index);
            set_stroke(k_axis, 0.9);
            cairo_move_to(m_cr, x, m_plot_bottom);
            cairo_line_to(m_cr, x, m_plot_bottom + 3);
            cairo_stroke(m_cr);
            if ((m_periods.size() - 1 - index) % every != 0)
                continue;
            Layout label = text(board_chart_period_label(m_periods[index]), k_axis_text_size);
            // Centred under its period, but inside the box where the slots are narrow.
            const double width = text_width(label.get());
            const double left = std::clamp(x - width / 2, m_box.x, m_box.x + m_box.width - width);
            show(label.get(), left, top, k_quiet_text);
        }
    }

    void series_line(const BoardChartSeries& series, const SeriesStyle& style) const {
        std::vector<std::optional<double>> values;
        for (const Date period_end : m_periods)
            values.push_back(board_chart_shown_value(series, period_end));

        // A line joins two neighbouring periods only when both are shown: a hidden or missing
        // value is a gap, not a line drawn past it.
        cairo_save(m_cr);
        apply_line_style(style);
        for (std::size_t index = 0; index + 1 < values.size(); ++index) {
            if (!values[index] || !values[index + 1])
                continue;
            if (index == 0 || !values[index - 1])
                cairo_move_to(m_cr, x_of(index), y_of(*values[index]));
            cairo_line_to(m_cr, x_of(index + 1), y_of(*values[index + 1]));
        }
        cairo_stroke(m_cr);
        cairo_restore(m_cr);

        for (std::size_t index = 0; index < values.size(); ++index)
            if (values[index])
                marker(x_of(index), y_of(*values[index]), style);
    }

    void marker(double x, double y, const SeriesStyle& style) const {
        const double size = k_marker_radius;
        switch (style.marker) {
        case Marker::Circle:
            cairo_arc(m_cr, x, y, size, 0, 2 * std::numbers::pi);
            break;
        case Marker::Square:
            cairo_rectangle(m_cr, x - size * 0.9, y - size * 0.9, size * 1.8, size * 1.8);
            break;
        case Marker::Triangle:
            cairo_move_to(m_cr, x, y - size * 1.2);
            cairo_line_to(m_cr, x + size * 1.1, y + size * 0.8);
            cairo_line_to(m_cr, x - size * 1.1, y + size * 0.8);
            cairo_close_path(m_cr);
            break;
        case Marker::Diamond:
            cairo_move_to(m_cr, x, y - size * 1.25);
            cairo_line_to(m_cr, x + size * 1.1, y);
            cairo_line_to(m_cr, x, y + size * 1.25);
            cairo_line_to(m_cr, x - size * 1.1, y);
            cairo_close_path(m_cr);
            break;
        }
        cairo_set_source_rgb(m_cr, style.color.red, style.color.green, style.color.blue);
        cairo_fill_preserve(m_cr);
        // A white rim keeps two markers on the same spot apart.
        cairo_save(m_cr);
        cairo_set_dash(m_cr, nullptr, 0, 0);
        set_stroke(k_white, 0.8);
        cairo_stroke(m_cr);
        cairo_restore(m_cr);
    }

    cairo_t* m_cr;
    PangoContext* m_context;
    const BoardChart& m_chart;
    BoardChartBox m_box;
    std::vector<Date> m_periods;
    ValueScale m_scale;
    double m_plot_top = 0;
    double m_plot_bottom = 0;
    double m_plot_left = 0;
    double m_plot_right = 0;
};

/// Draws with a font map of its own, freed afterwards, rather than pango's per-thread default
/// that lives until the thread ends; glyphs unhinted, so that the chart is laid out alike at
/// any resolution.
void draw_with_own_fonts(cairo_t* cr, const BoardChart& chart, const BoardChartBox& box) {
    std::unique_ptr<PangoFontMap, GObjectDeleter> font_map(pango_cairo_font_map_new());
    std::unique_ptr<PangoContext, GObjectDeleter> context(
        pango_font_map_create_context(font_map.get()));
    std::unique_ptr<cairo_font_options_t, FontOptionsDeleter> options(cairo_font_options_create());
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context.get(), options.get());
    pango_cairo_update_context(cr, context.get());
    pango_context_set_round_glyph_positions(context.get(), FALSE);
    draw_board_chart(cr, context.get(), chart, box);
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void throw_on_error(cairo_status_t status) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(status));
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (auto found = text.find(from); found != std::string::npos;
         found = text.find(from, found + to.size()))
        text.replace(found, from.size(), to);
}

} // namespace

void draw_board_chart(cairo_t* cr, PangoContext* context, const BoardChart& chart,
                      const BoardChartBox& box) {
    cairo_save(cr);
    ChartPainter(cr, context, chart, box).paint();
    cairo_restore(cr);
}

std::string board_chart_svg(const BoardChart& chart, double width, double height,
                            std::string_view id_prefix) {
    std::string svg;
    {
        Surface surface(cairo_svg_surface_create_for_stream(append_to_string, &svg, width, height));
        throw_on_error(cairo_surface_status(surface.get()));
        // Plain numbers for width and height: the page's stylesheet sizes the chart.
        cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_USER);
        {
            Context cr(cairo_create(surface.get()));
            draw_with_own_fonts(cr.get(), chart, {0, 0, width, height});
            throw_on_error(cairo_status(cr.get()));
        }
        cairo_surface_finish(surface.get());
        throw_on_error(cairo_surface_status(surface.get()));
    }

    // cairo writes a document of its own; an inline element needs no XML declaration, and its
    // ids (glyphs, clips) must differ from those of the page's other charts. cairo's SVG holds
    // no text of ours (the glyphs are shapes), so these patterns only meet its own markup.
    svg.erase(0, svg.find("<svg"));
    const std::string prefix(id_prefix);
    replace_all(svg, "id=\"", "id=\"" + prefix);
    replace_all(svg, "href=\"#", "href=\"#" + prefix);
    replace_all(svg, "url(#", "url(#" + prefix);
    const std::string title_id = prefix + "title";
    svg.insert(4, " role=\"img\" aria-labelledby=\"" + title_id + "\"");
    svg.insert(svg.find('>') + 1, "\n<title id=\"" + title_id + "\">" +
                                      escape_xml(board_chart_summary(chart)) + "</title>");
    return svg;
}

std::string board_chart_png(const BoardChart& chart, double width, double height,
                            double pixels_per_point) {
    const auto width_px = static_cast<int>(std::lround(width * pixels_per_point));
    const auto height_px = static_cast<int>(std::lround(height * pixels_per_point));
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px));
    throw_on_error(cairo_surface_status(surface.get()));
    {
        Context cr(cairo_create(surface.get()));
        cairo_set_source_rgb(cr.get(), 1, 1, 1);
        cairo_paint(cr.get());
        cairo_scale(cr.get(), pixels_per_point, pixels_per_point);
        draw_with_own_fonts(cr.get(), chart, {0, 0, width, height});
        throw_on_error(cairo_status(cr.get()));
    }
    cairo_surface_flush(surface.get());
    std::string png;
    throw_on_error(cairo_surface_write_to_png_stream(surface.get(), append_to_string, &png));
    return png;
}

} // namespace finsam
