#pragma once

#include "search/SearchQuery.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

class SwedishStemmer;

/// A stretch of a passage as a search result shows it: a hit of the query (marked on the page)
/// or the text around hits. Plain text: whoever shows it escapes it.
struct TextPart {
    std::string text = {};
    bool hit = false;

    bool operator==(const TextPart&) const = default;
};

/// The words a search result shows of a passage around its hits.
inline constexpr std::size_t k_excerpt_words = 32;

/// The stretch of about `words` words of `text` with the most hits of `query`, cut at words
/// ("…" where text was left out) with runs of white space as one space, each hit its own
/// part: a word whose stem is a term's (or begins with it, for a prefix term), or the words of
/// a phrase standing together. The stemming is the search index's own, so what the index
/// found is what is marked. No hit: the passage's opening words, unmarked.
std::vector<TextPart> highlighted_excerpt(std::string_view text, const SearchQuery& query,
                                          SwedishStemmer& stemmer,
                                          std::size_t words = k_excerpt_words);

} // namespace finsam
