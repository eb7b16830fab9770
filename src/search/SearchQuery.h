#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace finsam {

class SwedishStemmer;

/// One thing a search asks for: a word, or a phrase ("psykisk ohälsa") whose words must stand
/// together in this order. Words are lowercased as written; both backends stem them.
struct SearchTerm {
    std::vector<std::string> words = {};
    bool phrase = false;
    /// Whether the word also finds the words its stem begins: a Swedish compound's first part
    /// finds the compound ("arbetsträning" finds "arbetsträningsplats", "samverkan"
    /// "samverkansteam"). Set for a word whose stem has at least k_prefix_stem_length letters
    /// (shorter stems would find too much: "del" in "deltagare"), or written with a trailing
    /// `*`. Never for a phrase.
    bool prefix = false;

    bool operator==(const SearchTerm&) const = default;
};

/// A stem this long or longer finds the compounds it begins.
inline constexpr std::size_t k_prefix_stem_length = 5;
/// The most terms a query is read with; the rest are ignored.
inline constexpr std::size_t k_most_search_terms = 12;

/// What someone typed in the search field, read as terms that must all occur in one passage.
struct SearchQuery {
    std::vector<SearchTerm> terms = {};

    bool empty() const { return terms.empty(); }
    bool operator==(const SearchQuery&) const = default;
};

/// Reads words and "quoted phrases"; `word*` asks for the word as a prefix. Punctuation
/// separates words and is otherwise ignored, so nothing typed is query syntax of a backend.
SearchQuery parse_search_query(std::string_view text, SwedishStemmer& stemmer);

/// The query as an FTS5 MATCH expression over the column `text`, each word quoted (the
/// table's tokenizer stems it).
std::string fts5_expression(const SearchQuery& query);

/// The query as to_tsquery() text for the `swedish` configuration, which stems each word and
/// drops stop words.
std::string tsquery_expression(const SearchQuery& query);

} // namespace finsam
