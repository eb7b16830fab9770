#pragma once

#include "domain/AuditEvent.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// Which entries of a förbund's trail to read: every filter that is set must hold.
struct AuditQuery {
    std::int64_t association_id = 0;
    std::optional<std::int64_t> user_id;
    std::optional<AuditAction> action;
    std::optional<Timestamp> from;  // at or after
    std::optional<Timestamp> until; // before
    int limit = 50;
    int offset = 0; // entries skipped, newest first
};

/// An entry with the names a person reads instead of ids: who did it, and what it was done
/// to (a user's or an insats's name, an API token's purpose, a report's insats). A name is
/// empty where there is none (the command line, a page).
struct AuditEntry {
    AuditEvent event;
    std::string user_name;
    std::string object_name;
};

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

    /// The entries of the förbund's trail that the query's filters let through, newest first,
    /// with names.
    tl::expected<std::vector<AuditEntry>, StorageError> search(const AuditQuery& query);

private:
    Database& m_database;
};

} // namespace finsam
