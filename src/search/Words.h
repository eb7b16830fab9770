#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace finsam {

/// A word of a text as search sees it: lowercased and composed (NFC), with where it stands in
/// the text as written (bytes), so that a hit can be marked in the original.
struct Word {
    std::string_view lowercase; // valid during the callback only
    std::size_t start = 0;
    std::size_t end = 0;
};

/// Calls `each` for every word of UTF-8 `text`: a run of letters, digits and combining marks.
/// Everything else separates words, so "BIP-modellen" is two words and "2024-07-01" three.
/// Invalid UTF-8 bytes separate words too.
void for_each_word(std::string_view text, const std::function<void(const Word&)>& each);

} // namespace finsam
