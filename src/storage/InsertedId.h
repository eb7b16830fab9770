#pragma once

#include "storage/Database.h"

#include <cstdint>
#include <soci/soci.h>
#include <string>
#include <utility>

namespace finsam {

/// Runs an INSERT of one row (`insert`, with its `soci::use` bindings) and returns the new
/// row's id. PostgreSQL appends `RETURNING id`. SQLite reads last_insert_rowid() instead:
/// there RETURNING runs the insert as a multi-row write with a statement journal and buffers
/// the row in a temporary b-tree, allocating and freeing some 150 KiB per statement, which
/// made saving a document about twice as slow.
template <typename... Bindings>
std::int64_t insert_returning_id(soci::session& session, DatabaseBackend backend,
                                 const std::string& insert, Bindings&&... bindings) {
    std::int64_t id = 0;
    if (backend == DatabaseBackend::Postgresql) {
        ((session << insert + " RETURNING id"), ..., std::forward<Bindings>(bindings)),
            soci::into(id);
        return id;
    }
    ((session << insert), ..., std::forward<Bindings>(bindings));
    session << "SELECT last_insert_rowid()", soci::into(id);
    return id;
}

} // namespace finsam
