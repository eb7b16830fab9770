#pragma once

#include <cstdint>
#include <soci/soci.h>

namespace finsam {

/// Throws StorageFailure NotFound: the report has no such version.
[[noreturn]] void fail_version_not_found(std::int64_t report_id, int version);

/// Makes a submission of a new version, or another change to the report's versions, wait until
/// this transaction ends: on PostgreSQL the update takes the report's row lock (SQLite's write
/// transaction holds the database's lock already). So the versions read next stay as they are
/// while this transaction changes what belongs to one of them. NotFound (for `version`) when
/// the report does not exist.
void lock_report_versions(soci::session& session, std::int64_t report_id, int version);

} // namespace finsam
