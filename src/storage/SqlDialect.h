#pragma once

#include "storage/DatabaseBackend.h"

#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// The few places where SQLite and PostgreSQL need different SQL. Everything else the storage
// area writes is plain SQL that both accept, so a backend difference found later belongs here.

/// The column definition of a table's generated integer key.
std::string_view identity_column(DatabaseBackend backend);

/// Starts a transaction that will write. SQLite takes the write lock at once so that two
/// writers wait for each other (busy_timeout) instead of failing when a read turns into a write.
std::string_view begin_write_statement(DatabaseBackend backend);

/// Run first in each migration step's transaction, so that two programs opening a new
/// database at once migrate it one after the other. Empty where the write transaction itself
/// already excludes other writers (SQLite).
std::string_view migration_lock_statement(DatabaseBackend backend);

/// Statements run once on every new connection, outside any transaction.
std::vector<std::string_view> connection_setup_statements(DatabaseBackend backend);

/// `sql` with every `{id}` replaced by identity_column(backend).
std::string with_dialect(std::string_view sql, DatabaseBackend backend);

} // namespace finsam
