#pragma once

#include "TestSupport.h"
#include "domain/Report.h"
#include "domain/Timestamp.h"
#include "domain/User.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"

#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <soci/soci.h>
#include <string>
#include <string_view>
#include <vector>

namespace finsam::testing {

/// Storage tests run once per backend. SQLite uses a file in the test's own temporary
/// directory; PostgreSQL runs only when FINSAM_TEST_POSTGRES_URL names a server, and then
/// each test gets a schema of its own, dropped afterwards.
class StorageTest : public ::testing::TestWithParam<DatabaseBackend> {
protected:
    void SetUp() override;
    void TearDown() override;

    /// The URL of this test's empty database.
    const std::string& url() const { return m_url; }
    /// Opens url() and fails the test when that does not work.
    Database open_database();
    /// A plain connection to url(), without Database::open's migrations: for tests that
    /// build an older schema first.
    std::unique_ptr<soci::session> connect_without_migrating() const;

    TemporaryDirectory m_directory;

private:
    std::string m_url;
    std::string m_schema;
};

/// A StorageTest with an open database, a ReportStore and one förbund.
class StoreTest : public StorageTest {
protected:
    void SetUp() override;

    ReportStore& store() { return *m_store; }
    Database& database() { return *m_database; }
    std::int64_t association_id() const { return m_association_id; }

    /// save_document() that fails the test (by throwing) when the store refuses.
    SaveResult save(const std::string& content_hash, const std::vector<Report>& reports);

private:
    std::optional<Database> m_database;
    std::optional<ReportStore> m_store;
    std::int64_t m_association_id = 0;
};

std::string backend_name(const ::testing::TestParamInfo<DatabaseBackend>& info);

Date date(int year, unsigned month, unsigned day);

/// A kvartalsrapport with every field filled in.
Report full_report();

/// A small report of the given insats and quarter, for tests about matching and versions.
Report quarterly_report(const std::string& intervention_name, Date period_start, Date period_end);

/// Compares field by field, so that a failure names the field that differs.
void expect_same_report(const Report& actual, const Report& expected);

SourceDocument source_document(const std::string& content_hash);

/// A moment written as ISO 8601 UTC (`2026-01-01T10:00:00Z`); fails the test when it is not.
Timestamp at(std::string_view iso);

/// An insatsägare named "agare" of the förbund, bound to `interventions`.
NewUser owner_of(std::int64_t association_id, std::vector<std::int64_t> interventions);

/// Counts the rows of a table, for tests that check nothing was written.
int row_count(Database& database, const std::string& table);

} // namespace finsam::testing
