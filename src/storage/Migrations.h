#pragma once

#include "storage/DatabaseBackend.h"
#include "storage/StorageError.h"

#include <soci/soci.h>
#include <tl/expected.hpp>

namespace finsam {

/// The schema version this program writes: the number of its newest migration.
int latest_schema_version();
/// How many migrations the program has: numbers are reserved per branch of work, so this can
/// be less than the latest version.
int migration_count();

/// Brings the schema up to latest_schema_version(), one transaction per migration, and
/// records each in `schema_migrations`. Running it on an up-to-date database changes nothing.
/// A database migrated by a newer program is refused rather than written with an old schema.
tl::expected<int, StorageError> migrate(soci::session& session, DatabaseBackend backend);

/// migrate() that stops after migration `up_to_version`: for tests that need a database as
/// an older program left it. A database already newer than the program is still refused.
tl::expected<int, StorageError> migrate(soci::session& session, DatabaseBackend backend,
                                        int up_to_version);

} // namespace finsam
