#pragma once

#include "domain/AssociationSettings.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The förbund's settings, as Inställningar edits them.
class AssociationStore {
public:
    explicit AssociationStore(Database& database) : m_database(database) {}

    tl::expected<std::optional<AssociationSettings>, StorageError> load(std::int64_t id);
    /// Saves when the stored revision is still `settings.revision` (else Code::Stale);
    /// returns the new revision.
    tl::expected<int, StorageError> update(const AssociationSettings& settings);
    /// Every förbund of the database, by name: a national database holds many.
    tl::expected<std::vector<AssociationSettings>, StorageError> list();

private:
    Database& m_database;
};

} // namespace finsam
