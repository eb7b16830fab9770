#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// "100 000 kr", "96 997 kr", "1.200.000 SEK", "100000:-" as whole kronor.
std::optional<std::int64_t> parse_amount(std::string_view text);

/// The columns of a flattened table row: split at tabs or runs of two or more spaces.
std::vector<std::string> split_columns(std::string_view line);

/// The organisation at the start of "Hudiksvalls kommun Arbetsliv & Försörjning Jobbcentrum",
/// where a PDF flattened two table cells into one line with single spaces: it ends at the
/// first word that names an organisation ("kommun", "Försäkringskassan", "Region X").
std::string leading_organisation(std::string_view line);

/// Initials of a registrar ("AKH"): one to six letters, upper case.
bool looks_like_initials(std::string_view text);

} // namespace finsam
