#include "storage/SqliteTableRebuild.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace finsam {

namespace {

/// The SQL of `table`'s own indexes and triggers (not those its constraints make).
std::vector<std::string> dependent_objects(soci::session& session, const std::string& table) {
    std::vector<std::string> statements;
    const soci::rowset<std::string> rows =
        (session.prepare << "SELECT sql FROM sqlite_schema WHERE tbl_name = :table AND type IN "
                            "('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid",
         soci::use(table));
    for (const auto& sql : rows)
        statements.push_back(sql);
    return statements;
}

std::string column_list(soci::session& session, const std::string& table) {
    std::string columns;
    const soci::rowset<std::string> names =
        (session.prepare << "SELECT name FROM pragma_table_info(:table) ORDER BY cid",
         soci::use(table));
    for (const auto& name : names)
        columns += (columns.empty() ? "\"" : ", \"") + name + "\"";
    return columns;
}

} // namespace

void rebuild_sqlite_table(soci::session& session, std::string_view table_name,
                          std::string_view old_definition, std::string_view new_definition) {
    const std::string table(table_name);
    std::string create;
    session << "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = :table",
        soci::use(table), soci::into(create);
    const auto at = create.find(old_definition);
    if (at == std::string::npos)
        throw std::runtime_error("the table " + table + " is not as the migration expects it");
    create.replace(at, old_definition.size(), new_definition);
    const auto dependents = dependent_objects(session, table);
    const auto columns = column_list(session, table);
    const std::string copy = table + "_before_rebuild";

    session << "PRAGMA defer_foreign_keys = ON";
    session << "CREATE TABLE \"" + copy + "\" AS SELECT * FROM \"" + table + "\"";
    session << "DROP TABLE \"" + table + "\"";
    session << create;
    session << "INSERT INTO \"" + table + "\" (" + columns + ") SELECT " + columns + " FROM \"" +
                   copy + "\"";
    session << "DROP TABLE \"" + copy + "\"";
    for (const auto& statement : dependents)
        session << statement;
}

} // namespace finsam
