#include "output/BarChart.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++count;
    return count;
}

TEST(BarChartTest, DrawsABarPerShownValueAndNoneForAHiddenOne) {
    const BarChartData data{
        "Försörjning",
        {"Vid inskrivning", "Vid avslut"},
        {{"Lön", {12, std::nullopt}, std::nullopt}, {"Sjukpenning", {7, 9}, std::nullopt}},
        "",
        "visas inte",
        "income"};

    const std::string svg = render_bar_chart_svg(data);

    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"income-title\">Försörjning</title>"), std::string::npos);
    // Three bars and two legend boxes: the hidden value has no bar, only its words.
    EXPECT_EQ(occurrences(svg, "<rect x="), 5u);
    EXPECT_EQ(occurrences(svg, "width=\"12\" height=\"12\""), 2u);
    EXPECT_EQ(occurrences(svg, ">visas inte</text>"), 1u);
    EXPECT_NE(svg.find("Lön: Vid inskrivning 12 Vid avslut visas inte."), std::string::npos);
}

TEST(BarChartTest, ATargetIsAMarkWithALegend) {
    const BarChartData data{"Andel", {"Utfall"},   {{"Kärnhuset", {21}, 30}},
                            " %",    "visas inte", "share"};

    const std::string svg = render_bar_chart_svg(data);

    EXPECT_NE(svg.find(">21 %</text>"), std::string::npos);
    EXPECT_NE(svg.find(">Mål</text>"), std::string::npos);
    EXPECT_NE(svg.find("mål 30 %"), std::string::npos);
}

TEST(BarChartTest, NothingToShowGivesNoChart) {
    const BarChartData data{"Tom", {"A"},        {{"x", {std::nullopt}, std::nullopt}},
                            "",    "visas inte", "empty"};
    EXPECT_TRUE(render_bar_chart_svg(data).empty());
}

TEST(BarChartTest, TextIsEscaped) {
    const BarChartData data{"<script>", {"A"},        {{"a & b", {3}, std::nullopt}},
                            "",         "visas inte", "x\"y"};

    const std::string svg = render_bar_chart_svg(data);

    EXPECT_EQ(svg.find("<script>"), std::string::npos);
    EXPECT_NE(svg.find("a &amp; b"), std::string::npos);
    EXPECT_NE(svg.find("id=\"x_y-title\""), std::string::npos);
}

} // namespace
} // namespace finsam
