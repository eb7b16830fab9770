#pragma once

#include <soci/soci.h>
#include <string_view>

namespace finsam {

/// Changes what SQLite's ALTER TABLE cannot (a CHECK constraint) by rebuilding `table` as
/// SQLite's documentation on ALTER TABLE describes, inside the caller's transaction: its
/// CREATE TABLE statement as stored, with `old_definition` replaced by `new_definition`; every
/// row copied back with its id and every column (those later migrations added included); its
/// indexes and triggers made again. Foreign keys stay on but are checked at commit
/// (`PRAGMA defer_foreign_keys`): the rows of other tables that point at the rebuilt table's
/// rows find them again by the time the transaction commits, or the commit fails. Throws
/// when the stored statement does not hold `old_definition`.
void rebuild_sqlite_table(soci::session& session, std::string_view table,
                          std::string_view old_definition, std::string_view new_definition);

} // namespace finsam
