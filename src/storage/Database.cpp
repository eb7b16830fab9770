#include "storage/Database.h"

#include "search/SqliteRank.h"
#include "search/SqliteTokenizer.h"
#include "storage/ErrorTranslation.h"
#include "storage/Migrations.h"
#include "storage/PostgresqlConnectString.h"
#include "storage/SqlDialect.h"

#include <chrono>
#include <filesystem>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>
#include <string_view>
#include <system_error>
#include <thread>

namespace finsam {

namespace {

constexpr std::string_view k_sqlite_prefix = "sqlite:";

bool is_postgresql_url(std::string_view url) {
    return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

/// SOCI reads `key=value` pairs when the string holds a '='; a plain path is taken whole.
std::string sqlite_connect_string(const std::string& path) {
    if (path.find('=') == std::string::npos)
        return path;
    return "db=\"" + path + "\"";
}

tl::expected<std::unique_ptr<soci::session>, StorageError> connect_sqlite(const std::string& path) {
    const std::filesystem::path file(path);
    if (file.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(file.parent_path(), error);
        if (error) {
            return tl::unexpected(StorageError{StorageError::Code::CannotOpen,
                                               "cannot create the folder for the database " + path +
                                                   ": " + error.message()});
        }
    }
    // A connection is only ever used by one thread at a time (the web server leases them),
    // so SQLite's per-connection mutex is not needed; it cost 8 % of a page's CPU. The
    // setting must come before SQLite initialises, which the first open does; after that
    // the call fails harmlessly.
    static const bool multithread =
        sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK;
    (void)multithread;
    try {
        auto session = std::make_unique<soci::session>(soci::sqlite3, sqlite_connect_string(path));
        // The search index's tokenizer and ranking are the program's, not the database's:
        // every connection registers them before anything reads or writes the index.
        auto* backend = static_cast<soci::sqlite3_session_backend*>(session->get_backend());
        auto* connection = reinterpret_cast<::sqlite3*>(backend->conn_);
        if (!register_swedish_tokenizer(connection) || !register_passage_rank(connection)) {
            return tl::unexpected(StorageError{StorageError::Code::CannotOpen,
                                               "SQLite has no FTS5 for the search index"});
        }
        return session;
    } catch (const std::exception& error) {
        return tl::unexpected(translate_exception(StorageError::Code::CannotOpen,
                                                  "opening the database " + path, error));
    }
}

tl::expected<std::unique_ptr<soci::session>, StorageError>
connect_postgresql(const std::string& url) {
    const auto connect_string = postgresql_connect_string(url);
    if (!connect_string)
        return tl::unexpected(connect_string.error());
    try {
        return std::make_unique<soci::session>(soci::postgresql, *connect_string);
    } catch (const std::exception& error) {
        // The URL is left out of the message: it may hold a password.
        return tl::unexpected(
            translate_exception(StorageError::Code::CannotOpen, "connecting to PostgreSQL", error));
    }
}

bool is_sqlite_busy(const std::exception& error) {
    const auto* sqlite_error = dynamic_cast<const soci::sqlite3_soci_error*>(&error);
    return sqlite_error && (sqlite_error->result() & 0xff) == SQLITE_BUSY;
}

/// Switching a new file to WAL needs exclusive access, and SQLite refuses at once, without
/// waiting for busy_timeout, while another connection holds a lock in the old journal mode:
/// two programs creating the same database together. Such a statement is retried for about
/// as long as busy_timeout would have waited.
void run_setup_statement(soci::session& session, const std::string& statement) {
    constexpr int k_attempts = 200;
    constexpr auto k_pause = std::chrono::milliseconds(50);
    for (int attempt = 1;; ++attempt) {
        try {
            session << statement;
            return;
        } catch (const soci::soci_error& error) {
            if (attempt == k_attempts || !is_sqlite_busy(error))
                throw;
        }
        std::this_thread::sleep_for(k_pause);
    }
}

tl::expected<void, StorageError> set_up_connection(soci::session& session,
                                                   DatabaseBackend backend) {
    try {
        for (const auto statement : connection_setup_statements(backend))
            run_setup_statement(session, std::string(statement));
        return {};
    } catch (const std::exception& error) {
        return tl::unexpected(translate_exception(StorageError::Code::CannotOpen,
                                                  "setting up the database connection", error));
    }
}

} // namespace

tl::expected<Database, StorageError> Database::open(const std::string& url) {
    const auto backend =
        is_postgresql_url(url) ? DatabaseBackend::Postgresql : DatabaseBackend::Sqlite;
    auto session =
        backend == DatabaseBackend::Postgresql
            ? connect_postgresql(url)
            : connect_sqlite(url.starts_with(k_sqlite_prefix) ? url.substr(k_sqlite_prefix.size())
                                                              : url);
    if (!session)
        return tl::unexpected(session.error());
    if (auto ready = set_up_connection(**session, backend); !ready)
        return tl::unexpected(ready.error());
    const auto version = migrate(**session, backend);
    if (!version)
        return tl::unexpected(version.error());
    return Database(std::move(*session), backend, *version);
}

} // namespace finsam
