#pragma once

#include <string_view>

struct sqlite3;

namespace finsam {

/// The name of the FTS5 ranking function of the search index: `passage_rank(search_index)`.
inline constexpr std::string_view k_passage_rank = "passage_rank";

/// Registers passage_rank with FTS5 on one SQLite connection: a passage's Okapi BM25 score
/// for the phrases it holds in its text column (the first), higher is better, without BM25's
/// normalisation by the passage's length: the sum over the phrases of idf × f × (k1 + 1) /
/// (f + k1), f how often the phrase occurs in the passage, k1 = 1.2, and idf as FTS5's bm25()
/// has it (1 when the query has one phrase in the text: every match holds it, and its idf
/// would only scale every score alike). So a passage ranks by how often it holds the words, the
/// rarer words weighing more, as PostgreSQL's ts_rank ranks it (which does not normalise by length
/// either).
///
/// Why not FTS5's bm25(): it reads every matching row's length (a lookup per row that costs
/// twice the rest of the ranking), and before the first row it counts the matches of every
/// phrase over the whole table, the förbund's scope phrase too (every passage of a large
/// förbund) though that column weighs nothing. passage_rank counts a phrase's matches only
/// once the phrase scores in a row. False when the SQLite library has no FTS5.
bool register_passage_rank(sqlite3* connection);

} // namespace finsam
