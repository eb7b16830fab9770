#include "StorageTestSupport.h"
#include "storage/Migrations.h"
#include "storage/ReportContentHash.h"
#include "storage/SociConversions.h"
#include "storage/StatisticsQueries.h"
#include "storage/Transaction.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <soci/soci.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace finsam::testing {
namespace {

constexpr const char* k_tables[] = {
    "associations",
    "interventions",
    "intervention_partners",
    "documents",
    "reports",
    "report_versions",
    "report_sections",
    "report_figures",
    "report_warnings",
    "report_partners",
    "report_goals",
    "intervention_goals",
    "registry_counters",
    "users",
    "user_interventions",
    "sessions",
    "api_tokens",
    "audit_events",
    "report_drafts",
    "report_events",
    "version_redactions",
    "figure_confirmations",
    "published_cells",
    "board_texts",
    "board_sources",
    "invitations",
    "survey_rounds",
    "survey_codes",
    "survey_answers",
    "search_pending",
};

using DatabaseTest = StorageTest;

TEST_P(DatabaseTest, OpeningCreatesEveryTableAndRecordsTheMigration) {
    auto database = open_database();

    EXPECT_EQ(database.schema_version(), latest_schema_version());
    EXPECT_EQ(latest_schema_version(), 18);
    for (const auto* table : k_tables)
        EXPECT_EQ(row_count(database, table), 0) << table;
    int version = 0;
    std::string applied_at;
    soci::statement migrations =
        (database.session().prepare
             << "SELECT version, applied_at FROM schema_migrations ORDER BY version",
         soci::into(version), soci::into(applied_at));
    migrations.execute();
    std::vector<int> versions;
    while (migrations.fetch()) {
        versions.push_back(version);
        EXPECT_EQ(applied_at.size(), std::string("2024-10-10T08:15:00Z").size());
        EXPECT_EQ(applied_at.back(), 'Z');
    }
    EXPECT_EQ(versions,
              (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}));
}

TEST_P(DatabaseTest, ReopeningAppliesNothingAndKeepsTheData) {
    {
        auto database = open_database();
        ReportStore store(database, system_clock());
        ASSERT_TRUE(store.ensure_association("Samordningsförbundet Gävleborg"));
    }
    auto database = open_database();

    EXPECT_EQ(database.schema_version(), latest_schema_version());
    EXPECT_EQ(row_count(database, "schema_migrations"), migration_count());
    EXPECT_EQ(row_count(database, "associations"), 1);
}

TEST_P(DatabaseTest, ProgramsOpeningANewDatabaseAtOnceAllSucceed) {
    std::vector<std::optional<StorageError>> errors(4);
    std::vector<std::thread> openers;
    for (auto& error : errors) {
        openers.emplace_back([this, &error] {
            auto database = Database::open(url());
            if (!database)
                error = database.error();
        });
    }
    for (auto& opener : openers)
        opener.join();

    for (const auto& error : errors)
        EXPECT_FALSE(error) << error->message;
    auto database = open_database();
    EXPECT_EQ(row_count(database, "schema_migrations"), migration_count());
}

// A database as the program with schema version 1 left it: opening it adds report_goals and
// keeps every row, and its reports (stored without goals) are Unchanged when imported again.
TEST_P(DatabaseTest, AVersionOneDatabaseGainsGoalsAndKeepsItsReports) {
    Report report = full_report();
    report.goals.clear();
    {
        auto session = connect_without_migrating();
        const auto version = migrate(*session, GetParam(), 1);
        ASSERT_TRUE(version) << version.error().message;
        ASSERT_EQ(*version, 1);
        EXPECT_THROW(*session << "SELECT COUNT(*) FROM report_goals", soci::soci_error);
        // The version-1 writer's rows, with the hash it computed (the same as today's for a
        // report without goals; ReportContentHashTest pins it).
        *session << "INSERT INTO associations (name, normalised_name) "
                    "VALUES ('Samordningsförbundet Gävleborg', 'samordningsförbundet gävleborg')";
        *session << "INSERT INTO interventions (association_id, name, normalised_name) "
                    "VALUES (1, 'Kärnhuset 2.0', 'kärnhuset 2 0')";
        *session << "INSERT INTO documents (association_id, file_name, format, document_kind, "
                    "content_hash, imported_at) VALUES (1, 'old.pdf', 'pdf', 'kvartalsrapport', "
                    "'old', '2024-10-10T08:15:00Z')";
        *session << "INSERT INTO reports (intervention_id, kind, period_start, period_end, "
                    "period_key) VALUES (1, 'kvartalsrapport', '2024-07-01', '2024-09-30', "
                    "'2024-07-01/2024-09-30')";
        const std::string content_hash = report_content_hash(report);
        *session << "INSERT INTO report_versions (report_id, version, document_id, imported_at, "
                    "content_hash, intervention_name) VALUES (1, 1, 1, '2024-10-10T08:15:00Z', "
                    ":content_hash, 'Kärnhuset 2.0')",
            soci::use(content_hash);
    }

    auto database = open_database();

    EXPECT_EQ(database.schema_version(), latest_schema_version());
    EXPECT_EQ(row_count(database, "schema_migrations"), migration_count());
    EXPECT_EQ(row_count(database, "report_goals"), 0);
    EXPECT_EQ(row_count(database, "report_versions"), 1);
    ReportStore store(database, system_clock());
    const auto again = store.save_document(1, source_document("new"), {report});
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->reports[0].outcome, SaveOutcome::Unchanged);
    const auto with_goals = store.save_document(1, source_document("goals"), {full_report()});
    ASSERT_TRUE(with_goals) << with_goals.error().message;
    EXPECT_EQ(with_goals->reports[0].outcome, SaveOutcome::NewVersion);
    const auto loaded = store.load_report(with_goals->reports[0].report_id);
    ASSERT_TRUE(loaded) << loaded.error().message;
    ASSERT_EQ(loaded->versions.size(), 2U);
    EXPECT_EQ(loaded->versions[1].report.goals, full_report().goals);
    EXPECT_EQ(row_count(database, "report_goals"), 3);
}

// A database as the program with schema version 2 left it: opening it adds the web
// application's tables and columns, keeps the förbund and its reports, and counts the
// imported reports as registered.
TEST_P(DatabaseTest, AVersionTwoDatabaseGainsTheWebTablesAndItsReportsAreRegistered) {
    {
        auto session = connect_without_migrating();
        ASSERT_EQ(*migrate(*session, GetParam(), 2), 2);
        EXPECT_THROW(*session << "SELECT COUNT(*) FROM users", soci::soci_error);
        *session << "INSERT INTO associations (name, normalised_name) "
                    "VALUES ('Samordningsförbundet Gävleborg', 'samordningsförbundet gävleborg')";
        *session << "INSERT INTO interventions (association_id, name, normalised_name) "
                    "VALUES (1, 'Kärnhuset 2.0', 'kärnhuset 2 0')";
        *session << "INSERT INTO reports (intervention_id, kind, period_start, period_end, "
                    "period_key) VALUES (1, 'kvartalsrapport', '2024-07-01', '2024-09-30', "
                    "'2024-07-01/2024-09-30')";
    }

    auto database = open_database();

    EXPECT_EQ(database.schema_version(), latest_schema_version());
    EXPECT_EQ(row_count(database, "users"), 0);
    std::string status;
    int deadline_days = 0;
    std::string pattern;
    database.session() << "SELECT status FROM reports", soci::into(status);
    database.session() << "SELECT deadline_days, registry_pattern FROM associations",
        soci::into(deadline_days), soci::into(pattern);
    EXPECT_EQ(status, "registered");
    EXPECT_EQ(deadline_days, 15);
    EXPECT_EQ(pattern, "SFG {yy}-{seq:02}.{n:02}");
}

// A database as the program with schema version 6 left it: opening it adds
// figure_confirmations, and the versions it holds that were read from files start unconfirmed
// (nobody has confirmed them) while a version from the web form counts as it is.
TEST_P(DatabaseTest, AVersionSixDatabaseGainsFigureConfirmationsWithItsImportsUnconfirmed) {
    {
        auto session = connect_without_migrating();
        ASSERT_EQ(*migrate(*session, GetParam(), 6), 6);
        *session << "INSERT INTO associations (name, normalised_name) VALUES ('Ett', 'ett')";
        *session << "INSERT INTO interventions (association_id, name, normalised_name) "
                    "VALUES (1, 'Kärnhuset 2.0', 'kärnhuset 2 0')";
        for (const auto& [id, format, start] :
             {std::tuple{1, "pdf", "2024-07-01"}, std::tuple{2, "form", "2024-10-01"}}) {
            const std::string key = std::to_string(id);
            *session << "INSERT INTO documents (association_id, file_name, format, "
                        "document_kind, content_hash, imported_at) VALUES (1, 'fil', '" +
                            std::string(format) + "', 'kvartalsrapport', 'hash-" + key +
                            "', '2024-10-10T08:15:00Z')";
            *session << "INSERT INTO reports (intervention_id, kind, period_start, period_end, "
                        "period_key) VALUES (1, 'kvartalsrapport', '" +
                            std::string(start) + "', '2024-12-31', 'key-" + key + "')";
            *session << "INSERT INTO report_versions (report_id, version, document_id, "
                        "imported_at, content_hash, intervention_name) VALUES (" +
                            key + ", 1, " + key + ", '2024-10-10T08:15:00Z', 'v" + key +
                            "', 'Kärnhuset 2.0')";
        }
    }

    auto database = open_database();

    EXPECT_EQ(database.schema_version(), latest_schema_version());
    EXPECT_EQ(row_count(database, "figure_confirmations"), 0);
    const auto reports = StatisticsQueries(database).reports_ending_within(
        1, {date(2024, 1, 1), date(2024, 12, 31)});
    ASSERT_TRUE(reports) << reports.error().message;
    ASSERT_EQ(reports->size(), 2U);
    EXPECT_FALSE(reports->at(0).figures_confirmed) << "read from a PDF";
    EXPECT_TRUE(reports->at(1).figures_confirmed) << "typed into the form";
}

// A database as the program with schema version 3 left it: opening it gives each audit event
// its user's förbund, and an event of no user none.
TEST_P(DatabaseTest, AVersionThreeDatabaseGivesEachAuditEventItsUsersForbund) {
    {
        auto session = connect_without_migrating();
        ASSERT_EQ(*migrate(*session, GetParam(), 3), 3);
        *session << "INSERT INTO associations (name, normalised_name) VALUES ('Ett', 'ett')";
        *session << "INSERT INTO associations (name, normalised_name) VALUES ('Två', 'två')";
        *session << "INSERT INTO users (association_id, username, display_name, role, "
                    "password_hash, created_at) VALUES (2, 'kansli', 'Karin Kansli', 'kansli', "
                    "'hash', '2024-10-10T08:15:00Z')";
        *session << "INSERT INTO audit_events (at, user_id, action, object_type) "
                    "VALUES ('2024-10-10T08:15:00Z', 1, 'login', 'user')";
        *session << "INSERT INTO audit_events (at, user_id, action, object_type) "
                    "VALUES ('2024-10-10T08:16:00Z', NULL, 'login_failed', 'user')";
    }

    auto database = open_database();

    EXPECT_EQ(database.schema_version(), latest_schema_version());
    std::optional<std::int64_t> of_user;
    std::optional<std::int64_t> of_no_user;
    database.session() << "SELECT association_id FROM audit_events WHERE id = 1",
        soci::into(of_user);
    database.session() << "SELECT association_id FROM audit_events WHERE id = 2",
        soci::into(of_no_user);
    EXPECT_EQ(of_user, 2);
    EXPECT_FALSE(of_no_user);
}

/// Whether `sql` fails: a constraint refuses the row.
bool refused(Database& database, const std::string& sql) {
    try {
        Transaction transaction(database.session(), database.backend());
        database.session() << sql;
        transaction.commit();
        return false;
    } catch (const soci::soci_error&) {
        return true;
    }
}

// A database as the program with schema version 13 left it, with reports that versions,
// drafts, events and board sources point at: opening it lets a report be of kind 'ovrig'
// (SQLite rebuilds the table for it) and keeps every report with its id, its workflow columns
// and everything that points at it, foreign keys and unique constraint included.
TEST_P(DatabaseTest, AVersionThirteenDatabaseTakesOvrigReportsAndKeepsItsReports) {
    {
        auto session = connect_without_migrating();
        ASSERT_EQ(*migrate(*session, GetParam(), 13), 13);
        *session << "INSERT INTO associations (name, normalised_name) VALUES ('Ett', 'ett')";
        *session << "INSERT INTO interventions (association_id, name, normalised_name) "
                    "VALUES (1, 'Kompassen', 'kompassen')";
        *session << "INSERT INTO users (association_id, username, display_name, role, "
                    "password_hash, created_at) VALUES (1, 'kansli', 'Karin Kansli', 'kansli', "
                    "'hash', '2024-10-10T08:15:00Z')";
        *session << "INSERT INTO documents (association_id, file_name, format, document_kind, "
                    "content_hash, imported_at) VALUES (1, 'fil.pdf', 'pdf', 'kvartalsrapport', "
                    "'hash', '2024-10-10T08:15:00Z')";
        // Ids with gaps, as deletions and failed inserts leave them.
        *session << "INSERT INTO reports (id, intervention_id, kind, period_start, period_end, "
                    "period_key, status, revision, registry_number, arrival_date, signature, "
                    "submitted_at) VALUES (3, 1, 'kvartalsrapport', '2024-07-01', '2024-09-30', "
                    "'2024-07-01/2024-09-30', 'reviewed', 4, 'SFG 24-08.02', '2024-10-12', "
                    "'KK', '2024-10-11T09:00:00Z')";
        *session << "INSERT INTO reports (id, intervention_id, kind, period_start, period_end, "
                    "period_key, status) VALUES (7, 1, 'slutrapport', NULL, '2024-12-31', "
                    "'/2024-12-31', 'draft')";
        *session << "INSERT INTO report_versions (report_id, version, document_id, imported_at, "
                    "content_hash, intervention_name) VALUES (3, 1, 1, '2024-10-10T08:15:00Z', "
                    "'v1', 'Kompassen')";
        *session << "INSERT INTO report_drafts (report_id, content, updated_at, updated_by) "
                    "VALUES (7, '{}', '2025-01-02T10:00:00Z', 1)";
        *session << "INSERT INTO report_events (report_id, at, user_id, action, status) "
                    "VALUES (3, '2024-10-12T08:00:00Z', 1, 'review', 'reviewed')";
        *session << "INSERT INTO board_sources (intervention_id, period, report_id, chosen_at) "
                    "VALUES (1, '2024', 3, '2025-01-05T10:00:00Z')";
    }

    auto database = open_database();

    EXPECT_EQ(database.schema_version(), latest_schema_version());
    std::int64_t id = 0;
    std::string kind;
    std::string status;
    int revision = 0;
    std::string registry_number;
    std::string arrival_date;
    std::string signature;
    std::string submitted_at;
    database.session() << "SELECT id, kind, status, revision, registry_number, arrival_date, "
                          "signature, submitted_at FROM reports WHERE id = 3",
        soci::into(id), soci::into(kind), soci::into(status), soci::into(revision),
        soci::into(registry_number), soci::into(arrival_date), soci::into(signature),
        soci::into(submitted_at);
    EXPECT_EQ(id, 3);
    EXPECT_EQ(kind, "kvartalsrapport");
    EXPECT_EQ(status, "reviewed");
    EXPECT_EQ(revision, 4);
    EXPECT_EQ(registry_number, "SFG 24-08.02");
    EXPECT_EQ(arrival_date, "2024-10-12");
    EXPECT_EQ(signature, "KK");
    EXPECT_EQ(submitted_at, "2024-10-11T09:00:00Z");
    EXPECT_EQ(row_count(database, "reports"), 2);
    int joined = 0;
    database.session() << "SELECT COUNT(*) FROM report_versions v JOIN reports r ON r.id = "
                          "v.report_id JOIN report_drafts d ON d.report_id = 7 JOIN "
                          "report_events e ON e.report_id = r.id JOIN board_sources b ON "
                          "b.report_id = r.id",
        soci::into(joined);
    EXPECT_EQ(joined, 1);
    EXPECT_THROW(row_count(database, "reports_before_rebuild"), soci::soci_error)
        << "the copy is gone";

    EXPECT_FALSE(refused(database,
                         "INSERT INTO reports (intervention_id, kind, period_start, period_end, "
                         "period_key) VALUES (1, 'ovrig', '2024-01-01', '2024-06-30', "
                         "'2024-01-01/2024-06-30')"));
    EXPECT_TRUE(refused(database, "INSERT INTO reports (intervention_id, kind, period_key) "
                                  "VALUES (1, 'annan', '/')"))
        << "kind still has its CHECK";
    EXPECT_TRUE(refused(database, "INSERT INTO reports (intervention_id, kind, period_key) "
                                  "VALUES (1, 'kvartalsrapport', '2024-07-01/2024-09-30')"))
        << "a report's identity is still unique";
    EXPECT_TRUE(refused(database, "INSERT INTO reports (intervention_id, kind, period_key, "
                                  "status) VALUES (1, 'ovrig', '/x', 'okänd')"))
        << "status still has its CHECK";
    EXPECT_TRUE(refused(database, "INSERT INTO reports (intervention_id, kind, period_key) "
                                  "VALUES (99, 'ovrig', '/y')"))
        << "the insats must exist";
    EXPECT_TRUE(refused(database, "INSERT INTO report_versions (report_id, version, "
                                  "document_id, imported_at, content_hash, intervention_name) "
                                  "VALUES (99, 1, 1, '2024-10-10T08:15:00Z', 'v', 'X')"))
        << "a version must point at a report";
    EXPECT_EQ(row_count(database, "reports"), 3);
    if (GetParam() == DatabaseBackend::Sqlite) {
        soci::rowset<soci::row> problems = database.session().prepare << "PRAGMA foreign_key_check";
        EXPECT_EQ(std::distance(problems.begin(), problems.end()), 0);
    }
}

TEST_P(DatabaseTest, ADatabaseFromANewerProgramIsRefused) {
    {
        auto database = open_database();
        database.session() << "INSERT INTO schema_migrations (version, applied_at) "
                              "VALUES (99, '2030-01-01T00:00:00Z')";
    }

    const auto database = Database::open(url());

    ASSERT_FALSE(database);
    EXPECT_EQ(database.error().code, StorageError::Code::Migration);
    EXPECT_NE(database.error().message.find("schema version 99"), std::string::npos)
        << database.error().message;
    EXPECT_NE(database.error().message.find("newer"), std::string::npos);
}

TEST_P(DatabaseTest, ForeignKeysAreEnforced) {
    auto database = open_database();

    EXPECT_THROW(database.session()
                     << "INSERT INTO interventions (association_id, name, normalised_name) "
                        "VALUES (4711, 'Kärnhuset', 'kärnhuset')",
                 soci::soci_error);
    EXPECT_EQ(row_count(database, "interventions"), 0);
}

TEST_P(DatabaseTest, AssociationsAreFoundByNormalisedName) {
    auto database = open_database();
    ReportStore store(database, system_clock());

    const auto first = store.ensure_association("Samordningsförbundet Gävleborg");
    const auto second = store.ensure_association("SAMORDNINGSFÖRBUNDET  GÄVLEBORG");
    const auto other = store.ensure_association("Samordningsförbundet Skaraborg");

    ASSERT_TRUE(first && second && other);
    EXPECT_EQ(*first, *second);
    EXPECT_NE(*first, *other);
    EXPECT_EQ(row_count(database, "associations"), 2);
}

TEST_P(DatabaseTest, AnAssociationNeedsAName) {
    auto database = open_database();
    ReportStore store(database, system_clock());

    const auto association = store.ensure_association(" - ");

    ASSERT_FALSE(association);
    EXPECT_EQ(association.error().code, StorageError::Code::Query);
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest,
                         ::testing::Values(DatabaseBackend::Sqlite, DatabaseBackend::Postgresql),
                         backend_name);

TEST(SqliteDatabaseTest, OpensWithWalForeignKeysAndNormalSync) {
    TemporaryDirectory directory;
    auto database = Database::open((directory.path() / "finsam.sqlite").string());
    ASSERT_TRUE(database) << database.error().message;

    std::string journal_mode;
    int foreign_keys = 0;
    int synchronous = 0;
    int busy_timeout = 0;
    database->session() << "PRAGMA journal_mode", soci::into(journal_mode);
    database->session() << "PRAGMA foreign_keys", soci::into(foreign_keys);
    database->session() << "PRAGMA synchronous", soci::into(synchronous);
    database->session() << "PRAGMA busy_timeout", soci::into(busy_timeout);

    EXPECT_EQ(database->backend(), DatabaseBackend::Sqlite);
    EXPECT_EQ(journal_mode, "wal");
    EXPECT_EQ(foreign_keys, 1);
    EXPECT_EQ(synchronous, 1); // NORMAL
    EXPECT_GT(busy_timeout, 0);
}

TEST(SqliteDatabaseTest, CreatesMissingParentFolders) {
    TemporaryDirectory directory;
    const auto file = directory.path() / "data" / "förbund" / "finsam.sqlite";

    const auto database = Database::open("sqlite:" + file.string());

    ASSERT_TRUE(database) << database.error().message;
    EXPECT_TRUE(std::filesystem::exists(file));
}

TEST(SqliteDatabaseTest, AcceptsPathsWithSpacesAndEqualsSigns) {
    TemporaryDirectory directory;
    const auto file = directory.path() / "a folder" / "x=1 finsam.sqlite";

    const auto database = Database::open(file.string());

    ASSERT_TRUE(database) << database.error().message;
    EXPECT_TRUE(std::filesystem::exists(file));
}

TEST(SqliteDatabaseTest, APathBelowAFileCannotBeOpened) {
    TemporaryDirectory directory;
    write_file(directory.path() / "not-a-folder", "text");

    const auto database = Database::open((directory.path() / "not-a-folder" / "db").string());

    ASSERT_FALSE(database);
    EXPECT_EQ(database.error().code, StorageError::Code::CannotOpen);
}

TEST(SqliteDatabaseTest, AFileThatIsNoDatabaseCannotBeOpened) {
    TemporaryDirectory directory;
    const auto file = directory.path() / "report.txt";
    write_file(file, std::string(4096, 'x'));

    const auto database = Database::open(file.string());

    ASSERT_FALSE(database);
    EXPECT_EQ(database.error().code, StorageError::Code::CannotOpen);
}

TEST(SqliteDatabaseTest, AReadOnlyFolderCannotBeOpened) {
    if (geteuid() == 0)
        GTEST_SKIP() << "root may write to any folder";
    TemporaryDirectory directory;
    const auto folder = directory.path() / "read-only";
    std::filesystem::create_directory(folder);
    std::filesystem::permissions(folder, std::filesystem::perms::owner_read |
                                             std::filesystem::perms::owner_exec);

    const auto database = Database::open((folder / "finsam.sqlite").string());

    std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
    ASSERT_FALSE(database);
    EXPECT_EQ(database.error().code, StorageError::Code::CannotOpen);
}

TEST(PostgresqlDatabaseTest, AnUnreachableServerCannotBeOpened) {
    // Port 1 on the loopback refuses at once; no server is needed.
    const auto database =
        Database::open("postgresql://finsam:secret-password@127.0.0.1:1/finsam?connect_timeout=2");

    ASSERT_FALSE(database);
    EXPECT_EQ(database.error().code, StorageError::Code::CannotOpen);
    EXPECT_EQ(database.error().message.find("secret-password"), std::string::npos);
}

} // namespace
} // namespace finsam::testing
