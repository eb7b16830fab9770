#pragma once

#include "storage/DatabaseBackend.h"

#include <cstdint>
#include <soci/soci.h>

namespace finsam {

// The texts search finds (table search_passages, one row per passage): the sections and
// goals of each report's latest version and the kansli's comments when it asked for
// komplettering. The search index is built from this table (on SQLite the FTS5 table
// search_index, on PostgreSQL the tsvectors of search_matches, both kept by triggers), so
// writing a report's passages here is all it takes to keep the index current. A row's
// `source` says what it is: `section`, `goal` or `comment`.
//
// Writing passages costs the index's work, which is cheapest done for many reports at once
// (on SQLite each commit that touches FTS5 writes and merges a segment). So a report saved by
// an import is only queued, in its own transaction (SearchPassageQueue, table
// search_pending), and the queue is drained later in one transaction, a statement for all
// its reports:
// drain_search_passage_queue, which SearchIndex runs at the end of an import and before
// every search, so that a search finds every committed report. A redaction and a
// komplettering comment write their report's passages at once: text removed must not stay
// searchable, and they come one at a time.
//
// Each function below that writes passages first locks the queue against the others (on
// PostgreSQL; SQLite has one writer at a time anyway): two writers of one report's passages
// would otherwise each delete the rows they saw and insert their own. They throw what SOCI
// throws; the caller's transaction rolls back.

/// Adds a report to the queue of reports whose passages are to be written anew, prepared
/// once (an import queues many reports).
class SearchPassageQueue {
public:
    explicit SearchPassageQueue(soci::session& session);
    SearchPassageQueue(const SearchPassageQueue&) = delete;
    SearchPassageQueue& operator=(const SearchPassageQueue&) = delete;

    void add(std::int64_t report_id);

private:
    std::int64_t m_report_id = 0;
    soci::statement m_insert;
};

/// True when reports are queued: a read, so that a search with nothing to drain takes no
/// write lock.
bool search_passages_queued(soci::session& session);

/// Writes the passages of every queued report anew and empties the queue of what it wrote;
/// how many reports. First in the caller's transaction (on PostgreSQL it sets the
/// transaction's isolation).
int drain_search_passage_queue(soci::session& session, DatabaseBackend backend);

/// The report's passages anew, at once: for changes that come one at a time (a redaction, a
/// komplettering request).
void refresh_search_passages(soci::session& session, DatabaseBackend backend,
                             std::int64_t report_id);

/// Every report of the förbund's passages, anew.
void refresh_association_search_passages(soci::session& session, DatabaseBackend backend,
                                         std::int64_t association_id);

/// Every passage of the database anew, and the queue emptied: after a change to what is
/// indexed, or to repair.
void rebuild_search_passages(soci::session& session, DatabaseBackend backend);

} // namespace finsam
