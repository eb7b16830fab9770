#pragma once

#include "domain/CodeLists.h"
#include "domain/Figure.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// A part of a count split by kön: the category stored with the figure and the column
/// heading the form shows.
struct GenderPart {
    std::string_view category; // kvinna, man, annat
    std::string_view label;
};

/// The kön a participant count is split by; "annat" counts those of another or unknown kön.
inline constexpr std::array<GenderPart, 3> k_gender_parts{{
    {"kvinna", "Kvinnor"},
    {"man", "Män"},
    {"annat", "Annat/okänt"},
}};

/// A row of the participant table: a count the insatsägare gives in total and by kön.
struct ParticipantRow {
    Measure measure;
    std::string label; // e.g. "Nya under perioden"
};

/// A column of a breakdown table: the measure counted per code.
struct BreakdownColumn {
    Measure measure;
    std::string label; // e.g. "Vid inskrivning"
};

/// A smaller table of the participant statistics: a row per code of a list, a column per
/// measure (income at start beside income at end).
struct BreakdownTable {
    std::string caption;
    std::string help;
    CodeList codes;
    std::vector<BreakdownColumn> columns;
};

/// The participant statistics of a form: the counts by kön, then their breakdowns.
struct ParticipantTable {
    std::string caption;
    std::vector<ParticipantRow> rows;
    std::vector<BreakdownTable> breakdowns;

    bool empty() const { return rows.empty() && breakdowns.empty(); }
};

/// How the parts of a breakdown relate to the count they break down.
enum class PartsOfWhole {
    AddUp,      // every participant has one (an end reason): the parts sum to the whole
    EachAtMost, // a participant may have several (target groups): each part is at most the whole
};

/// The count a breakdown measure's parts belong to (the ended in the period for end reasons and
/// income sources, the new for referrers and target groups); nullopt for a measure that is not
/// broken down by a code list.
struct BreakdownWhole {
    Measure whole;
    PartsOfWhole parts;
};
std::optional<BreakdownWhole> breakdown_whole(Measure measure);

/// Whether a measure is a count of the period that the form splits by kön.
bool is_split_by_gender(Measure measure);

} // namespace finsam
