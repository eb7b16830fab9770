#include "storage/VersionLock.h"

#include "storage/Guarded.h"

#include <string>

namespace finsam {

void fail_version_not_found(std::int64_t report_id, int version) {
    throw StorageFailure(StorageError{StorageError::Code::NotFound,
                                      "report " + std::to_string(report_id) + " has no version " +
                                          std::to_string(version)});
}

void lock_report_versions(soci::session& session, std::int64_t report_id, int version) {
    soci::statement lock =
        (session.prepare << "UPDATE reports SET revision = revision WHERE id = :id",
         soci::use(report_id));
    lock.execute(true);
    if (lock.get_affected_rows() != 1)
        fail_version_not_found(report_id, version);
}

} // namespace finsam
