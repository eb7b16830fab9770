#pragma once

#include <string_view>

namespace finsam {

/// Whether `word` is one of the common first names in Sweden, written as in a text: a
/// capital and lower-case letters ("Anna", "Åsa", "Mohammed").
bool is_common_first_name(std::string_view word);

/// Whether `ascii_lowercase` is one of the common first names as an e-mail address writes
/// it: lower case, å ä → a, ö → o, é → e ("asa", "goran").
bool is_common_first_name_in_address(std::string_view ascii_lowercase);

} // namespace finsam
