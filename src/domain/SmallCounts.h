#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Figure.h"

#include <vector>

namespace finsam {

// Small-count protection (röjandeskydd) for one report's key figures of one period. Hiding
// the counts below the threshold is not enough: "17 deltagare totalt, 15 inskrivna" tells
// the reader that 2 have ended. The report's figures are laid out as a FigureTable, which
// knows how they add up (in total, by kön, by status, by code list), and secondary
// suppression by Gaussian elimination (CellSuppression) hides whatever would let a reader
// work a small count out, a part the report does not state included. A percentage is hidden
// when the count it implies, or the count it is a share of, is hidden.

/// The report's figures as the audience may see them, in the order given.
std::vector<DisclosedFigure> disclose_figures(const std::vector<Figure>& figures,
                                              const Disclosure& disclosure);

} // namespace finsam
