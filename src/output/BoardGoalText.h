#pragma once

#include "output/BoardDocument.h"

#include <string>
#include <string_view>

namespace finsam {

/// How a format writes a number ("1 234,5"; DOCX with no-break spaces), and the space it puts
/// between a number and its unit.
struct GoalNumberStyle {
    std::string (*number)(double value);
    std::string_view unit_space;
};

/// A goal's target or outcome in the goal's unit: "30 %", "45", and for a survey's change in
/// steps of its scale, with its sign, "+1,8 steg".
std::string goal_value_text(double value, const BoardGoal& goal, const GoalNumberStyle& style);

/// A goal's outcome: its value, and for a survey's share the answers it is of,
/// "72 % (n = 25)".
std::string goal_outcome_text(double outcome, const BoardGoal& goal, const GoalNumberStyle& style);

} // namespace finsam
