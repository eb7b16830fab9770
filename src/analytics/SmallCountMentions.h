#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// A report's text can tell what its figures hide: "tre av kvinnorna har fått arbete". The
// board reads the text of reviewed reports, so at review the kansli is told where a section
// states a count below the small-count threshold about people, to reword it before the
// report is reviewed, and the board reads such counts masked whether reworded or not. A
// hint, not a proof: it looks for a number (digits, or två … tolv) followed within a few
// words by a word for people, and for counts whose people go without saying: followed by a
// verb ("två har avslutats", "en fick arbete"), by "av dem", after "varav", or between "har"
// and a supine ("har fyra fått arbete"). A number that labels a quarter, a step or a goal
// ("under kvartal 2 har") is no count.

struct SmallCountMention {
    std::string excerpt; // the words around the count, as written
};

/// Where `text` states a count from 1 up to below `threshold` about people.
std::vector<SmallCountMention> small_count_mentions(std::string_view text, int threshold);

/// What the board reads of a text: each count small_count_mentions finds replaced by
/// k_small_count_mask ("[litet antal] deltagare har fått arbete"), the rest as written.
std::string mask_small_count_mentions(std::string_view text, int threshold);

inline constexpr std::string_view k_small_count_mask = "[litet antal]";

} // namespace finsam
