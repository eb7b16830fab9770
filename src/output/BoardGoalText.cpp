#include "output/BoardGoalText.h"

namespace finsam {

std::string goal_value_text(double value, const BoardGoal& goal, const GoalNumberStyle& style) {
    const std::string number = style.number(value);
    const std::string_view space = style.unit_space;
    if (goal.steps)
        return (value > 0 ? "+" : "") + number + std::string(space) + "steg";
    if (goal.percent)
        return number + std::string(space) + "%";
    return number;
}

std::string goal_outcome_text(double outcome, const BoardGoal& goal, const GoalNumberStyle& style) {
    std::string text = goal_value_text(outcome, goal, style);
    if (goal.answer_count)
        text += " (n" + std::string(style.unit_space) + "=" + std::string(style.unit_space) +
                std::to_string(*goal.answer_count) + ")";
    return text;
}

} // namespace finsam
