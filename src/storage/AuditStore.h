#pragma once

#include "domain/AuditEvent.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The audit trail: who did or saw what. Details never hold personal data or report text.
class AuditStore {
public:
    explicit AuditStore(Database& database) : m_database(database) {}

    /// Records the event in the trail of `association_id`, or else of its user's förbund. An
    /// event of no user and no förbund (a failed login of an unknown name) is in no trail.
    tl::expected<void, StorageError>
    record(const AuditEvent& event, std::optional<std::int64_t> association_id = std::nullopt);
    /// Records the event in the trail of each of the förbund, all in one transaction: one
    /// commit for what concerns many förbund (the national table) rather than one each.
    tl::expected<void, StorageError>
    record_in_each(const AuditEvent& event, const std::vector<std::int64_t>& association_ids);
    /// The förbund's newest events first: those of its users, and those of no user that
    /// concern it. Another förbund's events, and those of no förbund, are never listed.
    tl::expected<std::vector<AuditEvent>, StorageError> list(std::int64_t association_id,
                                                             int limit);

private:
    Database& m_database;
};

} // namespace finsam
