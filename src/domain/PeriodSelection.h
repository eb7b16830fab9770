#pragma once

#include "domain/Period.h"

#include <string>
#include <string_view>
#include <tl/expected.hpp>

namespace finsam {

/// How a statistics period was chosen: a whole year, a half year (halvår), a calendar quarter
/// (kvartal) or any range of days.
enum class PeriodGranularity { Year, HalfYear, Quarter, Range };

/// The period a statistics question covers, as the user chose it. The quarters it spans are
/// quarters_overlapping(selection.period) (ReportingCalendar.h).
struct PeriodSelection {
    Period period;
    PeriodGranularity granularity;

    bool operator==(const PeriodSelection&) const = default;
};

/// Reads `2024`, `2024H1`/`2024H2` (also lowercase h), `2024Q3` (also q) or
/// `2024-01-01..2024-08-31`. Years run from 1990 to 2100. The error is a Swedish message for
/// the user, saying what is wrong and showing the accepted forms.
tl::expected<PeriodSelection, std::string> parse_period_selection(std::string_view text);

/// What the pages and commands read when asked for a period: the period as typed, trimmed, or
/// `today`'s year when nothing was typed ("2026").
std::string typed_period_or_year(std::string_view typed, Date today);

/// Swedish label: "2024", "första halvåret 2024", "kvartal 3 2024", "2024-01-01–2024-08-31".
std::string period_selection_label(const PeriodSelection& selection);

/// The command-line form parse_period_selection() reads: "2024", "2024H1", "2024Q3",
/// "2024-01-01..2024-08-31".
std::string to_string(const PeriodSelection& selection);

} // namespace finsam
