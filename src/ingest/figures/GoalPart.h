#pragma once

#include "ingest/figures/NumberMention.h"
#include "ingest/figures/Tokens.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace finsam::figures {

/// Where a sentence stands between goals and outcomes, as its section and list say.
enum class GoalContext {
    None,  // outcomes, unless a goal word governs a number ("Målet om 45 deltagare")
    Goals, // all goals: a goal section ("Mål"), an item of a list a goal heading introduced
    // A section on goals and how they went ("Insatsens mål samt delmål", "Måluppfyllelse"): a
    // row that opens with a participant goal ("Totalt 45 deltagare under projekttiden") states
    // the goal, then, as a table's second column may, what became of it ("39 deltagare").
    GoalReport,
    // A list item in such a section: the goal up to the first ';', then the outcome
    // ("- Totalt 45 deltagare under projekttiden; Hittills har 31 personer deltagit.").
    GoalReportItem,
};

/// The part of a sentence that states a goal: the tokens before `end`. A goal row's result
/// column ("Totalt 45 deltagare under projekttiden 39 deltagare") starts at `result_column`.
struct GoalPart {
    std::size_t end = 0;
    std::optional<std::size_t> result_column; // index of the result's number token
};

/// All of the sentence in a goal, the part before ';' in an item of a goal report, a goal
/// row's goal; nothing where the sentence opens with no goal.
GoalPart find_goal_part(const std::vector<Token>& tokens,
                        const std::vector<NumberMention>& mentions, GoalContext context);

} // namespace finsam::figures
