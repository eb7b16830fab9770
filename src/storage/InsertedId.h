#pragma once

#include "storage/DatabaseBackend.h"

#include <cstdint>
#include <soci/soci.h>
#include <string>
#include <utility>

namespace finsam {

/// The id of the row the connection's last INSERT created (SQLite only).
std::int64_t sqlite_last_insert_rowid(soci::session& session);

/// A prepared INSERT of one row that hands back the new row's id; `insert` is prepared once
/// with its `soci::use` bindings and run by execute() as often as needed. PostgreSQL appends
/// `RETURNING id`. SQLite reads sqlite3_last_insert_rowid() instead: there RETURNING runs the
/// insert as a multi-row write with a statement journal and buffers the row in a temporary
/// b-tree, allocating and freeing some 150 KiB per statement, which made saving a document
/// about twice as slow. The bound variables must outlive the insert, and the insert is bound
/// to its own id, so it is neither copied nor moved.
class IdInsert {
public:
    template <typename... Bindings>
    IdInsert(soci::session& session, DatabaseBackend backend, const std::string& insert,
             Bindings&&... bindings)
        : m_session(session), m_backend(backend),
          m_statement(backend == DatabaseBackend::Postgresql
                          ? soci::statement((((m_session.prepare << insert + " RETURNING id"), ...,
                                              std::forward<Bindings>(bindings)),
                                             soci::into(m_id)))
                          : soci::statement(((m_session.prepare << insert), ...,
                                             std::forward<Bindings>(bindings)))) {}
    IdInsert(const IdInsert&) = delete;
    IdInsert& operator=(const IdInsert&) = delete;

    /// Inserts a row with the bound variables' current values; returns its id.
    std::int64_t execute() {
        m_statement.execute(true);
        return m_backend == DatabaseBackend::Postgresql ? m_id
                                                        : sqlite_last_insert_rowid(m_session);
    }

private:
    soci::session& m_session;
    DatabaseBackend m_backend;
    std::int64_t m_id = 0;
    soci::statement m_statement;
};

} // namespace finsam
