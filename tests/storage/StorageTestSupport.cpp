#include "StorageTestSupport.h"

#include "storage/PostgresqlConnectString.h"

#include <cstdlib>
#include <random>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <stdexcept>

namespace finsam::testing {

namespace {

std::optional<std::string> postgres_server_url() {
    const char* url = std::getenv("FINSAM_TEST_POSTGRES_URL");
    if (url == nullptr || *url == '\0')
        return std::nullopt;
    return std::string(url);
}

std::string with_search_path(const std::string& url, const std::string& schema) {
    const char separator = url.find('?') == std::string::npos ? '?' : '&';
    return url + separator + "options=-csearch_path%3D" + schema;
}

/// Runs one statement on the server's database itself, beside the per-test schemas; not
/// through Database::open, which would create the finsam tables there.
void run_on_server(const std::string& sql) {
    const auto connect_string = postgresql_connect_string(*postgres_server_url());
    ASSERT_TRUE(connect_string) << connect_string.error().message;
    soci::session session(soci::postgresql, *connect_string);
    session << "SET client_min_messages TO WARNING";
    session << sql;
}

} // namespace

void StorageTest::SetUp() {
    if (GetParam() == DatabaseBackend::Sqlite) {
        m_url = (m_directory.path() / "finsam.sqlite").string();
        return;
    }
    const auto server = postgres_server_url();
    if (!server)
        GTEST_SKIP() << "FINSAM_TEST_POSTGRES_URL is not set; PostgreSQL tests skipped";
    std::random_device random;
    m_schema = "finsam_test_" + std::to_string(random()) + std::to_string(random());
    run_on_server("CREATE SCHEMA " + m_schema);
    m_url = with_search_path(*server, m_schema);
}

void StorageTest::TearDown() {
    if (!m_schema.empty())
        run_on_server("DROP SCHEMA " + m_schema + " CASCADE");
}

Database StorageTest::open_database() {
    auto database = Database::open(m_url);
    if (!database)
        throw std::runtime_error("cannot open the test database: " + database.error().message);
    return std::move(*database);
}

std::unique_ptr<soci::session> StorageTest::connect_without_migrating() const {
    if (GetParam() == DatabaseBackend::Sqlite) {
        auto session = std::make_unique<soci::session>(soci::sqlite3, m_url);
        *session << "PRAGMA foreign_keys = ON";
        return session;
    }
    const auto connect_string = postgresql_connect_string(m_url);
    if (!connect_string)
        throw std::runtime_error("cannot connect: " + connect_string.error().message);
    return std::make_unique<soci::session>(soci::postgresql, *connect_string);
}

void StoreTest::SetUp() {
    StorageTest::SetUp();
    if (IsSkipped())
        return;
    m_database.emplace(open_database());
    m_store.emplace(*m_database, system_clock());
    const auto association = m_store->ensure_association("Samordningsförbundet Gävleborg");
    ASSERT_TRUE(association) << association.error().message;
    m_association_id = *association;
}

SaveResult StoreTest::save(const std::string& content_hash, const std::vector<Report>& reports) {
    auto result = m_store->save_document(m_association_id, source_document(content_hash), reports);
    if (!result)
        throw std::runtime_error("save_document failed: " + result.error().message);
    return *result;
}

std::string backend_name(const ::testing::TestParamInfo<DatabaseBackend>& info) {
    return info.param == DatabaseBackend::Sqlite ? "Sqlite" : "Postgresql";
}

Date date(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

Report full_report() {
    Report report;
    report.kind = ReportKind::Quarterly;
    report.intervention = {"Kärnhuset 2.0", "Sandvikens kommun", InterventionKind::Individual};
    report.period = {date(2024, 7, 1), date(2024, 9, 30)};
    report.registration = {"SFG 24-08.02", "AB", date(2024, 10, 10)};
    report.funds = {1'200'000, 96'997};
    report.partners = {"Försäkringskassan", "Arbetsförmedlingen", "Region Gävleborg"};
    report.reporter = {date(2024, 10, 8), "Projektledaren"};
    report.sections = {
        {"2.1", "Aktiviteter", "Gruppen har träffats två gånger i veckan."},
        {"2.2", "Avvikelser från planering", ""},
        {"2.4", "Insatsens mål samt delmål", "Sju personer har avslutats, 21 % till arbete."},
    };
    report.goals = {
        {"Minst 40 deltagare ska ha skrivits in.", 40, Unit::Count, Measure::ParticipantsTarget},
        {"30 % ska gå vidare till arbete eller studier.", 30.5, Unit::Percent, std::nullopt},
        {"Samverkan mellan parterna ska stärkas.", std::nullopt, std::nullopt, std::nullopt},
    };
    report.figures = {
        {Measure::ParticipantsEnded, 7, Unit::Count, "2.4", "Sju personer har avslutats."},
        {Measure::EndedToWork, 21.5, Unit::Percent, "2.4", "21,5 % till arbete."},
        {Measure::ParticipantsTotal, 0.1, Unit::Count, "2.1", "En tiondel."},
    };
    report.warnings = {
        {"conflicting_figure", "participants_ended is 7 in 2.4 and 6 in 2.5"},
        {"missing_field", "Signatur is empty"},
    };
    return report;
}

Report quarterly_report(const std::string& intervention_name, Date period_start, Date period_end) {
    Report report;
    report.kind = ReportKind::Quarterly;
    report.intervention.name = intervention_name;
    report.period = {period_start, period_end};
    report.sections = {{"2.1", "Aktiviteter", "Veckovisa träffar."}};
    return report;
}

void expect_same_report(const Report& actual, const Report& expected) {
    EXPECT_EQ(actual.kind, expected.kind);
    EXPECT_EQ(actual.intervention, expected.intervention);
    EXPECT_EQ(actual.period, expected.period);
    EXPECT_EQ(actual.registration, expected.registration);
    EXPECT_EQ(actual.funds, expected.funds);
    EXPECT_EQ(actual.partners, expected.partners);
    EXPECT_EQ(actual.reporter, expected.reporter);
    EXPECT_EQ(actual.sections, expected.sections);
    EXPECT_EQ(actual.goals, expected.goals);
    EXPECT_EQ(actual.figures, expected.figures);
    EXPECT_EQ(actual.warnings, expected.warnings);
}

SourceDocument source_document(const std::string& content_hash) {
    return {content_hash + ".pdf", SourceFormat::Pdf, content_hash, ReportKind::Quarterly};
}

int row_count(Database& database, const std::string& table) {
    int count = 0;
    database.session() << "SELECT COUNT(*) FROM " + table, soci::into(count);
    return count;
}

Timestamp at(std::string_view iso) {
    const auto time = parse_timestamp(iso);
    if (!time)
        throw std::invalid_argument("not an ISO 8601 UTC time: " + std::string(iso));
    return *time;
}

NewUser owner_of(std::int64_t association_id, std::vector<std::int64_t> interventions) {
    return {association_id,          "agare",      "Anna Ägare",
            Role::InterventionOwner, "argon-hash", std::move(interventions)};
}

} // namespace finsam::testing
