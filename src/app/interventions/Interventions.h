#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "app/statistics/Statistics.h"
#include "domain/Figure.h"
#include "domain/Intervention.h"
#include "domain/SurveyCatalog.h"
#include "domain/User.h"
#include "storage/OverviewQueries.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace finsam {

// The förbund's insatser: the list, one insats's page, and the kansli's form to create and
// edit one. Glossary: insats = intervention.

/// The insatser the user may read, by name.
AppResult<std::vector<InterventionDetails>> list_interventions(const AppContext& context);

/// One key figure of one report on an insats's timeline, as the user may see it: its value
/// is nullopt when the policy hides it (`suppressed`).
struct TimelinePoint {
    std::int64_t report_id = 0;
    std::optional<Date> period_start;
    std::optional<Date> period_end;
    Measure measure = Measure::ParticipantsTotal;
    std::optional<double> value;
    bool suppressed = false;
};

/// An insats's page: its details, the reports the user may see, and its key figures over
/// time from those reports.
struct InterventionOverview {
    InterventionDetails details;
    std::vector<InterventionReportRow> reports;
    std::vector<TimelinePoint> timeline;
    bool can_edit = false;       // the kansli's form
    bool can_report = false;     // a new report for it
    bool shows_warnings = false; // the reports' warning counts are for the kansli
};

/// The key figures of an insats's reports (`points`) over time as the user may see them: those
/// of the reports in `shown` only, in the order given, each report's figures protected from
/// small counts together (they add up) and as the statistics of its year protect them
/// (`protected_reports`, from protected_report_figures).
std::vector<TimelinePoint>
disclosed_timeline(const std::vector<FigurePoint>& points,
                   const std::vector<InterventionReportRow>& shown, const Disclosure& disclosure,
                   const std::map<std::int64_t, ProtectedReport>& protected_reports);

/// The insats, for a user the policy lets read it. Recorded in the audit trail.
AppResult<InterventionOverview> show_intervention(const AppContext& context,
                                                  std::int64_t intervention_id);

/// The kansli's insats form: the insats (empty for a new one), the förbund's users, of whom
/// its insatsägare are chosen, and the förbund's surveys, by which a goal may be measured.
struct InterventionFormData {
    InterventionDetails details;
    std::vector<User> users;
    std::vector<const SurveyDefinition*> surveys = {};
};

/// The form of the insats `intervention_id`, or of a new one; with `posted`, showing what
/// was posted. Forbidden for anyone but the kansli.
AppResult<InterventionFormData> intervention_form(const AppContext& context,
                                                  const SurveyCatalog& surveys,
                                                  std::optional<std::int64_t> intervention_id,
                                                  const FieldSource* posted = nullptr);

/// Creates an insats, or saves every field of `intervention_id` when it is still at the
/// revision the fields give: Invalid (a name another insats has is an error on the name; a
/// goal's survey measure must name one of the förbund's `surveys` and a scale or yes/no
/// question of it, SurveyGoalInput.h), InterventionChanged when someone else saved in between.
/// Returns the insats as saved.
AppResult<InterventionDetails> save_intervention(const AppContext& context,
                                                 const SurveyCatalog& surveys,
                                                 std::optional<std::int64_t> intervention_id,
                                                 const FieldSource& fields);

} // namespace finsam
