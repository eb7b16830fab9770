#pragma once

#include "domain/OriginalFile.h"
#include "domain/Timestamp.h"
#include "storage/Database.h"
#include "storage/DatabaseBackend.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <soci/soci.h>
#include <tl/expected.hpp>

namespace finsam {

/// Keeps a received file in the förbund inside the caller's transaction, once per content:
/// the id of the row that holds these bytes, stored now or before. Throws what SOCI throws.
std::int64_t keep_original(soci::session& session, DatabaseBackend backend,
                           std::int64_t association_id, const ReceivedFile& file,
                           Timestamp received_at);

/// The kept originals, read back for a download.
class OriginalFileStore {
public:
    explicit OriginalFileStore(Database& database) : m_database(database) {}

    /// The original of the förbund with this id, with its bytes as received: NotFound when
    /// the förbund has none of that id; Query when its stored content cannot be decoded.
    tl::expected<OriginalFileContent, StorageError> load(std::int64_t association_id,
                                                         std::int64_t original_id);
    /// The kept original version `version` of the report was read from: nullopt when the
    /// report has no such version or it was not read from a kept file.
    tl::expected<std::optional<std::int64_t>, StorageError> original_of(std::int64_t report_id,
                                                                        std::int64_t version);

private:
    Database& m_database;
};

} // namespace finsam
