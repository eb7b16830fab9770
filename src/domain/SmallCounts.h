#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Figure.h"

#include <vector>

namespace finsam {

// Small-count protection (röjandeskydd) for one report's key figures of one period. Hiding
// the counts below the threshold is not enough: "17 deltagare totalt, 15 inskrivna" tells
// the reader that 2 have ended. The figures that add up (totalt = inskrivna + avslutade,
// totalt = kvinnor + män, till arbete eller studier = till arbete + till studier) form
// one-dimensional tables, and the rule statistical offices use for those is applied: no
// hidden cell may be the only unknown of a table it belongs to, else one more cell (the
// smallest) is hidden too, until nothing can be worked out. A part the report does not
// state counts as unknown, so a small one derived from the others is protected as well.
// A percentage is hidden when the count it is a share of is hidden, or when it implies a
// small count.

/// The report's figures as the audience may see them, in the order given.
std::vector<DisclosedFigure> disclose_figures(const std::vector<Figure>& figures,
                                              const Disclosure& disclosure);

} // namespace finsam
