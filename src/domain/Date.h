#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>

namespace finsam {

/// A calendar date. Reports state dates in many forms; see parse_date().
using Date = std::chrono::year_month_day;

struct DateError {
    std::string input;
    std::string reason; // English, for logs and warnings
};

/// Parses one date as Swedish reports write it: `2024-10-10`, `22-02-15`,
/// `240701` (YYMMDD), `20260101` (YYYYMMDD). Two-digit years are 20YY.
/// Rejects impossible dates (2024-02-30) and anything else with a DateError.
tl::expected<Date, DateError> parse_date(std::string_view text);

/// `YYYY-MM-DD`.
std::string format_iso(Date date);
/// `YYYY-MM-DD`, or an empty string for a date that is not known.
std::string format_iso_or_empty(const std::optional<Date>& date);

std::optional<Date> parse_iso_date(std::string_view text);

} // namespace finsam
