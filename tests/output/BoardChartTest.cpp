#include "BoardTestDocument.h"
#include "output/BoardChartDrawing.h"
#include "output/BoardChartText.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace finsam {
namespace {

using testing::board_test_chart;
using testing::board_test_date;
using testing::BoardCopy;

std::uint32_t big_endian(const std::string& bytes, std::size_t offset) {
    std::uint32_t value = 0;
    for (std::size_t index = 0; index < 4; ++index)
        value = (value << 8) | static_cast<unsigned char>(bytes[offset + index]);
    return value;
}

TEST(BoardChartTest, NamesAQuartersEndByItsQuarterAndAnyOtherDayByItsDate) {
    EXPECT_EQ(board_chart_period_label(board_test_date(2024, 3, 31)), "K1 2024");
    EXPECT_EQ(board_chart_period_label(board_test_date(2023, 12, 31)), "K4 2023");
    EXPECT_EQ(board_chart_period_label(board_test_date(2024, 2, 15)), "2024-02-15");
}

TEST(BoardChartTest, WritesAHiddenPointAsTwoDotsAndGivesNoValueToDraw) {
    const BoardChart chart = board_test_chart(BoardCopy::Board);
    const BoardChartSeries& ended = chart.series.at(2);
    const Date march = board_test_date(2022, 3, 31);
    EXPECT_EQ(board_chart_value_text(ended, march), "..");
    EXPECT_FALSE(board_chart_shown_value(ended, march).has_value());
    EXPECT_EQ(board_chart_value_text(ended, board_test_date(2022, 6, 30)), "11");
    EXPECT_EQ(board_chart_value_text(ended, board_test_date(2022, 9, 30)), "");
}

TEST(BoardChartTest, ExplainsTheGapsOnlyWhenThereAreAny) {
    EXPECT_EQ(board_chart_gap_note(board_test_chart(BoardCopy::Board)),
              "Luckor i linjen: uppgiften visas inte");
    EXPECT_FALSE(board_chart_gap_note(board_test_chart(BoardCopy::Kansli)).has_value());

    BoardChart not_stated = board_test_chart(BoardCopy::Kansli);
    not_stated.series[0].points[1].value.reset();
    EXPECT_EQ(board_chart_gap_note(not_stated), "Luckor i linjen: uppgiften saknas");
}

TEST(BoardChartTest, DescribesEverySeriesValueByValueWithoutTheHiddenOne) {
    const std::string description = board_chart_description(board_test_chart(BoardCopy::Board));
    EXPECT_EQ(description,
              "Linjediagram över Deltagare totalt, Aktiva och Avslutade, K4 2021 – K2 2022. "
              "Deltagare totalt: K4 2021 14, K1 2022 19, K2 2022 23. "
              "Aktiva: K4 2021 9, K1 2022 14, K2 2022 12. "
              "Avslutade: K4 2021 5, K1 2022 visas inte, K2 2022 11.");
}

TEST(BoardChartTest, SvgIsAnAccessibleWellFormedElementOfPaths) {
    const std::string svg = board_chart_svg(board_test_chart(BoardCopy::Board), 480, 250, "c1-");
    EXPECT_EQ(svg.rfind("<svg", 0), 0U) << "no XML declaration before the element";
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_string(svg.c_str());
    ASSERT_TRUE(parsed) << parsed.description();
    const pugi::xml_node root = document.document_element();
    EXPECT_STREQ(root.name(), "svg");
    EXPECT_STREQ(root.attribute("role").value(), "img");
    EXPECT_STREQ(root.attribute("aria-labelledby").value(), "c1-title");
    const pugi::xml_node title = root.child("title");
    EXPECT_STREQ(title.attribute("id").value(), "c1-title");
    EXPECT_EQ(std::string(title.text().get()).rfind("Linjediagram över Deltagare totalt", 0), 0U);
    EXPECT_GT(document.select_nodes("//path").size(), 10U);
    // Every id is the chart's own, and every reference points to one of them.
    for (const pugi::xpath_node& node : document.select_nodes("//*[@id]"))
        EXPECT_EQ(std::string(node.node().attribute("id").value()).rfind("c1-", 0), 0U);
    for (const pugi::xpath_node& node : document.select_nodes("//*[@xlink:href]")) {
        const std::string target = node.node().attribute("xlink:href").value();
        ASSERT_EQ(target.rfind("#c1-", 0), 0U) << target;
        EXPECT_TRUE(document.select_node(("//*[@id='" + target.substr(1) + "']").c_str()))
            << target;
    }
}

TEST(BoardChartTest, PngHasTheSignatureAndTheSizeAsked) {
    const std::string png = board_chart_png(board_test_chart(BoardCopy::Board), 450, 225, 2.5);
    ASSERT_GT(png.size(), 33U);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_EQ(png.substr(12, 4), "IHDR");
    EXPECT_EQ(big_endian(png, 16), 1125U);
    EXPECT_EQ(big_endian(png, 20), 563U); // 562.5 rounded
}

TEST(BoardChartTest, DrawsAChartWithNoPointsShownWithoutFailing) {
    BoardChart chart{"Nyckeltal per kvartal",
                     {BoardChartSeries{"Aktiva",
                                       {{board_test_date(2022, 3, 31), std::nullopt, true},
                                        {board_test_date(2022, 6, 30), std::nullopt, true}}}}};
    EXPECT_FALSE(board_chart_png(chart, 200, 100, 1).empty());
    EXPECT_FALSE(board_chart_svg(chart, 200, 100, "x-").empty());
}

} // namespace
} // namespace finsam
