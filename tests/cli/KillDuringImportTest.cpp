// A kill -9 in the middle of an import leaves a consistent database (SQLite's integrity and
// foreign key checks pass), and importing the same folder again brings in exactly what was
// missing: the same content as one import that was never interrupted.
#include "TestSupport.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sqlite3.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace finsam {
namespace {

constexpr int k_file_count = 300;

/// Writes `count` distinct quarterly reports, one insats each.
void write_reports(const std::filesystem::path& folder, int count) {
    auto report = testing::read_file(testing::fixture("stegvis-q1.txt"));
    auto name_position = report.find("Stegvis \n");
    ASSERT_NE(name_position, std::string::npos);
    for (int index = 0; index < count; ++index) {
        auto text = report;
        text.replace(name_position, 7, "Insats nummer " + std::to_string(index));
        testing::write_file(folder / ("rapport-" + std::to_string(index) + ".txt"), text);
    }
}

pid_t start_import(const std::filesystem::path& database, const std::filesystem::path& folder) {
    pid_t child = fork();
    if (child == 0) {
        auto db = database.string();
        auto templates = testing::templates_dir().string();
        auto input = folder.string();
        execl(FINSAM_EXECUTABLE, FINSAM_EXECUTABLE, "--db", db.c_str(), "--templates",
              templates.c_str(), "import", input.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    return child;
}

int wait_for(pid_t child) {
    int status = 0;
    waitpid(child, &status, 0);
    return status;
}

/// A number from the database, or -1 when it cannot be read (yet).
long long query_number(const std::filesystem::path& path, const char* sql) {
    sqlite3* database = nullptr;
    long long value = -1;
    if (sqlite3_open_v2(path.c_str(), &database, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(database, 5000);
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(database, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(database);
    return value;
}

/// The rows of a query, one line each with tab-separated columns; "" on an error.
std::string query_text(const std::filesystem::path& path, const char* sql) {
    sqlite3* database = nullptr;
    std::string text;
    if (sqlite3_open_v2(path.c_str(), &database, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(database, 5000);
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(database, sql, -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                    const auto* value = sqlite3_column_text(statement, column);
                    text += (column > 0 ? "\t" : "") +
                            std::string(value ? reinterpret_cast<const char*>(value) : "NULL");
                }
                text += '\n';
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(database);
    return text;
}

/// How many reports `finsam search WORD` finds in the database.
long long reports_found(const std::filesystem::path& database, const std::string& word) {
    const std::string command = std::string(FINSAM_EXECUTABLE) + " --db '" + database.string() +
                                "' --templates '" + testing::templates_dir().string() +
                                "' search " + word + " --json";
    FILE* output = popen(command.c_str(), "r");
    if (!output)
        return -1;
    std::string text;
    char buffer[4096];
    for (std::size_t read = 0; (read = fread(buffer, 1, sizeof buffer, output)) > 0;)
        text.append(buffer, read);
    if (pclose(output) != 0)
        return -1;
    return nlohmann::json::parse(text, nullptr, false).value("total", -1LL);
}

/// What an import stored, without ids or times: each document's file and content hash with
/// each of its reports' insats, kind, period and content hash, and how many sections,
/// figures and warnings each version has.
std::string stored_content(const std::filesystem::path& database) {
    return query_text(
        database,
        "SELECT d.file_name, d.content_hash, i.name, r.kind, r.period_key, v.version, "
        "v.content_hash, "
        "(SELECT COUNT(*) FROM report_sections s WHERE s.version_id = v.id), "
        "(SELECT COUNT(*) FROM report_figures f WHERE f.version_id = v.id), "
        "(SELECT COUNT(*) FROM report_warnings w WHERE w.version_id = v.id) "
        "FROM documents d JOIN report_versions v ON v.document_id = d.id "
        "JOIN reports r ON r.id = v.report_id JOIN interventions i ON i.id = r.intervention_id "
        "ORDER BY d.content_hash, v.content_hash");
}

/// Kills the import once some documents are in, however fast or slow the machine is.
bool kill_midway(pid_t child, const std::filesystem::path& database) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
    while (std::chrono::steady_clock::now() < deadline) {
        if (waitpid(child, nullptr, WNOHANG) == child)
            return false;
        if (query_number(database, "SELECT COUNT(*) FROM documents") >= 10) {
            kill(child, SIGKILL);
            return WIFSIGNALED(wait_for(child));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    kill(child, SIGKILL);
    wait_for(child);
    return false;
}

TEST(KillDuringImport, LeavesNoHalfWrittenDocument) {
    testing::TemporaryDirectory directory;
    auto folder = directory.path() / "in";
    write_reports(folder, k_file_count);
    auto database_path = directory.path() / "finsam.db";

    ASSERT_TRUE(kill_midway(start_import(database_path, folder), database_path))
        << "the import finished before it could be killed";

    auto database = database_path;
    auto documents = query_number(database, "SELECT COUNT(*) FROM documents");
    EXPECT_GT(documents, 0);
    EXPECT_LT(documents, k_file_count);
    // Every recorded document has its report, its sections and its figures.
    EXPECT_EQ(query_number(database,
                           "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                           "(SELECT 1 FROM report_versions v WHERE v.document_id = d.id)"),
              0);
    EXPECT_EQ(query_number(database, "SELECT COUNT(*) FROM report_versions v WHERE NOT EXISTS "
                                     "(SELECT 1 FROM report_sections s WHERE s.version_id = v.id)"),
              0);
    EXPECT_EQ(query_number(database, "SELECT COUNT(*) FROM reports"), documents);
    EXPECT_EQ(query_text(database, "PRAGMA integrity_check"), "ok\n");
    EXPECT_EQ(query_text(database, "PRAGMA foreign_key_check"), "");
    // The import is killed before its end, where it writes the search index: every saved
    // report is still queued, and the next search writes it and finds it.
    EXPECT_EQ(query_number(database, "SELECT COUNT(*) FROM search_pending"), documents);
    EXPECT_EQ(query_number(database, "SELECT COUNT(*) FROM search_passages"), 0);
    EXPECT_EQ(reports_found(database_path, "studiecirkelns"), documents);
    EXPECT_EQ(query_number(database, "SELECT COUNT(*) FROM search_pending"), 0);

    auto status = wait_for(start_import(database_path, folder));
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    EXPECT_EQ(query_number(database, "SELECT COUNT(*) FROM documents"), k_file_count);
    EXPECT_EQ(query_number(database, "SELECT COUNT(*) FROM report_versions"), k_file_count);
    EXPECT_EQ(query_number(database, "SELECT COUNT(*) FROM interventions"), k_file_count);
    EXPECT_EQ(query_number(database, "SELECT COUNT(*) FROM search_pending"), 0)
        << "the import writes the search index at its end";
    EXPECT_EQ(query_text(database, "PRAGMA integrity_check"), "ok\n");
    EXPECT_EQ(query_text(database, "PRAGMA foreign_key_check"), "");

    auto clean_path = directory.path() / "clean.db";
    auto clean = wait_for(start_import(clean_path, folder));
    ASSERT_TRUE(WIFEXITED(clean));
    ASSERT_EQ(WEXITSTATUS(clean), 0);
    const std::string expected = stored_content(clean_path);
    EXPECT_EQ(std::count(expected.begin(), expected.end(), '\n'), k_file_count);
    EXPECT_EQ(stored_content(database), expected);
}

} // namespace
} // namespace finsam
