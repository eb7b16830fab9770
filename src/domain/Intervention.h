#pragma once

#include "domain/Date.h"
#include "domain/InterventionPhase.h"
#include "domain/Report.h"
#include "domain/ReportKind.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// Everything the kansli keeps about an insats. Glossary: huvudman/insatsägare = owner,
/// samverkansparter = partners, beviljade/utnyttjade medel = granted/used, mål = goals.
struct InterventionDetails {
    std::int64_t id = 0;
    std::int64_t association_id = 0;
    std::string name;
    std::optional<std::string> owner;
    std::optional<std::string> contact; // contact person as the kansli writes it
    std::optional<std::string> purpose; // syfte
    std::optional<std::string> target_group;
    InterventionKind kind = InterventionKind::Unknown;
    std::optional<Date> period_start;
    std::optional<Date> period_end;
    std::optional<Date> ended_on; // set when the kansli ends the insats
    std::optional<std::int64_t> granted_sek;
    std::optional<std::int64_t> used_sek;
    std::vector<std::string> partners;
    std::vector<Goal> goals;
    /// True when the insats has no goals of its own yet and `goals` are those of its latest
    /// report that states any: a suggestion the form shows until the kansli saves.
    bool goals_from_reports = false;
    std::vector<std::int64_t> owner_user_ids; // insatsägare users bound to it
    int revision = 1;                         // bumped by every edit (stale-form detection)

    /// The day the kansli ended it, else its period's end.
    std::optional<Date> last_day() const { return last_day_of(ended_on, period_end); }
    /// Not started, ongoing or ended on `day`; PeriodUnknown without a start date.
    InterventionPhase phase_on(Date day) const {
        return intervention_phase(period_start, last_day(), day);
    }
};

} // namespace finsam
