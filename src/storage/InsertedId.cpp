#include "storage/InsertedId.h"

#include <soci/sqlite3/soci-sqlite3.h>

namespace finsam {

std::int64_t sqlite_last_insert_rowid(soci::session& session) {
    // Asking the connection directly: `SELECT last_insert_rowid()` would compile a statement.
    auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
    return sqlite_api::sqlite3_last_insert_rowid(backend->conn_);
}

} // namespace finsam
