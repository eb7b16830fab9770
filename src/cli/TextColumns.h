#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace finsam {

/// Pads to a width in characters, not bytes: å, ä and ö take two bytes in UTF-8.
std::string pad(std::string_view text, std::size_t width);

/// The width of a UTF-8 text in characters.
std::size_t character_count(std::string_view text);

} // namespace finsam
