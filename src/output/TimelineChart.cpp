#include "output/TimelineChart.h"

#include "domain/Text.h"
#include "output/SwedishFormat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <string_view>

namespace finsam {

namespace {

// Layout in viewBox units. The markup scales to the page's width, so these are proportions
// rather than pixels; 800 wide suits a content column on a desktop page.
constexpr double k_width = 800;
constexpr double k_plot_left = 72;
constexpr double k_plot_right = 776;
constexpr double k_plot_top = 52;
constexpr double k_plot_bottom = 312;
constexpr double k_title_baseline = 28;
constexpr double k_x_label_baseline = 334;
constexpr double k_legend_top = 352;
constexpr double k_legend_row_height = 22;
constexpr double k_legend_sample_width = 28;
constexpr double k_font_size = 12;
// The server cannot measure text, so labels are estimated at an average system-ui character
// (about 0.55 em) to decide how many fit side by side.
constexpr double k_character_width = 0.55 * k_font_size;
constexpr double k_label_gap = 8;
constexpr std::size_t k_max_x_labels = 12;
constexpr int k_max_y_intervals = 5; // 6 gridlines
constexpr int k_min_y_intervals = 3; // 4 gridlines
// Larger magnitudes are input errors (no insats has a trillion participants) and would
// overflow the integer arithmetic that keeps the output exact.
constexpr double k_largest_value = 1e12;

constexpr std::string_view k_font_family = "system-ui, sans-serif";
constexpr std::string_view k_background_colour = "#ffffff";
constexpr std::string_view k_text_colour = "#1a1a1a";
constexpr std::string_view k_axis_text_colour = "#4d4d4d";
constexpr std::string_view k_grid_colour = "#d9d9d9";
constexpr std::string_view k_baseline_colour = "#767676";

enum class MarkerShape { Circle, Square, TriangleUp, Diamond, TriangleDown, Cross };

struct SeriesStyle {
    std::string_view colour;
    std::string_view dash_pattern; // Empty for a solid line.
    MarkerShape marker;
};

// Okabe and Ito's colour-blind safe palette, darkened where needed to reach 3:1 against white
// (WCAG 2.1, 1.4.11). Marker shape and dash pattern tell the series apart without colour.
// Three more hues (violet, crimson, teal) for the insats page's nine key figures, so that no
// two of its series share a colour.
constexpr std::array<SeriesStyle, 9> k_series_styles{{
    {"#0072b2", "", MarkerShape::Circle},
    {"#d55e00", "10 5", MarkerShape::Square},
    {"#00845f", "2 4", MarkerShape::TriangleUp},
    {"#b4508a", "12 4 3 4", MarkerShape::Diamond},
    {"#333333", "6 3 2 3 2 3", MarkerShape::TriangleDown},
    {"#8a6500", "18 5", MarkerShape::Cross},
    {"#6a3d9a", "", MarkerShape::Square},
    {"#a6193c", "4 3", MarkerShape::Circle},
    {"#00778a", "14 4 2 4", MarkerShape::Diamond},
}};
// A goal: the reference the measurements are read against, not one of them.
constexpr SeriesStyle k_target_style{"#767676", "8 6", MarkerShape::Circle};

// A marker is an absolute move to `start` (relative to the point) and a fixed relative path,
// so every marker of a series has the same shape wherever it is drawn.
struct MarkerPath {
    double start_x;
    double start_y;
    std::string_view relative_path;
};

MarkerPath marker_path(MarkerShape shape) {
    switch (shape) {
    case MarkerShape::Circle:
        return {-4.5, 0, "a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0z"};
    case MarkerShape::Square:
        return {-4, -4, "h8v8h-8z"};
    case MarkerShape::TriangleUp:
        return {0, -5.5, "l5.5 9.5h-11z"};
    case MarkerShape::Diamond:
        return {0, -5.5, "l5.5 5.5l-5.5 5.5l-5.5 -5.5z"};
    case MarkerShape::TriangleDown:
        return {0, 5.5, "l5.5 -9.5h-11z"};
    case MarkerShape::Cross:
        return {-4, -4, "l8 8m0 -8l-8 8"};
    }
    return {0, 0, ""};
}

std::string id_prefix_of(std::string_view prefix) {
    const auto is_ascii_letter = [](char character) {
        return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z');
    };
    std::string result;
    for (const char character : prefix) {
        const bool allowed = is_ascii_letter(character) || is_ascii_digit(character) ||
                             character == '-' || character == '_';
        result += allowed ? character : '_';
    }
    if (result.empty() || !(is_ascii_letter(result.front()) || result.front() == '_'))
        result.insert(0, "chart-");
    return result;
}

/// At most one decimal, a decimal point, no exponent and never "-0": SVG's number syntax.
std::string format_coordinate(double value) {
    long long tenths = std::llround(value * 10);
    std::string result = tenths < 0 ? "-" : "";
    tenths = std::abs(tenths);
    result += std::to_string(tenths / 10);
    if (tenths % 10 != 0) {
        result += '.';
        result += static_cast<char>('0' + tenths % 10);
    }
    return result;
}

double estimated_text_width(std::string_view text) {
    // One UTF-8 code point is one character; continuation bytes are 10xxxxxx.
    const auto characters = std::count_if(text.begin(), text.end(), [](char byte) {
        return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
    });
    return static_cast<double>(characters) * k_character_width;
}

/// Values outside the chart's range are treated as not reported.
std::optional<double> usable_value(const ChartSeries& series, std::size_t period_index) {
    if (period_index >= series.values.size() || !series.values[period_index])
        return std::nullopt;
    const double value = *series.values[period_index];
    if (!std::isfinite(value) || std::abs(value) >= k_largest_value)
        return std::nullopt;
    return value;
}

struct ValueAxis {
    double minimum;
    double step;
    int intervals;
    int decimals; // For the tick labels: the step's decimals.

    double maximum() const { return minimum + step * intervals; }
};

/// From 0 (or below, for negative values) to a round maximum in steps of 1, 2 or 5 × 10^n,
/// with 3 to 5 intervals. Whole-number data never gets fractional steps.
ValueAxis value_axis(double lowest, double highest, bool whole_numbers) {
    const double low = std::min(0.0, lowest);
    const double high = std::max(0.0, highest);
    const double span = high - low;
    int exponent =
        span > 0 ? static_cast<int>(std::floor(std::log10(span / k_max_y_intervals))) : 0;
    if (whole_numbers)
        exponent = std::max(exponent, 0);
    // Ends within a few rounds: the first step is at most a fifth of the span.
    for (;; ++exponent) {
        for (const int mantissa : {1, 2, 5}) {
            const double power = std::pow(10.0, std::abs(exponent));
            const double step = exponent >= 0 ? mantissa * power : mantissa / power;
            // The tolerance keeps 0.3 / 0.1 from rounding up to four intervals.
            const double below = std::floor(low / step + 1e-9);
            const double above = std::ceil(high / step - 1e-9);
            if (above - below <= k_max_y_intervals) {
                const int intervals = std::max(static_cast<int>(above - below), k_min_y_intervals);
                return {below * step, step, intervals, std::max(0, -exponent)};
            }
        }
    }
}

/// Every `step`th period, so that labels neither overlap nor exceed k_max_x_labels, and
/// always the first and the last.
std::vector<std::size_t> labelled_periods(const std::vector<std::string>& labels,
                                          double period_width) {
    double widest = 0;
    for (const auto& label : labels)
        widest = std::max(widest, estimated_text_width(label) + k_label_gap);
    const std::size_t count = labels.size();
    const auto fitting_step = static_cast<std::size_t>(std::ceil(widest / period_width));
    const std::size_t step =
        std::max({std::size_t{1}, (count + k_max_x_labels - 1) / k_max_x_labels, fitting_step});
    std::vector<std::size_t> result;
    for (std::size_t index = 0; index < count; index += step)
        result.push_back(index);
    // Moving the final label to the last period keeps the gap before it at least one step.
    if (result.back() != count - 1) {
        if (result.size() > 1)
            result.back() = count - 1;
        else
            result.push_back(count - 1);
    }
    return result;
}

std::size_t legend_columns(const std::vector<ChartSeries>& series) {
    double widest = 0;
    for (const auto& one_series : series)
        widest = std::max(widest, estimated_text_width(one_series.label));
    const double item_overhead = k_legend_sample_width + 8 + 16;
    for (const std::size_t columns : {std::size_t{3}, std::size_t{2}}) {
        const double column_width = (k_plot_right - k_plot_left) / static_cast<double>(columns);
        if (widest + item_overhead <= column_width)
            return std::min(columns, series.size());
    }
    return 1;
}

class ChartWriter {
public:
    explicit ChartWriter(const TimelineChartData& data)
        : m_data(data), m_id_prefix(id_prefix_of(data.id_prefix)),
          m_period_width((k_plot_right - k_plot_left) /
                         static_cast<double>(data.period_labels.size())),
          m_axis(find_axis(data)), m_legend_columns(legend_columns(data.series)) {}

    std::string render() {
        const std::size_t legend_rows =
            (m_data.series.size() + m_legend_columns - 1) / m_legend_columns;
        const double height = k_legend_top + static_cast<double>(legend_rows) * k_legend_row_height;
        const std::string title = m_data.title.empty() ? "Linjediagram" : m_data.title;

        m_out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " +
                 format_coordinate(k_width) + ' ' + format_coordinate(height) +
                 "\" width=\"100%\" role=\"img\" aria-labelledby=\"" + m_id_prefix + "-title " +
                 m_id_prefix + "-desc\" font-family=\"" + std::string(k_font_family) +
                 "\" font-size=\"" + format_coordinate(k_font_size) + "\">\n";
        m_out += "<title id=\"" + m_id_prefix + "-title\">" + escape_xml(title) + "</title>\n";
        m_out += "<desc id=\"" + m_id_prefix + "-desc\">" + escape_xml(description()) + "</desc>\n";
        m_out += "<rect width=\"" + format_coordinate(k_width) + "\" height=\"" +
                 format_coordinate(height) + "\" fill=\"" + std::string(k_background_colour) +
                 "\"/>\n";
        m_out += "<text x=\"8\" y=\"" + format_coordinate(k_title_baseline) + "\" fill=\"" +
                 std::string(k_text_colour) + "\" font-size=\"16\" font-weight=\"bold\">" +
                 escape_xml(title) + "</text>\n";
        write_value_axis();
        write_period_axis();
        for (std::size_t series_index = 0; series_index < m_data.series.size(); ++series_index)
            write_series(series_index);
        write_legend();
        m_out += "</svg>\n";
        return std::move(m_out);
    }

private:
    static ValueAxis find_axis(const TimelineChartData& data) {
        double lowest = 0;
        double highest = 0;
        bool whole_numbers = true;
        for (const auto& series : data.series) {
            for (std::size_t period = 0; period < data.period_labels.size(); ++period) {
                if (const auto value = usable_value(series, period)) {
                    lowest = std::min(lowest, *value);
                    highest = std::max(highest, *value);
                    whole_numbers = whole_numbers && std::trunc(*value) == *value;
                }
            }
        }
        return value_axis(lowest, highest, whole_numbers);
    }

    double x_of(std::size_t period_index) const {
        return k_plot_left + (static_cast<double>(period_index) + 0.5) * m_period_width;
    }

    double y_of(double value) const {
        const double share = (value - m_axis.minimum) / (m_axis.maximum() - m_axis.minimum);
        return k_plot_bottom - share * (k_plot_bottom - k_plot_top);
    }

    std::string description() const {
        const auto& periods = m_data.period_labels;
        std::string text = periods.size() == 1
                               ? "Linjediagram för perioden " + periods.front()
                               : "Linjediagram över " + std::to_string(periods.size()) +
                                     " perioder, från " + periods.front() + " till " +
                                     periods.back();
        std::vector<std::string> labels;
        bool has_gaps = false;
        for (const auto& series : m_data.series) {
            labels.push_back(series.label);
            for (std::size_t period = 0; period < periods.size(); ++period)
                has_gaps = has_gaps || !usable_value(series, period);
        }
        text += labels.size() == 1 ? ", med serien " : ", med serierna ";
        text += format_swedish_list(labels) + ". Y-axeln går från " +
                format_swedish_number(m_axis.minimum, m_axis.decimals) + " till " +
                format_swedish_number(m_axis.maximum(), m_axis.decimals) + '.';
        if (has_gaps)
            text += " Ett avbrott i en linje betyder att värdet inte rapporterades.";
        return text + " Samma värden finns i tabellen.";
    }

    void write_value_axis() {
        m_out += "<g id=\"" + m_id_prefix + "-value-axis\" fill=\"" +
                 std::string(k_axis_text_colour) + "\" text-anchor=\"end\">\n";
        for (int tick = 0; tick <= m_axis.intervals; ++tick) {
            const double value = m_axis.minimum + tick * m_axis.step;
            const std::string y = format_coordinate(y_of(value));
            // The zero line is the x axis; it is darker than the other gridlines.
            const bool is_zero = std::abs(value) < m_axis.step / 2;
            m_out += "<line x1=\"" + format_coordinate(k_plot_left) + "\" y1=\"" + y + "\" x2=\"" +
                     format_coordinate(k_plot_right) + "\" y2=\"" + y + "\" stroke=\"" +
                     std::string(is_zero ? k_baseline_colour : k_grid_colour) + "\"/>\n";
            m_out += "<text x=\"" + format_coordinate(k_plot_left - 8) + "\" y=\"" +
                     format_coordinate(y_of(value) + 4) + "\">" +
                     format_swedish_number(value, m_axis.decimals) + "</text>\n";
        }
        m_out += "</g>\n";
    }

    void write_period_axis() {
        m_out += "<g id=\"" + m_id_prefix + "-period-axis\" fill=\"" +
                 std::string(k_axis_text_colour) + "\" text-anchor=\"middle\">\n";
        for (const std::size_t period : labelled_periods(m_data.period_labels, m_period_width)) {
            m_out += "<text x=\"" + format_coordinate(x_of(period)) + "\" y=\"" +
                     format_coordinate(k_x_label_baseline) + "\">" +
                     escape_xml(m_data.period_labels[period]) + "</text>\n";
        }
        m_out += "</g>\n";
    }

    std::string line_attributes(const SeriesStyle& style) const {
        std::string attributes = "fill=\"none\" stroke=\"" + std::string(style.colour) +
                                 "\" stroke-width=\"2.5\" stroke-linejoin=\"round\"";
        if (!style.dash_pattern.empty())
            attributes += " stroke-dasharray=\"" + std::string(style.dash_pattern) + '"';
        return attributes;
    }

    static std::string marker_attributes(const SeriesStyle& style) {
        // A cross has no inside to fill; the filled shapes get a white edge so that markers
        // stay apart where series meet.
        if (style.marker == MarkerShape::Cross)
            return "fill=\"none\" stroke=\"" + std::string(style.colour) +
                   "\" stroke-width=\"2.5\"";
        return "fill=\"" + std::string(style.colour) + "\" stroke=\"" +
               std::string(k_background_colour) + "\" stroke-width=\"1\"";
    }

    static std::string marker(const SeriesStyle& style, double x, double y) {
        const MarkerPath path = marker_path(style.marker);
        return "M" + format_coordinate(x + path.start_x) + ' ' +
               format_coordinate(y + path.start_y) + std::string(path.relative_path);
    }

    /// A measured series' style by its place among the measured series, so that a target
    /// between them shifts no colour; a target's own style.
    const SeriesStyle& style_of(std::size_t series_index) const {
        if (m_data.series[series_index].target)
            return k_target_style;
        const auto measured_before = static_cast<std::size_t>(
            std::count_if(m_data.series.begin(),
                          m_data.series.begin() + static_cast<std::ptrdiff_t>(series_index),
                          [](const ChartSeries& series) { return !series.target; }));
        return k_series_styles[measured_before % k_series_styles.size()];
    }

    void write_series(std::size_t series_index) {
        const ChartSeries& series = m_data.series[series_index];
        const SeriesStyle& style = style_of(series_index);
        const std::size_t period_count = m_data.period_labels.size();

        m_out += "<g id=\"" + m_id_prefix + "-series-" + std::to_string(series_index + 1) + "\">\n";
        // One polyline per run of consecutive reported values; a lone value has only its marker.
        m_out += "<g " + line_attributes(style) + ">\n";
        std::size_t period = 0;
        while (period < period_count) {
            std::string points;
            std::size_t run_length = 0;
            for (; period < period_count && usable_value(series, period); ++period, ++run_length) {
                points += (run_length > 0 ? " " : "") + format_coordinate(x_of(period)) + ',' +
                          format_coordinate(y_of(*usable_value(series, period)));
            }
            if (run_length > 1)
                m_out += "<polyline points=\"" + points + "\"/>\n";
            if (run_length == 0)
                ++period;
        }
        if (series.target) {
            m_out += "</g>\n</g>\n";
            return;
        }
        m_out += "</g>\n<g " + marker_attributes(style) + ">\n";
        for (period = 0; period < period_count; ++period) {
            const auto value = usable_value(series, period);
            if (!value)
                continue;
            // A tooltip for pointer users; the page's table is the text alternative.
            m_out += "<path d=\"" + marker(style, x_of(period), y_of(*value)) + "\"><title>" +
                     escape_xml(series.label + ", " + m_data.period_labels[period] + ": " +
                                format_swedish_number(*value, 2)) +
                     "</title></path>\n";
        }
        m_out += "</g>\n</g>\n";
    }

    void write_legend() {
        const double column_width =
            (k_plot_right - k_plot_left) / static_cast<double>(m_legend_columns);
        m_out +=
            "<g id=\"" + m_id_prefix + "-legend\" fill=\"" + std::string(k_text_colour) + "\">\n";
        for (std::size_t series_index = 0; series_index < m_data.series.size(); ++series_index) {
            const SeriesStyle& style = style_of(series_index);
            const double left =
                k_plot_left + static_cast<double>(series_index % m_legend_columns) * column_width;
            const double middle =
                k_legend_top + 8 +
                static_cast<double>(series_index / m_legend_columns) * k_legend_row_height;
            const std::string y = format_coordinate(middle);
            m_out += "<g>\n<line x1=\"" + format_coordinate(left) + "\" y1=\"" + y + "\" x2=\"" +
                     format_coordinate(left + k_legend_sample_width) + "\" y2=\"" + y + "\" " +
                     line_attributes(style) + "/>\n";
            if (!m_data.series[series_index].target)
                m_out += "<path d=\"" + marker(style, left + k_legend_sample_width / 2, middle) +
                         "\" " + marker_attributes(style) + "/>\n";
            m_out += "<text x=\"" + format_coordinate(left + k_legend_sample_width + 8) +
                     "\" y=\"" + format_coordinate(middle + 4) + "\">" +
                     escape_xml(m_data.series[series_index].label) + "</text>\n</g>\n";
        }
        m_out += "</g>\n";
    }

    const TimelineChartData& m_data;
    std::string m_id_prefix;
    double m_period_width;
    ValueAxis m_axis;
    std::size_t m_legend_columns;
    std::string m_out;
};

bool has_anything_to_draw(const TimelineChartData& data) {
    for (const auto& series : data.series) {
        for (std::size_t period = 0; period < data.period_labels.size(); ++period) {
            if (usable_value(series, period))
                return true;
        }
    }
    return false;
}

} // namespace

std::string render_timeline_chart_svg(const TimelineChartData& data) {
    if (data.period_labels.empty() || !has_anything_to_draw(data))
        return {};
    return ChartWriter(data).render();
}

} // namespace finsam
