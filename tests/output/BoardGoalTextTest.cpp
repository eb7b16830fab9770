#include "output/BoardGoalText.h"

#include "output/SwedishFormat.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

std::string plain_number(double value) {
    return format_swedish_number(value, 1);
}

constexpr GoalNumberStyle k_plain{plain_number, " "};

BoardGoal goal(bool percent, bool steps, std::optional<int> answers) {
    BoardGoal made;
    made.percent = percent;
    made.steps = steps;
    made.answer_count = answers;
    return made;
}

TEST(BoardGoalTextTest, ACountAndAShareAreWrittenAsBefore) {
    EXPECT_EQ(goal_value_text(45, goal(false, false, std::nullopt), k_plain), "45");
    EXPECT_EQ(goal_value_text(30, goal(true, false, std::nullopt), k_plain), "30 %");
    EXPECT_EQ(goal_outcome_text(25, goal(true, false, std::nullopt), k_plain), "25 %");
}

TEST(BoardGoalTextTest, ASurveysShareHasItsAnswersAndAChangeItsSignAndSteps) {
    EXPECT_EQ(goal_outcome_text(72, goal(true, false, 25), k_plain), "72 % (n = 25)");
    EXPECT_EQ(goal_value_text(70, goal(true, false, 25), k_plain), "70 %"); // the target
    EXPECT_EQ(goal_outcome_text(1.8, goal(false, true, std::nullopt), k_plain), "+1,8 steg");
    EXPECT_EQ(goal_outcome_text(-0.5, goal(false, true, std::nullopt), k_plain), "-0,5 steg");
    EXPECT_EQ(goal_outcome_text(0, goal(false, true, std::nullopt), k_plain), "0 steg");
}

} // namespace
} // namespace finsam
