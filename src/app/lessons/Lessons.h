#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "app/boardreport/BoardLayout.h"
#include "domain/Intervention.h"
#include "domain/PeriodSelection.h"
#include "search/Highlight.h"
#include "storage/OverviewQueries.h"

#include <cstdint>
#include <string>
#include <vector>

namespace finsam {

// Lärdomar: what the period's reports say about success factors (framgångsfaktorer), problems
// in the system of support (systemfel) and lessons learned (lärdomar), side by side by insats,
// so that the förbund learns from its insatser "för uppföljning och lärande". The headings and
// the sections they are read from are the board layout's lessons; the board report's lessons
// are this same query.

/// What the reader asked for.
struct LessonsAsked {
    PeriodSelection selection = {};
    std::string text = {}; // q: only the texts that hold these words, by the search's rules
};

/// The fields `period` (2024, 2024H1, 2024Q3, a range; this year when empty) and `q`.
/// Invalid, at the field, for a period that cannot be read or a text too long.
AppResult<LessonsAsked> lessons_asked(const FieldSource& fields, const Date& today);

/// One report's text under one lesson heading.
struct LessonText {
    std::int64_t report_id = 0;
    std::string source = {}; // "Slutrapport 2024-01-01 – 2024-12-31"
    std::string text = {};   // as the reader may read it (small counts masked for the board)
    /// The text paragraph by paragraph, the words searched for marked.
    std::vector<std::vector<TextPart>> paragraphs = {};
};

/// A lesson heading of an insats: its texts from the period's reports, oldest period first.
struct LessonColumn {
    std::string heading_id = {}; // the board layout's: "framgangsfaktorer"
    std::string title = {};      // "Framgångsfaktorer"
    std::vector<LessonText> texts = {};
};

struct InterventionLessons {
    std::int64_t intervention_id = 0;
    std::string name = {};
    InterventionKind kind = InterventionKind::Unknown;
    std::vector<LessonColumn> columns = {}; // one per lesson heading, in the layout's order
};

struct PeriodLessons {
    LessonsAsked asked = {};
    bool searched = false; // the text held words to look for
    /// The insatser with a lesson text in the period (that holds the words searched for):
    /// individinriktade first, then strukturinriktade, by name.
    std::vector<InterventionLessons> interventions = {};
    /// The reader reads reviewed reports only (the board): finding nothing says so.
    bool reviewed_only = false;
};

/// The lessons of the period in the reports the reader may read, as they may read them (the
/// board: reviewed reports, small counts masked; an insatsägare: their own insatser). With a
/// text, only the lesson texts in which the search index finds it, its words marked. Not
/// recorded in the audit trail: the document it is part of is.
AppResult<PeriodLessons> period_lessons(const AppContext& context, const LessonsAsked& asked,
                                        const BoardLayout& layout);

/// One insats's lessons in its reports of the period (`rows`, as OverviewQueries reads them),
/// as the reader may read them; every column empty when none: for the board report, which has
/// the insats and its reports at hand.
AppResult<InterventionLessons> intervention_lessons(const AppContext& context,
                                                    const InterventionDetails& details,
                                                    const std::vector<InterventionReportRow>& rows,
                                                    const Period& period,
                                                    const BoardLayout& layout);

/// The page of lessons (`/lardomar`, the API, the command line): period_lessons, recorded in
/// the audit trail as viewed.
AppResult<PeriodLessons> show_lessons(const AppContext& context, const LessonsAsked& asked,
                                      const BoardLayout& layout);

} // namespace finsam
