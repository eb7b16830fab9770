#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace finsam {

/// What a key figure counts. Participants are only ever counted, never stored as persons.
enum class Measure {
    ParticipantsTotal,     // deltagare totalt
    ParticipantsCurrent,   // inskrivna nu
    ParticipantsEnded,     // avslutade
    ParticipantsWomen,     // kvinnor
    ParticipantsMen,       // män
    ParticipantsAnonymous, // anonyma deltagare
    ParticipantsTarget,    // the participant target of a goal
    EndedToWork,           // avslutade till arbete
    EndedToStudies,        // avslutade till studier
    EndedToWorkOrStudies,  // avslutade till arbete eller studier
    // The participant statistics an insatsägare enters for a period (issue 9). The new and the
    // ended are those of the period, the active those at its end; each can be split by kön.
    ParticipantsNew, // nya under perioden
    EndedInPeriod,   // avslutade under perioden
    EndedByReason,   // avslutade under perioden efter avslutsorsak
    IncomeAtStart,   // försörjning vid inskrivning, för de avslutade under perioden
    IncomeAtEnd,     // försörjning vid avslut, för de avslutade under perioden
    ReferredBy,      // nya under perioden efter remittent (anvisande part)
    TargetGroup,     // nya under perioden efter målgrupp (en deltagare kan höra till flera)
};

enum class Unit { Count, Percent };

/// Contract names (`participants_total`, ..., `count`, `percent`).
std::string_view to_string(Measure measure);
std::string_view to_string(Unit unit);
std::optional<Measure> measure_from_string(std::string_view name);
std::optional<Unit> unit_from_string(std::string_view name);

/// The count a percentage of `measure` is a share of: the ended for the measures of where
/// the ended went, all participants for the rest.
Measure share_base(Measure measure);

/// A key figure stated in a report, with where it was stated.
struct Figure {
    Measure measure;
    double value = 0;
    Unit unit = Unit::Count;
    std::string section_id; // template section the sentence stands in, e.g. "2.1"
    std::string quote;      // the sentence it came from, whitespace-normalised
    /// The part of a breakdown this figure counts: a kön (`kvinna`, `man`, `annat`) or a code
    /// of the measure's code list (`arbete` of the end reasons); empty for the whole.
    std::string category = {};

    bool operator==(const Figure&) const = default;
};

/// Whether two figures state the same thing (measure, part and unit), whatever their values:
/// a report that states it twice states it once, or contradicts itself.
inline bool states_same_figure(const Figure& one, const Figure& other) {
    return one.measure == other.measure && one.category == other.category && one.unit == other.unit;
}

} // namespace finsam
