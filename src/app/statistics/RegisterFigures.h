#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/ReportKind.h"
#include "output/DataTable.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace finsam {

// Uppföljning Finsam, the national register that replaced SUS, takes counts only: per insats
// and year its funds (budget and outcome), its budgeted number of participants, and its
// participants by kön. These are exactly the figures the kansli types into it.

/// Where an insats's participants of the year come from.
enum class ParticipantSource {
    PeriodFigures, // active at the year's end and ended during it, by kön, as entered per quarter
    StatedTotals,  // the latest report's own totals (in total, women, men): no period figures
    None,          // no report of the year
};

/// The register's figures that come from the insats's reports (its funds are the insats's own).
enum class RegisterField { BudgetedParticipants, Women, Men, Other, Total };

/// One insats's figures for the register.
struct RegisterRow {
    std::int64_t intervention_id = 0;
    std::string name;
    std::optional<std::string> owner;
    InterventionKind kind = InterventionKind::Unknown;
    std::optional<std::int64_t> granted_sek; // beviljade medel, for the whole insats
    std::optional<std::int64_t> used_sek;    // utnyttjade medel
    std::optional<double> budgeted_participants;
    std::optional<double> women;
    std::optional<double> men;
    std::optional<double> other; // annat eller okänt kön
    std::optional<double> total;
    ParticipantSource source = ParticipantSource::None;
    // The fields resting on figures read from a report's text that the kansli has not
    // confirmed ("läst ur texten, ej bekräftad"): to check before typing them into the register.
    std::set<RegisterField> unconfirmed;
};

struct RegisterYear {
    int year = 0;
    std::vector<RegisterRow> rows; // by name
    // The audience sees figures the kansli has not confirmed, marked (Statistics).
    bool marks_unconfirmed = false;
};

/// The register's figures of the förbund's insatser active in the year or reporting in it.
/// The kansli's only (Forbidden for anyone else): it shows every count as it is, and marks
/// those resting on figures read from a report's text that are not yet confirmed, as the
/// participant statistics mark them.
AppResult<RegisterYear> register_figures(const AppContext& context, int year);

/// A table per kind of insats (individinriktade, strukturinriktade, typ ej angiven), in the
/// register's order of fields; an unconfirmed figure's cell is marked and explained in a note.
std::vector<DataTable> register_tables(const RegisterYear& register_year);

/// One object per insats: `insats`, `kind`, `owner`, `year`, `granted_sek`, `used_sek`,
/// `budgeted_participants`, `participants` {`kvinna`, `man`, `annat`, `total`}, `source`, and
/// where the year marks them `unconfirmed` [`budgeted_participants`, `participants.kvinna`...].
std::vector<nlohmann::json> register_json(const RegisterYear& register_year);

} // namespace finsam
