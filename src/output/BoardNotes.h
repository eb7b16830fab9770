#pragma once

#include "output/BoardDocument.h"

#include <string>

namespace finsam {

// What the marks in a board report's tables mean, in Swedish, shared by every format so that
// the HTML and the workbook explain them in the same words. Each format says how it shows a
// mark (a sign, a fill) before the explanation.

/// Which marks a table holds, so that its notes explain those and no others.
struct BoardMarks {
    bool hidden = false;
    bool marked = false;
    bool unconfirmed = false;

    void add(const BoardCount& count);
    void add(const BoardGoal& goal);
};

/// "uppgiften visas inte: färre än 5 deltagare, eller en uppgift som skulle avslöja ett sådant
/// antal"
std::string board_hidden_explanation(int small_count_threshold);
/// What the kansli's copy shows that the board's does not.
std::string board_marked_explanation(int small_count_threshold);
std::string board_unconfirmed_explanation();

/// "2022-01-01 – 2022-08-31"
std::string board_period_text(const Period& period);

} // namespace finsam
