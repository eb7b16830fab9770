#pragma once

#include "domain/NormalisedText.h"

#include <string_view>
#include <vector>

namespace finsam {

/// The e-mail addresses in a NormalisedText's text that look private: at a provider people
/// use for themselves (gmail.com, hotmail.com, live.se, telia.com...), or with a local part
/// like firstname.lastname. An organisation's shared address (info@, kansli@) is not one.
std::vector<TextSpan> find_private_email_addresses(std::string_view normalised);

/// The Swedish mobile numbers (070, 072, 073, 076, 079; +46 or 0046 with 7...) in a
/// NormalisedText's text, written as one run of digits or in groups of two or more digits
/// split by a space or a hyphen.
std::vector<TextSpan> find_mobile_numbers(std::string_view normalised);

} // namespace finsam
