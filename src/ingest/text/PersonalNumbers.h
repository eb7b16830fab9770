#pragma once

#include <string>

namespace finsam {

/// What replaces a personal identity number in stored text.
inline constexpr const char* k_redacted_personal_number = "[personnummer borttaget]";

/// Replaces every Swedish personal identity number (personnummer or samordningsnummer:
/// `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, with a valid date and Luhn
/// check digit) in `text`. Returns how many were replaced. A förbund has no legal basis to
/// hold them, so they never reach the database. Date ranges such as `230901-250228` are not
/// numbers of this form and stay.
int redact_personal_numbers(std::string& text);

} // namespace finsam
