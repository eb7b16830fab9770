// The board report as the API gives it: the same document as the files, hidden values null.
#include "output/BoardJson.h"

#include "BoardTestDocument.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using nlohmann::json;

TEST(BoardJsonTest, TheBoardsCopyHasNoHiddenValueAndNoKansliWork) {
    const json report = board_report_json(board_test_document(BoardCopy::Board));
    const std::string text = report.dump();

    EXPECT_EQ(report["copy"], "styrelse");
    EXPECT_EQ(report["period"]["start"], "2022-01-01");
    const json& row = report["summary"][0];
    EXPECT_EQ(row["intervention_id"], 1);
    EXPECT_EQ(row["participants"]["total"], 23);
    // A value the use case left on a hidden count is not given.
    EXPECT_TRUE(row["participants"]["men"].is_null());
    EXPECT_TRUE(row["participants"]["ended_to_work_or_studies"].is_null());
    EXPECT_EQ(row["hidden"], (json{"men", "ended_to_work_or_studies"}));
    EXPECT_FALSE(row.contains("marked"));
    EXPECT_FALSE(report.contains("attention"));
    EXPECT_FALSE(report["interventions"][0].contains("source_choices"));
    const json& goal = report["interventions"][0]["goals"][1];
    EXPECT_TRUE(goal["outcome"].is_null());
    EXPECT_TRUE(goal["outcome_hidden"]);
    const json& ended = report["interventions"][0]["chart"]["series"][2]["points"][1];
    EXPECT_TRUE(ended["value"].is_null());
    EXPECT_TRUE(ended["hidden"]);
    EXPECT_EQ(text.find(k_board_hidden_chart_text), std::string::npos);
}

TEST(BoardJsonTest, TheKansliCopyShowsEveryFigureWithItsMarksAndWhatNeedsAttention) {
    const json report = board_report_json(board_test_document(BoardCopy::Kansli));

    EXPECT_EQ(report["copy"], "kansli");
    const json& row = report["summary"][0];
    EXPECT_EQ(row["participants"]["men"], 3);
    EXPECT_EQ(row["participants"]["ended_to_work_or_studies"], 4);
    EXPECT_EQ(row["hidden"], json::array());
    EXPECT_EQ(row["marked"], (json{"men", "ended_to_work_or_studies"}));
    EXPECT_EQ(row["unconfirmed"], (json{"active"}));
    EXPECT_EQ(row["goals"], (json{{"reached", 1}, {"judged", 2}, {"all", 3}}));
    EXPECT_EQ(report["interventions"][0]["goals"][1]["outcome"], 3);
    EXPECT_EQ(report["interventions"][0]["goals"][0]["status"], "on_the_way");
    EXPECT_EQ(report["interventions"][1]["kind"], "structural");
    EXPECT_TRUE(report["interventions"][2]["kind"].is_null());
    ASSERT_EQ(report["attention"].size(), 2u);
    EXPECT_EQ(report["attention"][0]["text"], k_board_missing_report);
    EXPECT_EQ(report["lessons"][0]["sections"][0]["id"], "framgangsfaktorer");
}

} // namespace
} // namespace finsam::testing
