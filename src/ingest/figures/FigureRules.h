#pragma once

#include "domain/Figure.h"
#include "ingest/figures/GoalPart.h"
#include "ingest/figures/Tokens.h"

#include <vector>

namespace finsam::figures {

struct StatedFigure {
    Measure measure;
    double value = 0;
    Unit unit = Unit::Count;
};

/// The key figures one sentence states. In a goal, only the first participant count is taken,
/// as ParticipantsTarget; everything else needs a verb that says what happened, and no
/// forecast ("räknar med", "kommer att", "förväntas") or plan ("ska") around it.
std::vector<StatedFigure> figures_in_sentence(const std::vector<Token>& tokens,
                                              GoalContext context);

/// True for a goal heading or a sentence that introduces a list of goals: "Mål",
/// "Mer konkret är målet att:".
bool introduces_goals(const std::vector<Token>& tokens);

} // namespace finsam::figures
