#pragma once

#include "domain/Date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// A closed date interval [start, end]. Nothing forces start <= end: a report may state a
/// reversed period, and the importer warns about it rather than dropping it.
struct Period {
    Date start;
    Date end;

    bool is_reversed() const { return end < start; }
    bool contains(Date date) const { return start <= date && date <= end; }
    bool operator==(const Period&) const = default;

    static Period quarter_of(Date date);   // kvartal
    static Period half_year_of(Date date); // halvår
    static Period year_of(Date date);
    /// Quarter number 1-4 when the period is exactly one calendar quarter.
    std::optional<int> calendar_quarter() const;
};

/// A period as a document states it: either end may be missing or unreadable.
struct StatedPeriod {
    std::optional<Date> start;
    std::optional<Date> end;

    std::optional<Period> complete() const;
    bool operator==(const StatedPeriod&) const = default;
};

/// What parse_period() read, and what it could not.
struct PeriodParse {
    StatedPeriod period;
    std::vector<DateError> errors;
};

/// Reads a period such as `240701 - 240930`, `20211016–20220115`, `210101-230228`,
/// `2024-01-01 -- 2024-03-31` or `2024-01-01 till 2024-03-31`. A side that cannot be read
/// (the typo `20101–220831`) stays empty and is reported in `errors`.
PeriodParse parse_period(std::string_view text);

} // namespace finsam
