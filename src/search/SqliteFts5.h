#pragma once

#include <sqlite3.h>

namespace finsam {

/// FTS5's extension interface on a connection (to register tokenizers and ranking
/// functions); nullptr when the SQLite library has no FTS5.
fts5_api* fts5_api_of(sqlite3* connection);

} // namespace finsam
