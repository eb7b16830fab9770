#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/boardreport/BoardLayout.h"
#include "domain/PeriodSelection.h"
#include "domain/SurveyCatalog.h"
#include "output/BoardDocument.h"

namespace finsam {

// Glossary: projektredovisning, the board report: the kansli's account of every insats of a
// period for the styrelse.

/// The board report of the period for the user. The styrelse's copy holds what the board may
/// read (reviewed reports; small counts, and whatever reveals them, hidden by the same
/// protection as the statistics, whose figures and goals it shows); the kansli's copy holds
/// every figure, marked as the statistics mark them, and what needs attention (missing
/// reports, figures stated twice, funds used above those granted). An insats's text is from
/// its slutrapport in the period, else its part of a projektredovisning, else its latest
/// kvartalsrapport ending in the period, laid out under the headings of `layout`. Each
/// insats's survey results (of the förbund's `surveys` that someone answered) follow its
/// goals, by the same policy as the results page: the styrelse's copy has the period's ended
/// half years, small groups hidden. Forbidden for an insatsägare. Recorded in the audit trail.
AppResult<BoardDocument> board_report(const AppContext& context, const PeriodSelection& selection,
                                      const BoardLayout& layout, const SurveyCatalog& surveys);

/// The kansli's text under `heading` (an id of `layout`'s parts) of the insats's part of the
/// board report of the period, in place of what its report says; an empty text leaves the
/// heading out. The report's own text is not changed. Kept with who wrote it and when, and
/// recorded in the audit trail. Forbidden for anyone but the kansli; NotFound for an insats
/// the user cannot read; Invalid, at the field, for an unknown heading or a text that may not
/// be stored (a personnummer, too long).
AppResult<void> save_board_text(const AppContext& context, std::int64_t intervention_id,
                                const PeriodSelection& selection, const std::string& heading,
                                const std::string& text, const BoardLayout& layout);

/// The kansli's choice of the report the insats's text is taken from in the board report of
/// the period; nullopt: the report chosen by kind again. A reader who may not read the chosen
/// report (the board, before it is reviewed) gets the one chosen by kind among those they may.
/// Forbidden for anyone but the kansli; NotFound for an insats the user cannot read; Invalid,
/// at `report`, for a report not of the insats or not of the period.
AppResult<void> choose_board_source(const AppContext& context, std::int64_t intervention_id,
                                    const PeriodSelection& selection,
                                    std::optional<std::int64_t> report_id);

} // namespace finsam
