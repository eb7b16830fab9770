#pragma once

#include "storage/DatabaseBackend.h"
#include "storage/StorageError.h"

#include <memory>
#include <soci/soci.h>
#include <string>
#include <tl/expected.hpp>

namespace finsam {

/// An open database with the schema migrated to the newest version.
/// `url` is a SQLite file path (parent folders are created), `sqlite:PATH`, or a
/// `postgresql://…` connection string. SQLite runs with foreign keys on and WAL. Fails with
/// Code::CannotOpen when the database cannot be reached or created, Code::Migration when its
/// schema cannot be brought up to date (or is newer than this program).
class Database {
public:
    static tl::expected<Database, StorageError> open(const std::string& url);

    soci::session& session() { return *m_session; }
    DatabaseBackend backend() const { return m_backend; }
    /// The schema version after migrations (the number of the newest applied migration).
    int schema_version() const { return m_schema_version; }

private:
    Database(std::unique_ptr<soci::session> session, DatabaseBackend backend, int version)
        : m_session(std::move(session)), m_backend(backend), m_schema_version(version) {}

    std::unique_ptr<soci::session> m_session;
    DatabaseBackend m_backend;
    int m_schema_version;
};

} // namespace finsam
