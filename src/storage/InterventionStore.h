#pragma once

#include "domain/Intervention.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// Insatser as the web application edits them. Every write checks the revision the form was
/// opened with: Code::Stale when someone else saved in between.
class InterventionStore {
public:
    explicit InterventionStore(Database& database) : m_database(database) {}

    tl::expected<std::optional<InterventionDetails>, StorageError> load(std::int64_t id);
    /// The förbund's insatser ordered by name, with partners, goals and users: five queries
    /// however many insatser there are.
    tl::expected<std::vector<InterventionDetails>, StorageError> list(std::int64_t association_id);
    /// Every förbund's insatser as list() gives them, ordered by förbund id, then name: the
    /// national table's five queries instead of five per förbund.
    tl::expected<std::vector<InterventionDetails>, StorageError> list_every();
    /// Code::Conflict when the förbund has an insats of that (normalised) name.
    tl::expected<std::int64_t, StorageError> create(const InterventionDetails& details);
    /// Saves every field of `details` (goals, partners and users replaced) when the stored
    /// revision is still `details.revision`; returns the new revision.
    tl::expected<int, StorageError> update(const InterventionDetails& details);

private:
    Database& m_database;
};

} // namespace finsam
