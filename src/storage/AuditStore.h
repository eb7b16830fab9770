#pragma once

#include "domain/AuditEvent.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The audit trail: who did or saw what. Details never hold personal data or report text.
class AuditStore {
public:
    explicit AuditStore(Database& database) : m_database(database) {}

    tl::expected<void, StorageError> record(const AuditEvent& event);
    /// The förbund's newest events first (those of its users and of no user).
    tl::expected<std::vector<AuditEvent>, StorageError> list(std::int64_t association_id,
                                                             int limit);

private:
    Database& m_database;
};

} // namespace finsam
