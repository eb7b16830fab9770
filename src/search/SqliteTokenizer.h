#pragma once

#include <string_view>

struct sqlite3;

namespace finsam {

/// The name of the FTS5 tokenizer that stems Swedish (search_index's `tokenize` option).
inline constexpr std::string_view k_swedish_tokenizer = "finsam_swedish";

/// Registers the Swedish tokenizer with FTS5 on one SQLite connection: words as for_each_word
/// finds them, lowercased and stemmed with Snowball's Swedish stemmer, each at its place in
/// the text. SQLite keeps only the tokenizer's name in the database, so every connection that
/// reads or writes the search index needs it; Database::open registers it. False when the
/// SQLite library has no FTS5.
bool register_swedish_tokenizer(sqlite3* connection);

} // namespace finsam
