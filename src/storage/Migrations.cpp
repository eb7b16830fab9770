#include "storage/Migrations.h"

#include "storage/ErrorTranslation.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "storage/UtcTimestamp.h"

#include <iterator>
#include <span>
#include <string>
#include <string_view>

namespace finsam {

namespace {

struct Migration {
    int version;
    std::span<const std::string_view> statements;
};

// Portable SQL: `{id}` is the backend's generated key (see SqlDialect); dates are ISO text,
// amounts BIGINT whole kronor. A released migration never changes: a new schema change is a
// new migration at the end of k_migrations.
constexpr std::string_view k_initial_schema[] = {
    R"(CREATE TABLE associations (
        id {id},
        name TEXT NOT NULL,
        normalised_name TEXT NOT NULL UNIQUE CHECK (normalised_name <> '')))",

    R"(CREATE TABLE interventions (
        id {id},
        association_id BIGINT NOT NULL REFERENCES associations (id),
        name TEXT NOT NULL,
        normalised_name TEXT NOT NULL CHECK (normalised_name <> ''),
        owner TEXT,
        kind TEXT CHECK (kind IN ('individual', 'structural')),
        period_start TEXT,
        period_end TEXT,
        granted_sek BIGINT,
        used_sek BIGINT,
        UNIQUE (association_id, normalised_name)))",

    R"(CREATE TABLE intervention_partners (
        id {id},
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        name TEXT NOT NULL,
        normalised_name TEXT NOT NULL CHECK (normalised_name <> ''),
        UNIQUE (intervention_id, normalised_name)))",

    R"(CREATE TABLE documents (
        id {id},
        association_id BIGINT NOT NULL REFERENCES associations (id),
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        document_kind TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        UNIQUE (association_id, content_hash)))",

    // period_key is the report's identity: "start/end" with an empty side for a missing
    // date, because UNIQUE treats NULLs as distinct and would let duplicates in.
    R"(CREATE TABLE reports (
        id {id},
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        kind TEXT NOT NULL CHECK (kind IN ('kvartalsrapport', 'slutrapport', 'projektredovisning')),
        period_start TEXT,
        period_end TEXT,
        period_key TEXT NOT NULL,
        UNIQUE (intervention_id, kind, period_key)))",

    R"(CREATE TABLE report_versions (
        id {id},
        report_id BIGINT NOT NULL REFERENCES reports (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        document_id BIGINT NOT NULL REFERENCES documents (id),
        imported_at TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        intervention_name TEXT NOT NULL,
        owner TEXT,
        intervention_kind TEXT CHECK (intervention_kind IN ('individual', 'structural')),
        registry_number TEXT,
        signature TEXT,
        arrival_date TEXT,
        granted_sek BIGINT,
        used_sek BIGINT,
        reporter_date TEXT,
        reporter_name TEXT,
        UNIQUE (report_id, version)))",

    "CREATE INDEX report_versions_document ON report_versions (document_id)",

    R"(CREATE TABLE report_sections (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        section_id TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (version_id, position)))",

    // measure has no list of allowed names: the figure extractor adds measures over time,
    // and SQLite can only change a CHECK by rebuilding the table.
    R"(CREATE TABLE report_figures (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        measure TEXT NOT NULL CHECK (measure <> ''),
        value DOUBLE PRECISION NOT NULL,
        unit TEXT NOT NULL CHECK (unit IN ('count', 'percent')),
        section_id TEXT NOT NULL,
        quote TEXT NOT NULL,
        PRIMARY KEY (version_id, position)))",

    R"(CREATE TABLE report_warnings (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        PRIMARY KEY (version_id, position)))",

    R"(CREATE TABLE report_partners (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (version_id, position)))",
};

// Goals (mål, delmål) as a report states them; target, unit and measure only where the goal
// is measurable. measure has no list of allowed names, as in report_figures.
constexpr std::string_view k_report_goals[] = {
    R"(CREATE TABLE report_goals (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        target DOUBLE PRECISION,
        unit TEXT CHECK (unit IS NULL OR unit IN ('count', 'percent')),
        measure TEXT,
        PRIMARY KEY (version_id, position)))",
};

constexpr Migration k_migrations[] = {
    {1, k_initial_schema},
    {2, k_report_goals},
};

int applied_version(soci::session& session) {
    int version = 0;
    session << "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", soci::into(version);
    return version;
}

void lock_migrations(soci::session& session, DatabaseBackend backend) {
    if (const auto lock = migration_lock_statement(backend); !lock.empty())
        session << std::string(lock);
}

void create_migrations_table(soci::session& session, DatabaseBackend backend) {
    Transaction transaction(session, backend);
    lock_migrations(session, backend);
    session << "CREATE TABLE IF NOT EXISTS schema_migrations ("
               "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";
    transaction.commit();
}

void apply(soci::session& session, DatabaseBackend backend, const Migration& migration) {
    Transaction transaction(session, backend);
    lock_migrations(session, backend);
    // Another program may have applied it while this one waited for the lock.
    if (applied_version(session) >= migration.version)
        return;
    for (const auto statement : migration.statements)
        session << with_dialect(statement, backend);
    const std::string applied_at = utc_timestamp_now();
    session << "INSERT INTO schema_migrations (version, applied_at) VALUES (:version, :applied_at)",
        soci::use(migration.version), soci::use(applied_at);
    transaction.commit();
}

} // namespace

int latest_schema_version() {
    return k_migrations[std::size(k_migrations) - 1].version;
}

tl::expected<int, StorageError> migrate(soci::session& session, DatabaseBackend backend) {
    return migrate(session, backend, latest_schema_version());
}

tl::expected<int, StorageError> migrate(soci::session& session, DatabaseBackend backend,
                                        int up_to_version) {
    try {
        create_migrations_table(session, backend);
        const int current = applied_version(session);
        if (current > latest_schema_version()) {
            return tl::unexpected(StorageError{
                StorageError::Code::Migration,
                "the database has schema version " + std::to_string(current) +
                    ", newer than the version " + std::to_string(latest_schema_version()) +
                    " this program knows; use a newer finsam with this database"});
        }
        for (const auto& migration : k_migrations) {
            if (migration.version > current && migration.version <= up_to_version)
                apply(session, backend, migration);
        }
        return applied_version(session);
    } catch (const std::exception& error) {
        return tl::unexpected(
            translate_exception(StorageError::Code::Migration, "migrating the schema", error));
    }
}

} // namespace finsam
