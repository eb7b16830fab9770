#include "output/BarChart.h"

#include "output/SwedishFormat.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace finsam {

namespace {

constexpr double k_width = 640;
constexpr double k_label_width = 200;
constexpr double k_value_space = 70;
constexpr double k_bar_height = 14;
constexpr double k_group_gap = 10;
constexpr double k_top = 8;

// Dark enough for white text around them and distinct without colour: the second series is
// striped.
constexpr const char* k_colours[] = {"#1f5f8b", "#b35900", "#4d7d2a", "#6b4c9a"};

std::string safe_id(const std::string& prefix) {
    std::string id;
    for (const char character : prefix)
        id += std::isalnum(static_cast<unsigned char>(character)) || character == '-' ? character
                                                                                      : '_';
    return id.empty() ? "bars" : id;
}

std::string number(double value) {
    std::ostringstream out;
    out.precision(1);
    out << std::fixed << value;
    return out.str();
}

/// The axis's end: the largest value or target rounded up to 1, 2 or 5 times a power of ten.
double axis_maximum(const BarChartData& data) {
    double largest = 0;
    for (const auto& group : data.groups) {
        for (const auto& value : group.values)
            largest = std::max(largest, value.value_or(0));
        largest = std::max(largest, group.target.value_or(0));
    }
    if (largest <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(largest)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (largest <= step * power)
            return step * power;
    }
    return 10 * power;
}

bool has_content(const BarChartData& data) {
    return std::any_of(data.groups.begin(), data.groups.end(), [](const BarGroup& group) {
        return group.target || std::any_of(group.values.begin(), group.values.end(),
                                           [](const auto& value) { return value.has_value(); });
    });
}

std::string description(const BarChartData& data) {
    std::string text;
    for (const auto& group : data.groups) {
        text += group.label + ":";
        for (std::size_t i = 0; i < group.values.size(); ++i) {
            const std::string series = i < data.series.size() ? data.series[i] + " " : "";
            text += " " + series +
                    (group.values[i] ? format_swedish_number(*group.values[i], 1) + data.unit
                                     : data.hidden_text);
        }
        if (group.target)
            text += ", mål " + format_swedish_number(*group.target, 1) + data.unit;
        text += ". ";
    }
    return text;
}

} // namespace

std::string render_bar_chart_svg(const BarChartData& data) {
    if (!has_content(data))
        return {};
    const std::string id = safe_id(data.id_prefix);
    const std::size_t series = std::max<std::size_t>(1, data.series.size());
    const double group_height = double(series) * k_bar_height + k_group_gap;
    const bool has_target = std::any_of(data.groups.begin(), data.groups.end(),
                                        [](const BarGroup& group) { return group.target; });
    const bool legend = series > 1 || has_target;
    const double legend_height = legend ? 24 : 0;
    const double height = k_top + double(data.groups.size()) * group_height + legend_height;
    const double scale = (k_width - k_label_width - k_value_space) / axis_maximum(data);

    std::ostringstream svg;
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << number(k_width) << ' '
        << number(height) << "\" role=\"img\" aria-labelledby=\"" << id << "-title " << id
        << "-desc\" class=\"bar-chart\">";
    svg << "<title id=\"" << id << "-title\">" << escape_xml(data.title) << "</title>";
    svg << "<desc id=\"" << id << "-desc\">" << escape_xml(description(data)) << "</desc>";
    svg << "<defs><pattern id=\"" << id << "-stripes\" width=\"6\" height=\"6\" "
        << "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" "
        << "height=\"6\" fill=\"" << k_colours[1] << "\"/><line x1=\"0\" y1=\"0\" x2=\"0\" "
        << "y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern></defs>";
    double y = k_top;
    for (const auto& group : data.groups) {
        svg << "<text x=\"" << number(k_label_width - 8) << "\" y=\""
            << number(y + double(series) * k_bar_height / 2 + 4)
            << "\" text-anchor=\"end\" font-size=\"12\">" << escape_xml(group.label) << "</text>";
        for (std::size_t i = 0; i < series; ++i) {
            const double bar_y = y + double(i) * k_bar_height;
            const auto value = i < group.values.size() ? group.values[i] : std::nullopt;
            const std::string fill = i == 1 ? "url(#" + id + "-stripes)"
                                            : std::string(k_colours[i % std::size(k_colours)]);
            if (!value) {
                svg << "<text x=\"" << number(k_label_width + 4) << "\" y=\""
                    << number(bar_y + k_bar_height - 3)
                    << "\" font-size=\"11\" font-style=\"italic\">" << escape_xml(data.hidden_text)
                    << "</text>";
                continue;
            }
            const double length = std::max(0.0, *value) * scale;
            svg << "<rect x=\"" << number(k_label_width) << "\" y=\"" << number(bar_y + 1)
                << "\" width=\"" << number(length) << "\" height=\"" << number(k_bar_height - 2)
                << "\" fill=\"" << fill << "\"/>";
            svg << "<text x=\"" << number(k_label_width + length + 4) << "\" y=\""
                << number(bar_y + k_bar_height - 3) << "\" font-size=\"11\">"
                << escape_xml(format_swedish_number(*value, 1) + data.unit) << "</text>";
        }
        if (group.target) {
            const double x = k_label_width + *group.target * scale;
            svg << "<line x1=\"" << number(x) << "\" y1=\"" << number(y - 2) << "\" x2=\""
                << number(x) << "\" y2=\"" << number(y + double(series) * k_bar_height + 2)
                << "\" stroke=\"#111111\" stroke-width=\"3\"/>";
        }
        y += group_height;
    }
    if (legend) {
        double x = k_label_width;
        for (std::size_t i = 0; i < data.series.size(); ++i) {
            const std::string fill = i == 1 ? "url(#" + id + "-stripes)"
                                            : std::string(k_colours[i % std::size(k_colours)]);
            svg << "<rect x=\"" << number(x) << "\" y=\"" << number(y + 4)
                << "\" width=\"12\" height=\"12\" fill=\"" << fill << "\"/>";
            svg << "<text x=\"" << number(x + 16) << "\" y=\"" << number(y + 14)
                << "\" font-size=\"11\">" << escape_xml(data.series[i]) << "</text>";
            x += 24 + 7 * double(data.series[i].size());
        }
        if (has_target) {
            svg << "<line x1=\"" << number(x + 6) << "\" y1=\"" << number(y + 2) << "\" x2=\""
                << number(x + 6) << "\" y2=\"" << number(y + 18)
                << "\" stroke=\"#111111\" stroke-width=\"3\"/>";
            svg << "<text x=\"" << number(x + 14) << "\" y=\"" << number(y + 14)
                << "\" font-size=\"11\">Mål</text>";
        }
    }
    svg << "</svg>";
    return svg.str();
}

} // namespace finsam
