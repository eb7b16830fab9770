#pragma once

#include "domain/Date.h"

#include <optional>
#include <string>
#include <string_view>

namespace finsam {

/// A week as ISO 8601 counts them (weeks start on Monday; week 1 holds the year's first
/// Thursday), the finest time a survey answer is kept with.
struct IsoWeek {
    int year = 1970;
    unsigned week = 1; // 1–53

    auto operator<=>(const IsoWeek&) const = default;
};

/// The ISO week a day falls in (2027-01-01 is in 2026-W53).
IsoWeek iso_week_of(Date date);

/// The week's Monday.
Date first_day_of(IsoWeek week);

/// `2026-W05`: the stored form, which sorts as the weeks do.
std::string format_iso_week(IsoWeek week);

/// Reads `2026-W05`; nullopt for anything else, or a week 53 the year does not have.
std::optional<IsoWeek> parse_iso_week(std::string_view text);

} // namespace finsam
