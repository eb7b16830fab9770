// SQLite changes a CHECK only by rebuilding the table; the rebuild keeps what the table was.
#include "storage/SqliteTableRebuild.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace finsam {
namespace {

class SqliteTableRebuildTest : public ::testing::Test {
protected:
    SqliteTableRebuildTest()
        : m_session(soci::sqlite3, (m_directory.path() / "rebuild.db").string()) {
        m_session << "PRAGMA foreign_keys = ON";
        m_session << "CREATE TABLE parent (id INTEGER PRIMARY KEY, kind TEXT NOT NULL "
                     "CHECK (kind IN ('a', 'b')), code TEXT, UNIQUE (code))";
        m_session << "ALTER TABLE parent ADD COLUMN added TEXT NOT NULL DEFAULT 'x'";
        m_session << "CREATE INDEX parent_kind ON parent (kind)";
        m_session << "CREATE TABLE log (parent_id BIGINT)";
        m_session << "CREATE TRIGGER parent_logged AFTER INSERT ON parent "
                     "BEGIN INSERT INTO log VALUES (new.id); END";
        m_session << "CREATE TABLE child (id INTEGER PRIMARY KEY, "
                     "parent_id BIGINT NOT NULL REFERENCES parent (id))";
        m_session << "INSERT INTO parent (id, kind, code, added) VALUES (3, 'a', 'c3', 'y')";
        m_session << "INSERT INTO parent (id, kind, code) VALUES (8, 'b', 'c8')";
        m_session << "INSERT INTO child (parent_id) VALUES (3), (8), (8)";
        m_session << "DELETE FROM log";
    }

    void rebuild() {
        soci::transaction transaction(m_session);
        rebuild_sqlite_table(m_session, "parent", "CHECK (kind IN ('a', 'b'))",
                             "CHECK (kind IN ('a', 'b', 'c'))");
        transaction.commit();
    }

    bool refused(const std::string& sql) {
        try {
            m_session << sql;
            return false;
        } catch (const soci::soci_error&) {
            return true;
        }
    }

    int count(const std::string& sql) {
        int result = 0;
        m_session << sql, soci::into(result);
        return result;
    }

    testing::TemporaryDirectory m_directory;
    soci::session m_session;
};

TEST_F(SqliteTableRebuildTest, ChangesTheCheckAndKeepsRowsIdsIndexesTriggersAndKeys) {
    rebuild();

    EXPECT_FALSE(refused("INSERT INTO parent (id, kind, code) VALUES (9, 'c', 'c9')"));
    EXPECT_TRUE(refused("INSERT INTO parent (kind, code) VALUES ('d', 'c10')"));
    EXPECT_TRUE(refused("INSERT INTO parent (kind, code) VALUES ('a', 'c3')")) << "UNIQUE";
    EXPECT_EQ(count("SELECT COUNT(*) FROM parent WHERE id = 3 AND code = 'c3' AND added = 'y'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM child c JOIN parent p ON p.id = c.parent_id"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'parent_kind'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM log WHERE parent_id = 9"), 1) << "the trigger fired";
    EXPECT_TRUE(refused("INSERT INTO child (parent_id) VALUES (99)")) << "keys still checked";
    EXPECT_EQ(count("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'parent_before_rebuild'"), 0);
}

TEST_F(SqliteTableRebuildTest, ATableNotAsExpectedIsLeftAlone) {
    soci::transaction transaction(m_session);
    EXPECT_THROW(rebuild_sqlite_table(m_session, "parent", "CHECK (kind IN ('x'))",
                                      "CHECK (kind IN ('x', 'y'))"),
                 std::runtime_error);
    transaction.rollback();
    EXPECT_TRUE(refused("INSERT INTO parent (kind, code) VALUES ('c', 'c11')"));
}

TEST_F(SqliteTableRebuildTest, ARowLostOnTheWayFailsTheCommit) {
    soci::transaction transaction(m_session);
    rebuild_sqlite_table(m_session, "parent", "CHECK (kind IN ('a', 'b'))",
                         "CHECK (kind IN ('a', 'b', 'c'))");
    m_session << "DELETE FROM parent WHERE id = 8";
    EXPECT_THROW(transaction.commit(), soci::soci_error);
}

} // namespace
} // namespace finsam
