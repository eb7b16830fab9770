#pragma once

#include "domain/NormalisedText.h"

#include <string_view>
#include <vector>

namespace finsam {

/// What looks like a person's full name in a NormalisedText's text: a common first name
/// ("Anna", or the first part of "Anna-Karin") followed, after spaces, by a capitalised word
/// ("Anna Svensson", "Mohammed Ali"). A first name alone, or followed by a word in lower case
/// ("Linnea berättar"), is not one.
std::vector<TextSpan> find_full_names(std::string_view normalised);

} // namespace finsam
