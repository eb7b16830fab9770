#pragma once

#include <string>

namespace finsam {

/// Something a reviewer at the kansli should look at. `code` is stable (for filters and
/// tests); `message` is English and names the values involved.
struct Warning {
    std::string code;
    std::string message;

    bool operator==(const Warning&) const = default;
};

namespace warning_code {
inline constexpr const char* k_conflicting_figure = "conflicting_figure";
inline constexpr const char* k_used_above_granted = "used_above_granted";
inline constexpr const char* k_period_reversed = "period_reversed";
inline constexpr const char* k_reporter_date_before_period_end = "reporter_date_before_period_end";
inline constexpr const char* k_unreadable_date = "unreadable_date";
inline constexpr const char* k_missing_field = "missing_field";
inline constexpr const char* k_personal_identity_number = "personal_identity_number";
// An övrig rapport: read by its own headings, in no template's layout.
inline constexpr const char* k_read_without_template = "read_without_template";
// A period taken from words that do not say it exactly ("delår 2024").
inline constexpr const char* k_period_assumed = "period_assumed";
// A document read without a template states no period that can be read.
inline constexpr const char* k_period_missing = "period_missing";
} // namespace warning_code

} // namespace finsam
