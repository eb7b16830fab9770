#include "output/TimelineChart.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <memory>
#include <pugixml.hpp>
#include <regex>
#include <set>
#include <sstream>

namespace finsam {
namespace {

using Values = std::vector<std::optional<double>>;

constexpr std::string_view k_narrow_no_break_space = "\u202f";

std::vector<std::string> quarters(std::size_t count) {
    std::vector<std::string> labels;
    for (std::size_t index = 0; index < count; ++index)
        labels.push_back(std::to_string(2020 + index / 4) + " K" + std::to_string(index % 4 + 1));
    return labels;
}

TimelineChartData one_series(Values values) {
    TimelineChartData data;
    data.title = "Nyckeltal per kvartal";
    data.period_labels = quarters(values.size());
    data.series.push_back({"Deltagare totalt", std::move(values)});
    return data;
}

std::unique_ptr<pugi::xml_document> parse(const std::string& svg) {
    auto document = std::make_unique<pugi::xml_document>();
    const auto result = document->load_string(svg.c_str());
    EXPECT_TRUE(result) << result.description() << " at " << result.offset << " in\n" << svg;
    return document;
}

std::size_t count(const pugi::xml_node& node, const char* xpath) {
    return node.select_nodes(xpath).size();
}

std::vector<std::string> texts(const pugi::xml_node& node, const char* xpath) {
    std::vector<std::string> result;
    for (const auto& selected : node.select_nodes(xpath))
        result.push_back(selected.node().child_value());
    return result;
}

std::vector<std::pair<double, double>> points_of(const pugi::xml_node& polyline) {
    std::vector<std::pair<double, double>> points;
    std::istringstream stream(polyline.attribute("points").value());
    std::string pair;
    while (stream >> pair) {
        const auto comma = pair.find(',');
        points.emplace_back(std::stod(pair.substr(0, comma)), std::stod(pair.substr(comma + 1)));
    }
    return points;
}

// WCAG 2.1 relative luminance of "#rrggbb" and its contrast ratio against white.
double contrast_with_white(const std::string& colour) {
    double luminance = 0;
    const double weights[] = {0.2126, 0.7152, 0.0722};
    for (int channel = 0; channel < 3; ++channel) {
        const double value =
            std::stoi(colour.substr(1 + 2 * static_cast<std::size_t>(channel), 2), nullptr, 16) /
            255.0;
        const double linear =
            value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        luminance += weights[channel] * linear;
    }
    return 1.05 / (luminance + 0.05);
}

TEST(TimelineChart, IsEmptyWhenThereIsNothingToDraw) {
    EXPECT_EQ(render_timeline_chart_svg({}), "");

    TimelineChartData no_periods = one_series({});
    EXPECT_EQ(render_timeline_chart_svg(no_periods), "");

    TimelineChartData no_series = one_series({1, 2});
    no_series.series.clear();
    EXPECT_EQ(render_timeline_chart_svg(no_series), "");

    EXPECT_EQ(render_timeline_chart_svg(one_series({std::nullopt, std::nullopt})), "");
    EXPECT_EQ(render_timeline_chart_svg(one_series({std::numeric_limits<double>::quiet_NaN(),
                                                    std::numeric_limits<double>::infinity()})),
              "");

    EXPECT_NE(render_timeline_chart_svg(one_series({std::nullopt, 0})), "");
}

TEST(TimelineChart, RootIsAnImageNamedByItsTitleAndDescription) {
    TimelineChartData data = one_series({12, std::nullopt, 30});
    data.series.push_back({"Kvinnor", {5, 8, 14}});
    data.series.push_back({"Män", {7, 9, 16}});
    const auto document = parse(render_timeline_chart_svg(data));
    const auto svg = document->document_element();

    EXPECT_STREQ(svg.name(), "svg");
    EXPECT_STREQ(svg.attribute("xmlns").value(), "http://www.w3.org/2000/svg");
    EXPECT_STREQ(svg.attribute("width").value(), "100%");
    EXPECT_STREQ(svg.attribute("role").value(), "img");
    EXPECT_STREQ(svg.attribute("font-family").value(), "system-ui, sans-serif");
    EXPECT_TRUE(std::regex_match(svg.attribute("viewBox").value(), std::regex("0 0 800 [0-9]+")))
        << svg.attribute("viewBox").value();
    EXPECT_STREQ(svg.attribute("aria-labelledby").value(), "chart-title chart-desc");

    EXPECT_STREQ(svg.first_child().name(), "title");
    EXPECT_STREQ(svg.child("title").attribute("id").value(), "chart-title");
    EXPECT_STREQ(svg.child("title").child_value(), "Nyckeltal per kvartal");
    EXPECT_STREQ(svg.child("desc").attribute("id").value(), "chart-desc");
    EXPECT_STREQ(svg.child("desc").child_value(),
                 "Linjediagram över 3 perioder, från 2020 K1 till 2020 K3, med serierna "
                 "Deltagare totalt, Kvinnor och Män. Y-axeln går från 0 till 30. Ett avbrott i "
                 "en linje betyder att värdet inte rapporterades. Samma värden finns i tabellen.");
}

TEST(TimelineChart, DescriptionOfOnePeriodAndOneSeries) {
    const auto document = parse(render_timeline_chart_svg(one_series({7})));
    EXPECT_STREQ(document->document_element().child("desc").child_value(),
                 "Linjediagram för perioden 2020 K1, med serien Deltagare totalt. Y-axeln går "
                 "från 0 till 8. Samma värden finns i tabellen.");
}

TEST(TimelineChart, EveryIdTakesThePrefixSoChartsCanShareAPage) {
    std::set<std::string> ids_on_page;
    for (const std::string prefix : {"insats-1", "insats-2"}) {
        TimelineChartData data = one_series({1, 2, 3});
        data.id_prefix = prefix;
        const auto document = parse(render_timeline_chart_svg(data));
        const auto svg = document->document_element();
        EXPECT_EQ(std::string(svg.attribute("aria-labelledby").value()),
                  prefix + "-title " + prefix + "-desc");
        const auto with_ids = svg.select_nodes("//*[@id]");
        EXPECT_GE(with_ids.size(), 2U);
        for (const auto& node : with_ids) {
            const std::string id = node.node().attribute("id").value();
            EXPECT_TRUE(id.starts_with(prefix + "-")) << id;
            EXPECT_TRUE(ids_on_page.insert(id).second) << "duplicate id " << id;
        }
    }
}

TEST(TimelineChart, PrefixIsMadeAValidId) {
    TimelineChartData data = one_series({1});
    data.id_prefix = "1 \"x\"";
    const auto document = parse(render_timeline_chart_svg(data));
    EXPECT_STREQ(document->document_element().child("title").attribute("id").value(),
                 "chart-1__x_-title");
}

TEST(TimelineChart, EscapesEveryText) {
    const std::string hostile = "<script>alert(\"x\" & 'y')</script>";
    TimelineChartData data = one_series({1, 2});
    data.title = hostile;
    data.period_labels = {hostile, "2024 K2"};
    data.series.front().label = hostile;
    const std::string svg = render_timeline_chart_svg(data);

    EXPECT_EQ(svg.find("<script"), std::string::npos);
    EXPECT_NE(svg.find("&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;"),
              std::string::npos);
    const auto document = parse(svg);
    const auto root = document->document_element();
    EXPECT_EQ(count(root, "//script"), 0U);
    EXPECT_EQ(root.child("title").child_value(), hostile);
    EXPECT_EQ(texts(root, "//g[@id='chart-legend']//text"), std::vector<std::string>{hostile});
    EXPECT_EQ(texts(root, "//g[@id='chart-period-axis']/text").front(), hostile);
    EXPECT_NE(std::string(root.child("desc").child_value()).find(hostile), std::string::npos);
}

TEST(TimelineChart, DropsControlCharactersThatXmlForbids) {
    TimelineChartData data = one_series({1, 2});
    data.series.front().label = "Deltagare\x01\x1b totalt\tnu";
    const auto document = parse(render_timeline_chart_svg(data));
    EXPECT_EQ(texts(document->document_element(), "//g[@id='chart-legend']//text"),
              std::vector<std::string>{"Deltagare totalt\tnu"});
}

TEST(TimelineChart, MissingValuesBreakTheLineAndALonePointKeepsItsMarker) {
    const auto document =
        parse(render_timeline_chart_svg(one_series({1, 2, std::nullopt, 4, std::nullopt, 6, 7})));
    const auto series = document->document_element().select_node("//g[@id='chart-series-1']");
    ASSERT_TRUE(series);

    const auto polylines = series.node().select_nodes(".//polyline");
    ASSERT_EQ(polylines.size(), 2U);
    const auto first_run = points_of(polylines[0].node());
    const auto last_run = points_of(polylines[1].node());
    ASSERT_EQ(first_run.size(), 2U);
    ASSERT_EQ(last_run.size(), 2U);
    EXPECT_GT(last_run.front().first, first_run.back().first);

    const auto markers = series.node().select_nodes(".//path");
    ASSERT_EQ(markers.size(), 5U);
    EXPECT_STREQ(markers[2].node().child("title").child_value(), "Deltagare totalt, 2020 K4: 4");
}

TEST(TimelineChart, ValuesBeyondTheSeriesAreMissingAndBeyondThePeriodsIgnored) {
    TimelineChartData data = one_series({1, 2, 3, 4});
    data.series.push_back({"Kort", {1, 2}});
    data.series.push_back({"Lång", {1, 2, 3, 4, 5, 6}});
    const auto document = parse(render_timeline_chart_svg(data));
    const auto root = document->document_element();
    EXPECT_EQ(count(root, "//g[@id='chart-series-2']//path"), 2U);
    EXPECT_EQ(count(root, "//g[@id='chart-series-3']//path"), 4U);
    EXPECT_EQ(points_of(root.select_node("//g[@id='chart-series-3']//polyline").node()).size(), 4U);
}

struct AxisCase {
    Values values;
    std::vector<std::string> tick_labels;
};

TEST(TimelineChart, ValueAxisRunsFromZeroToARoundMaximum) {
    const std::string thin_space(k_narrow_no_break_space);
    const AxisCase cases[] = {
        {{12, 47, 30}, {"0", "10", "20", "30", "40", "50"}},
        {{100}, {"0", "20", "40", "60", "80", "100"}},
        {{101}, {"0", "50", "100", "150"}},
        {{12345},
         {"0", "5" + thin_space + "000", "10" + thin_space + "000", "15" + thin_space + "000"}},
        {{0.7, 0.1}, {"0", "0,2", "0,4", "0,6", "0,8"}},
        {{2, 1}, {"0", "1", "2", "3"}},
        {{0, 0}, {"0", "1", "2", "3"}},
    };
    for (const auto& axis_case : cases) {
        const auto document = parse(render_timeline_chart_svg(one_series(axis_case.values)));
        const auto root = document->document_element();
        const auto gridlines = count(root, "//g[@id='chart-value-axis']/line");
        EXPECT_GE(gridlines, 4U);
        EXPECT_LE(gridlines, 6U);
        EXPECT_EQ(texts(root, "//g[@id='chart-value-axis']/text"), axis_case.tick_labels)
            << "largest value " << *axis_case.values.front();
    }
}

TEST(TimelineChart, PointsLieOnTheirGridlines) {
    const auto document = parse(render_timeline_chart_svg(one_series({0, 25, 50})));
    const auto root = document->document_element();
    const auto gridlines = root.select_nodes("//g[@id='chart-value-axis']/line");
    ASSERT_EQ(gridlines.size(), 6U);
    const double bottom = gridlines[0].node().attribute("y1").as_double();
    const double top = gridlines[5].node().attribute("y1").as_double();
    EXPECT_LT(top, bottom);

    const auto points = points_of(root.select_node("//polyline").node());
    ASSERT_EQ(points.size(), 3U);
    EXPECT_DOUBLE_EQ(points[0].second, bottom);
    EXPECT_DOUBLE_EQ(points[1].second, (top + bottom) / 2);
    EXPECT_DOUBLE_EQ(points[2].second, top);
    EXPECT_GT(points[0].first, gridlines[0].node().attribute("x1").as_double());
    EXPECT_LT(points[2].first, gridlines[0].node().attribute("x2").as_double());
}

std::vector<std::string> period_axis_labels(std::size_t period_count) {
    const auto document = parse(render_timeline_chart_svg(one_series(Values(period_count, 1.0))));
    return texts(document->document_element(), "//g[@id='chart-period-axis']/text");
}

TEST(TimelineChart, LabelsEveryPeriodUpToTwelve) {
    EXPECT_EQ(period_axis_labels(1), quarters(1));
    EXPECT_EQ(period_axis_labels(12), quarters(12));
}

TEST(TimelineChart, ThinsPeriodLabelsButKeepsFirstAndLast) {
    for (const std::size_t period_count : {13U, 24U, 25U, 40U}) {
        const auto all = quarters(period_count);
        const auto shown = period_axis_labels(period_count);
        EXPECT_LE(shown.size(), 12U) << period_count;
        EXPECT_GE(shown.size(), 6U) << period_count;
        ASSERT_FALSE(shown.empty());
        EXPECT_EQ(shown.front(), all.front());
        EXPECT_EQ(shown.back(), all.back());
        // The shown labels are periods in their order, none twice.
        auto next = all.begin();
        for (const auto& label : shown) {
            next = std::find(next, all.end(), label);
            ASSERT_NE(next, all.end()) << label << " out of order";
            ++next;
        }
    }
}

TEST(TimelineChart, ThinsLongPeriodLabelsSoTheyDoNotOverlap) {
    TimelineChartData data = one_series(Values(10, 1.0));
    for (std::size_t index = 0; index < data.period_labels.size(); ++index)
        data.period_labels[index] = "2023-07-01 – 2023-12-31 (" + std::to_string(index) + ")";
    const auto document = parse(render_timeline_chart_svg(data));
    const auto labels =
        document->document_element().select_nodes("//g[@id='chart-period-axis']/text");
    ASSERT_GE(labels.size(), 2U);
    EXPECT_LT(labels.size(), 10U);
    EXPECT_STREQ(labels[labels.size() - 1].node().child_value(), data.period_labels.back().c_str());
}

TEST(TimelineChart, FormatsNumbersTheSwedishWay) {
    const std::string thin_space(k_narrow_no_break_space);
    const auto document =
        parse(render_timeline_chart_svg(one_series({12, 10.75, 1234.5, 1234567, 0.333})));
    EXPECT_EQ(texts(document->document_element(), "//g[@id='chart-series-1']//path/title"),
              (std::vector<std::string>{
                  "Deltagare totalt, 2020 K1: 12",
                  "Deltagare totalt, 2020 K2: 10,75",
                  "Deltagare totalt, 2020 K3: 1" + thin_space + "234,5",
                  "Deltagare totalt, 2020 K4: 1" + thin_space + "234" + thin_space + "567",
                  "Deltagare totalt, 2021 K1: 0,33",
              }));
}

TimelineChartData six_series(std::size_t period_count) {
    TimelineChartData data;
    data.title = "Nyckeltal per kvartal";
    data.period_labels = quarters(period_count);
    const char* labels[] = {"Deltagare totalt", "Kvinnor",   "Män",
                            "Inskrivna",        "Avslutade", "Till arbete eller studier"};
    for (std::size_t series = 0; series < 6; ++series) {
        Values values;
        for (std::size_t period = 0; period < period_count; ++period)
            values.emplace_back(static_cast<double>((series + 1) * 10 + period % 7));
        data.series.push_back({labels[series], values});
    }
    return data;
}

TEST(TimelineChart, SixSeriesDifferInColourShapeAndDashPattern) {
    const auto document = parse(render_timeline_chart_svg(six_series(5)));
    const auto root = document->document_element();
    std::set<std::string> colours;
    std::set<std::string> dash_patterns;
    std::set<std::string> marker_shapes;
    for (int series = 1; series <= 6; ++series) {
        const std::string group = "//g[@id='chart-series-" + std::to_string(series) + "']";
        const auto line = root.select_node((group + "//polyline/..").c_str()).node();
        ASSERT_TRUE(line) << group;
        const std::string colour = line.attribute("stroke").value();
        EXPECT_GE(contrast_with_white(colour), 3.0) << colour;
        colours.insert(colour);
        dash_patterns.insert(line.attribute("stroke-dasharray").value());
        // The marker's shape is its path after the absolute move to where it starts.
        const std::string path =
            root.select_node((group + "//path").c_str()).node().attribute("d").value();
        marker_shapes.insert(path.substr(path.find_first_of("ahlmvz", 1)));
    }
    EXPECT_EQ(colours.size(), 6U);
    EXPECT_EQ(dash_patterns.size(), 6U);
    EXPECT_EQ(marker_shapes.size(), 6U);
    EXPECT_EQ(texts(root, "//g[@id='chart-legend']//text"),
              (std::vector<std::string>{"Deltagare totalt", "Kvinnor", "Män", "Inskrivna",
                                        "Avslutade", "Till arbete eller studier"}));
    EXPECT_EQ(count(root, "//g[@id='chart-legend']//line"), 6U);
    EXPECT_EQ(count(root, "//g[@id='chart-legend']//path"), 6U);
}

TEST(TimelineChart, NineMeasuredSeriesHaveNineColoursAndATargetIsAGreyLineWithoutMarkers) {
    TimelineChartData data{"Nyckeltal per kvartal", quarters(3), {}, "chart"};
    for (int series = 1; series <= 9; ++series) {
        data.series.push_back(
            ChartSeries{"Nyckeltal " + std::to_string(series),
                        {double(series), double(series + 1), double(series + 2)}});
        // The insats page's goal comes between the measured figures.
        if (series == 5)
            data.series.push_back(ChartSeries{"Mål för antal deltagare", {45.0, 45.0, 45.0}, true});
    }
    const auto document = parse(render_timeline_chart_svg(data));
    const auto root = document->document_element();

    std::set<std::string> colours;
    for (int series = 1; series <= 10; ++series) {
        if (series == 6)
            continue;
        const std::string group = "//g[@id='chart-series-" + std::to_string(series) + "']";
        const auto line = root.select_node((group + "//polyline/..").c_str()).node();
        ASSERT_TRUE(line) << group;
        EXPECT_GE(contrast_with_white(line.attribute("stroke").value()), 3.0);
        colours.insert(line.attribute("stroke").value());
        EXPECT_EQ(count(root, (group + "//path").c_str()), 3U) << "a marker per value";
    }
    EXPECT_EQ(colours.size(), 9U);

    const auto target = root.select_node("//g[@id='chart-series-6']//polyline/..").node();
    ASSERT_TRUE(target);
    EXPECT_EQ(colours.count(target.attribute("stroke").value()), 0U);
    EXPECT_STRNE(target.attribute("stroke-dasharray").value(), "");
    EXPECT_EQ(count(root, "//g[@id='chart-series-6']//path"), 0U) << "a target has no markers";
    EXPECT_EQ(count(root, "//g[@id='chart-legend']//line"), 10U);
    EXPECT_EQ(count(root, "//g[@id='chart-legend']//path"), 9U);
}

TEST(TimelineChart, ManyPeriodsAndSeriesStayInsideTheViewBox) {
    const auto document = parse(render_timeline_chart_svg(six_series(24)));
    const auto root = document->document_element();
    double width = 0;
    double height = 0;
    std::istringstream(root.attribute("viewBox").value()) >> width >> width >> width >> height;
    for (const auto& text : root.select_nodes("//text")) {
        const double x = text.node().attribute("x").as_double();
        const double y = text.node().attribute("y").as_double();
        EXPECT_GT(x, 0);
        EXPECT_LT(x, width);
        EXPECT_GT(y, 0);
        EXPECT_LT(y, height);
    }
    EXPECT_EQ(count(root, "//polyline"), 6U);
    EXPECT_EQ(count(root, "//g[starts-with(@id, 'chart-series-')]//path"), 6U * 24U);
}

TEST(TimelineChart, IsDeterministicWithAtMostOneDecimalInCoordinates) {
    TimelineChartData data = six_series(23);
    data.series[2].values[5] = 13.3333;
    data.series[4].values[7] = std::nullopt;
    const std::string svg = render_timeline_chart_svg(data);
    EXPECT_EQ(render_timeline_chart_svg(data), svg);

    const auto document = parse(svg);
    const std::regex number("-?[0-9]+(\\.[0-9]+)?");
    const std::regex at_most_one_decimal("-?[0-9]+(\\.[0-9])?");
    std::size_t numbers_checked = 0;
    for (const auto& element : document->document_element().select_nodes("//*")) {
        for (const auto& attribute : element.node().attributes()) {
            const std::string name = attribute.name();
            if (name != "points" && name != "d" && name != "viewBox" && name != "x" &&
                name != "y" && name != "x1" && name != "x2" && name != "y1" && name != "y2")
                continue;
            const std::string value = attribute.value();
            for (auto match = std::sregex_iterator(value.begin(), value.end(), number);
                 match != std::sregex_iterator(); ++match, ++numbers_checked)
                EXPECT_TRUE(std::regex_match(match->str(), at_most_one_decimal))
                    << name << "=\"" << value << '"';
        }
    }
    EXPECT_GT(numbers_checked, 1000U);
}

TEST(TimelineChart, NeedsNoScriptStylesheetOrExternalResource) {
    const std::string svg = render_timeline_chart_svg(six_series(8));
    const auto document = parse(svg);
    const auto root = document->document_element();
    for (const char* element : {"script", "style", "image", "foreignObject", "a", "use"})
        EXPECT_EQ(count(root, (std::string("//") + element).c_str()), 0U) << element;
    for (const auto& element : root.select_nodes("//*")) {
        for (const char* attribute : {"class", "style", "href", "xlink:href"})
            EXPECT_FALSE(element.node().attribute(attribute)) << attribute;
    }
    EXPECT_EQ(svg.find("url("), std::string::npos);
    EXPECT_EQ(svg.find("http", svg.find("http") + 1), std::string::npos)
        << "only the namespace may name a URL";
}

} // namespace
} // namespace finsam
