#pragma once

#include <cstdint>
#include <soci/soci.h>

namespace finsam {

// The texts search finds (table search_passages, one row per passage): the sections and
// goals of each report's latest version and the kansli's comments when it asked for
// komplettering. The search index is built from this table (on SQLite the FTS5 table
// search_index, kept by triggers; on PostgreSQL a generated tsvector column with a GIN index),
// so writing a report's passages here, in the transaction that changes the report, is all it
// takes to keep the index current. A row's `source` says what it is: `section`, `goal` or
// `comment`. These throw what SOCI throws; the caller's transaction
// rolls back.

/// Replaces the report's passages with those of its latest version and its events, prepared
/// once (an import writes many reports).
class SearchPassageWriter {
public:
    explicit SearchPassageWriter(soci::session& session);
    SearchPassageWriter(const SearchPassageWriter&) = delete;
    SearchPassageWriter& operator=(const SearchPassageWriter&) = delete;

    void refresh(std::int64_t report_id);

private:
    std::int64_t m_report_id = 0;
    soci::statement m_delete;
    soci::statement m_insert;
};

/// refresh() for one report, unprepared: for changes that come one at a time (a redaction, a
/// komplettering request).
void refresh_search_passages(soci::session& session, std::int64_t report_id);

/// Every report of the förbund's passages, anew.
void refresh_association_search_passages(soci::session& session, std::int64_t association_id);

/// Every passage of the database, anew: after a change to what is indexed, or to repair.
void rebuild_search_passages(soci::session& session);

} // namespace finsam
