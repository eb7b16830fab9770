#pragma once

#include "domain/NormalisedText.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace finsam {

/// The first personnummer or samordningsnummer in a NormalisedText's text at or after `from`.
/// Forms: YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN and YYYYMMDDNNNN, the separator
/// '-', '+', ' ', '.', '/' or a '-'/'+' with a space on either side. The date must be
/// plausible (month 1-12; day within the month, or the same plus 60 in a samordningsnummer;
/// century 19 or 20 in the twelve-digit forms) and the last digit the Luhn check digit. A
/// number that is part of a longer run of digits is not one.
std::optional<TextSpan> next_identity_number(std::string_view normalised, std::size_t from);

} // namespace finsam
