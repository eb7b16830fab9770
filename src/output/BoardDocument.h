#pragma once

#include "domain/Date.h"
#include "domain/GoalFollowUp.h"
#include "domain/Intervention.h"
#include "domain/Period.h"
#include "output/DataTable.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

// The board report (projektredovisning: the kansli's compiled account of every insats for
// the styrelse) as one document model. The use case (app/boardreport) fills it with what the
// reader may see, hidden figures already hidden; each format (HTML, XLSX, and later DOCX and
// PDF) only lays it out, so that every format says the same thing.

/// A count as the reader may see it: hidden (small-count protection) or not stated.
struct BoardCount {
    std::optional<double> value; // nullopt: hidden, or not stated
    bool hidden = false;         // hidden for the reader: written "..", never the number
    /// The kansli's copy: a value the board would not see (starred), or resting on figures
    /// read from a report's text that the kansli has not confirmed (†).
    bool marked = false;
    bool unconfirmed = false;
};

/// One insats's line of the summary table.
struct BoardSummaryRow {
    std::string name;
    std::string owner;            // huvudman; empty when unknown
    std::optional<Period> period; // the insats's period, when known
    InterventionKind kind = InterventionKind::Unknown;
    std::optional<std::int64_t> granted_sek; // beviljade medel
    std::optional<std::int64_t> used_sek;    // utnyttjade medel
    BoardCount participants_total;
    BoardCount participants_active;
    BoardCount participants_ended;
    BoardCount women;
    BoardCount men;
    BoardCount ended_to_work_or_studies;
    int goals_reached = 0;
    int goals_judged = 0; // goals with a status other than "kan inte bedömas"
    int goals = 0;
    int reports_missing = 0; // kvartalsrapporter and slutrapport due in the period, not in
    std::int64_t intervention_id = 0;
};

/// A heading of an insats's part (Bakgrund, Syfte...) and its text, paragraphs split by blank
/// lines. The text is the report's own, or the kansli's edit of it.
struct BoardSection {
    std::string id;    // the board layout's id: "bakgrund", "syfte"...
    std::string title; // "Bakgrund"
    std::string text;
    bool edited = false;       // the kansli's text, not the report's
    std::string report_text{}; // when edited: what the report itself says (empty if nothing)
};

/// A goal of an insats with its target and outcome side by side.
struct BoardGoal {
    std::string text;
    std::optional<double> target;
    std::optional<double> outcome;
    bool percent = false; // target and outcome are shares in percent, else counts
    bool outcome_hidden = false;
    bool unconfirmed = false;
    GoalStatus status = GoalStatus::NotJudged;
    Trend trend = Trend::Unknown;
    /// Measured by a survey's change from start to end: target and outcome are steps of its
    /// scale ("+1,8 steg").
    bool steps = false;
    /// Measured by a survey's share: the end answers the outcome is of ("72 % (n = 25)").
    std::optional<int> answer_count = std::nullopt;
};

/// One value of a key figure at the end of a report's period.
struct BoardChartPoint {
    Date period_end;
    std::optional<double> value; // nullopt: hidden (small-count protection) or not stated
    bool hidden = false;         // a gap in the line, never the number
};

/// A key figure over time: "Deltagare totalt", "Aktiva", "Avslutade".
struct BoardChartSeries {
    std::string label;
    std::vector<BoardChartPoint> points; // oldest first
};

/// An insats's key figures over the period, from its kvartalsrapporter, as one line chart.
struct BoardChart {
    std::string title; // "Nyckeltal per kvartal"
    std::vector<BoardChartSeries> series;
};

/// A report an insats's text may be taken from (the kansli's choice on the web).
struct BoardSourceChoice {
    std::int64_t report_id = 0;
    std::string label;   // "Kvartalsrapport 2024-07-01 – 2024-09-30"
    bool chosen = false; // the text is taken from it
};

/// One insats's part of the report.
struct BoardIntervention {
    std::string name;
    std::string owner;
    std::optional<Period> period;
    InterventionKind kind = InterventionKind::Unknown;
    /// What the text is from: "Slutrapport 2022-01-01 – 2022-08-31"; empty when no report of
    /// the period may be shown to the reader.
    std::string source;
    std::vector<BoardSection> sections; // in the board layout's order; only those with text
    std::vector<BoardGoal> goals;
    std::int64_t intervention_id = 0; // the same insats's summary row has it too
    /// Its key figures over time; none when fewer than two reports of the period state them.
    std::optional<BoardChart> chart{};
    /// The kansli's copy: the period's reports the text may be taken from, and whether the
    /// kansli chose the one it is (else it is chosen by kind).
    std::vector<BoardSourceChoice> source_choices{};
    bool source_chosen = false;
    /// Its survey results in the period, a table per survey with answers
    /// (survey_board_table), small groups hidden by the same policy as everything else.
    std::vector<DataTable> surveys{};
};

/// The lessons of one insats's reports in the period: success factors, problems in the
/// system of support, lessons learned.
struct BoardLessons {
    std::string intervention;
    std::vector<BoardSection> sections;
};

/// Something the kansli should look at before the report goes to the board.
struct BoardAttention {
    std::string intervention; // empty: about the report as a whole
    std::string text;         // "Kvartalsrapport 2024 kvartal 3 saknas"
};

struct BoardDocument {
    std::string title; // "Projektredovisning"
    std::string association;
    Period period;
    std::string period_label; // "2022", "2022 halvår 1", "2022-01-01 – 2022-08-31"
    Date made_on;
    bool kansli_copy = false; // the kansli's copy: every figure, marked, and `attention`
    int small_count_threshold = 5;
    std::vector<BoardSummaryRow> summary;
    /// "Individinriktade insatser" first, then "Strukturinriktade insatser", then the rest;
    /// by name within each.
    std::vector<BoardIntervention> interventions;
    std::vector<BoardLessons> lessons;
    std::vector<BoardAttention> attention; // empty in the board's copy
};

} // namespace finsam
