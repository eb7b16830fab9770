#pragma once

#include <string>
#include <string_view>

namespace finsam {

/// The key insatser (and partners, and förbund) are matched on: lower case, diacritics kept,
/// punctuation and runs of white space folded ("Kärnhuset 2.0 " and "kärnhuset 2.0" match).
std::string normalise_intervention_name(std::string_view name);

} // namespace finsam
