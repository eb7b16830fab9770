#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "domain/Figure.h"
#include "domain/GoalFollowUp.h"
#include "domain/Period.h"
#include "domain/PeriodSelection.h"
#include "domain/Report.h"
#include "domain/ReportKind.h"
#include "domain/SurveyCatalog.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

// Participant statistics (deltagarstatistik) per insats and period, and the follow-up of
// each insats's goals: what the statistics page, the JSON API and `finsam statistics` show.

/// What statistics to make: a period, and optionally one insats by name.
struct StatisticsQuery {
    PeriodSelection selection;
    std::optional<std::string> intervention; // matched by normalised name
};

/// A key figure as the audience may see it.
struct StatisticFigure {
    Measure measure = Measure::ParticipantsTotal;
    std::string category; // the part of a breakdown (a kön, a code); empty for the whole
    Unit unit = Unit::Count;
    std::optional<double> value;     // nullopt when hidden
    bool hidden = false;             // hidden for this audience (small-count protection)
    bool marked = false;             // shown to the kansli, hidden for the board
    std::vector<double> conflicting; // the report also states these other values for it
                                     // (only for an audience that sees warnings)
    // Rests on figures read from a report's text that the kansli has not confirmed ("läst ur
    // texten, ej bekräftad").
    bool unconfirmed = false;
};

/// A goal with its outcome, status and trend.
struct GoalFollowUpRow {
    Goal goal;
    std::optional<double> outcome; // nullopt when not measurable, unknown or hidden
    bool outcome_hidden = false;
    GoalStatus status = GoalStatus::NotJudged;
    Trend trend = Trend::Unknown; // since the insats's previous report
    // The outcome (and so its status) rests on figures read from a report's text that the
    // kansli has not confirmed, as StatisticFigure::unconfirmed.
    bool unconfirmed = false;
    /// A goal measured by a survey's share: the end answers the share is of (SurveyGoals.h).
    std::optional<int> answer_count = std::nullopt;
};

/// One insats's figures for the period: as of its end, those of the insats's latest report
/// ending within it; of what happened during it (new, ended and their breakdowns), the sum
/// over its kvartalsrapporter ending within it.
struct InterventionStatistics {
    std::int64_t intervention_id = 0;
    std::string name;
    std::optional<std::string> owner;
    InterventionKind kind = InterventionKind::Unknown;
    std::optional<std::int64_t> report_id; // the report the figures are from
    ReportKind report_kind = ReportKind::Quarterly;
    std::optional<Period> report_period;
    std::vector<StatisticFigure> figures; // counts first, in measure order, then shares
    std::vector<GoalFollowUpRow> goals;
};

/// The statistics of one förbund for a period.

struct Statistics {
    PeriodSelection selection;
    int small_count_threshold = 5;
    bool marks_small_counts = false; // the kansli's view: what the board would not see is marked
    std::string association;         // the förbund's name
    std::vector<InterventionStatistics> interventions; // by name
    std::vector<StatisticFigure> totals; // the förbund's sum of each count over its insatser
    // The audience sees figures the kansli has not confirmed, marked; the board's statistics
    // leave them out.
    bool marks_unconfirmed = false;
};

/// The statistics of every insats the user may read that was active in the period or has a
/// report ending within it (see InterventionStatistics for which figures), and the förbund's
/// totals. The board sees reviewed reports only, with small counts and whatever reveals them
/// hidden; for anyone else what the board would not see is marked. Figures the importer read
/// from a report's text count once the kansli confirms them: until then the board's statistics
/// leave them out as if the report stated none, and for anyone else they are marked
/// `unconfirmed`. A goal measured by one of the förbund's `surveys` has its outcome from the
/// survey's results as the user may see them (follow_up_survey_goals). NotFound for an insats
/// name the user cannot read.
AppResult<Statistics> participant_statistics(const AppContext& context,
                                             const StatisticsQuery& query,
                                             const SurveyCatalog& surveys);

/// participant_statistics() as the page and the API ask for it: `period` as typed (2024,
/// 2024H1, 2024Q3, 2024-01-01..2024-08-31; the current year when empty) and optionally
/// `insats` (a name). Invalid at the field `period` when it cannot be read.
AppResult<Statistics> requested_statistics(const AppContext& context, const FieldSource& fields,
                                           const SurveyCatalog& surveys);

/// Which figures of one report (the latest version) the statistics table hides.
struct ProtectedReport {
    std::vector<bool> figures;                              // per figure, in the version's order
    std::map<std::pair<Measure, std::string>, bool> counts; // by measure and category, as
                                                            // first stated
};

/// For an audience that does not see small counts: the figures of the förbund's reports ending
/// within `span`, hidden as the statistics of their years hide them, so that a report's page
/// or an insats's timeline shows nothing the statistics keep back (and the other way round):
/// every figure of a report whose figures the kansli has not confirmed, for an audience whose
/// statistics leave those out. By report id; empty for an audience that sees every count.
AppResult<std::map<std::int64_t, ProtectedReport>>
protected_report_figures(const AppContext& context, const Period& span);

/// The statistics of every förbund in the database, each as participant_statistics() gives
/// it to the role of the context's user with the förbund's own threshold: the national
/// table, for the server's operator on the command line only (Forbidden elsewhere).
AppResult<std::vector<Statistics>> statistics_of_every_association(const AppContext& context,
                                                                   const StatisticsQuery& query,
                                                                   const SurveyCatalog& surveys);

} // namespace finsam
