#include "storage/SearchPassages.h"

#include <string>

namespace finsam {

namespace {

/// The passages of the reports `scope` selects (a condition on r, the report, and i, its
/// insats), once for each kind of passage; each copy names its placeholder apart, so that
/// SOCI binds every occurrence.
std::string passages_of(const std::string& scope_1, const std::string& scope_2,
                        const std::string& scope_3) {
    const std::string latest =
        "v.version = (SELECT MAX(l.version) FROM report_versions l WHERE l.report_id = r.id)";
    return "INSERT INTO search_passages (association_id, report_id, source, position, "
           "section_id, title, text) "
           "SELECT i.association_id, r.id, 'section', s.position, s.section_id, s.title, s.text "
           "FROM reports r JOIN interventions i ON i.id = r.intervention_id "
           "JOIN report_versions v ON v.report_id = r.id "
           "JOIN report_sections s ON s.version_id = v.id WHERE " +
           scope_1 + " AND " + latest +
           " AND s.text <> '' "
           "UNION ALL "
           "SELECT i.association_id, r.id, 'goal', g.position, '', '', g.text "
           "FROM reports r JOIN interventions i ON i.id = r.intervention_id "
           "JOIN report_versions v ON v.report_id = r.id "
           "JOIN report_goals g ON g.version_id = v.id WHERE " +
           scope_2 + " AND " + latest +
           " AND g.text <> '' "
           "UNION ALL "
           "SELECT i.association_id, r.id, 'comment', 0, '', '', e.comment "
           "FROM reports r JOIN interventions i ON i.id = r.intervention_id "
           "JOIN report_events e ON e.report_id = r.id WHERE " +
           scope_3 + " AND e.action = 'return' AND e.comment <> ''";
}

/// Binds a member the prepared statement reads on every run. (SOCI keeps a reference to the
/// binding's name, so the name must outlive the statement: ReportWriter does the same.)
auto in(const std::int64_t& value) {
    static const std::string k_unnamed;
    return soci::use(value, k_unnamed);
}

const std::string& report_passages() {
    static const std::string sql =
        passages_of("r.id = :report_1", "r.id = :report_2", "r.id = :report_3");
    return sql;
}

/// Keeps other writers of passages out until the transaction ends. On PostgreSQL a lock on
/// the queue that conflicts with itself but not with the inserts of reports being saved; on
/// SQLite the write transaction is the lock.
void lock_search_passages(soci::session& session, DatabaseBackend backend) {
    if (backend == DatabaseBackend::Postgresql)
        session << "LOCK TABLE search_pending IN SHARE UPDATE EXCLUSIVE MODE";
}

} // namespace

SearchPassageQueue::SearchPassageQueue(soci::session& session)
    : m_insert((session.prepare << "INSERT INTO search_pending (report_id) VALUES (:report_id)",
                in(m_report_id))) {}

void SearchPassageQueue::add(std::int64_t report_id) {
    m_report_id = report_id;
    m_insert.execute(true);
}

bool search_passages_queued(soci::session& session) {
    int queued = 0;
    session << "SELECT COUNT(*) FROM (SELECT 1 FROM search_pending LIMIT 1) AS queued",
        soci::into(queued);
    return queued > 0;
}

int drain_search_passage_queue(soci::session& session, DatabaseBackend backend) {
    // The statements below must agree on what the queue holds: on PostgreSQL a save that
    // commits meanwhile would otherwise be seen by some of them and not others. One snapshot,
    // taken after the lock, so that no other writer of passages is running.
    if (backend == DatabaseBackend::Postgresql)
        session << "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ";
    lock_search_passages(session, backend);
    int reports = 0;
    session << "SELECT COUNT(DISTINCT report_id) FROM search_pending", soci::into(reports);
    if (reports == 0)
        return 0;
    // All the reports in one statement each: SQLite's FTS5 writes a segment of its index at
    // the end of every statement that changes it, which made a statement per report cost
    // as much as a transaction per report.
    session << "DELETE FROM search_passages WHERE report_id IN "
               "(SELECT report_id FROM search_pending)";
    session << passages_of("r.id IN (SELECT q.report_id FROM search_pending q)",
                           "r.id IN (SELECT q.report_id FROM search_pending q)",
                           "r.id IN (SELECT q.report_id FROM search_pending q)");
    session << "DELETE FROM search_pending";
    return reports;
}

void refresh_search_passages(soci::session& session, DatabaseBackend backend,
                             std::int64_t report_id) {
    lock_search_passages(session, backend);
    session << "DELETE FROM search_passages WHERE report_id = :report_id", soci::use(report_id);
    session << report_passages(), soci::use(report_id), soci::use(report_id), soci::use(report_id);
}

void refresh_association_search_passages(soci::session& session, DatabaseBackend backend,
                                         std::int64_t association_id) {
    lock_search_passages(session, backend);
    session << "DELETE FROM search_passages WHERE association_id = :association_id",
        soci::use(association_id);
    session << passages_of("i.association_id = :association_1", "i.association_id = :association_2",
                           "i.association_id = :association_3"),
        soci::use(association_id), soci::use(association_id), soci::use(association_id);
}

void rebuild_search_passages(soci::session& session, DatabaseBackend backend) {
    lock_search_passages(session, backend);
    session << "DELETE FROM search_pending";
    session << "DELETE FROM search_passages";
    session << passages_of("1 = 1", "1 = 1", "1 = 1");
}

} // namespace finsam
