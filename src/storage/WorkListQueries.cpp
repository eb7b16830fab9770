#include "storage/WorkListQueries.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"
#include "storage/StoredNames.h"

#include <algorithm>

namespace finsam {

namespace {

// A report r of the förbund with its insats i and the latest step of its workflow e, the
// one that gave it its status (saving a draft is not a step).
constexpr const char* k_reports_with_latest_step =
    "SELECT r.id, i.id, i.name, r.kind, r.period_start, r.period_end, r.status, e.at, "
    "e.comment, d.updated_at FROM reports r JOIN interventions i ON i.id = r.intervention_id "
    "LEFT JOIN report_events e ON e.id = (SELECT MAX(x.id) FROM report_events x WHERE "
    "x.report_id = r.id) LEFT JOIN report_drafts d ON d.report_id = r.id "
    "WHERE i.association_id = :association_id AND r.status = :status ";

bool included(const std::optional<std::vector<std::int64_t>>& only, std::int64_t id) {
    return !only || std::find(only->begin(), only->end(), id) != only->end();
}

/// Runs k_reports_with_latest_step with `rest` (more conditions, the order) appended.
std::vector<WorkItem> read_items(soci::session& session, std::int64_t association_id,
                                 ReportStatus status, const std::string& rest,
                                 const std::optional<Timestamp>& since,
                                 const std::optional<std::vector<std::int64_t>>& only) {
    WorkItem item;
    std::string kind;
    std::string stored_status;
    std::optional<Timestamp> step_at;
    std::optional<std::string> comment;
    std::optional<Timestamp> draft_saved_at;
    const std::string status_name(to_string(status));
    soci::statement statement(session);
    statement.exchange(soci::use(association_id));
    statement.exchange(soci::use(status_name));
    if (since)
        statement.exchange(soci::use(*since));
    statement.exchange(soci::into(item.report_id));
    statement.exchange(soci::into(item.intervention_id));
    statement.exchange(soci::into(item.intervention_name));
    statement.exchange(soci::into(kind));
    statement.exchange(soci::into(item.period_start));
    statement.exchange(soci::into(item.period_end));
    statement.exchange(soci::into(stored_status));
    statement.exchange(soci::into(step_at));
    statement.exchange(soci::into(comment));
    statement.exchange(soci::into(draft_saved_at));
    statement.alloc();
    statement.prepare(std::string(k_reports_with_latest_step) + rest);
    statement.define_and_bind();
    statement.execute();
    std::vector<WorkItem> items;
    while (statement.fetch()) {
        if (!included(only, item.intervention_id))
            continue;
        WorkItem read = item;
        read.kind = stored_report_kind(kind);
        read.status = report_status_from_string(stored_status).value_or(status);
        read.since = status == ReportStatus::Draft ? draft_saved_at : step_at;
        read.comment = comment.value_or("");
        items.push_back(std::move(read));
    }
    return items;
}

} // namespace

tl::expected<std::vector<WorkItem>, StorageError>
WorkListQueries::in_status(std::int64_t association_id, ReportStatus status,
                           const std::optional<std::vector<std::int64_t>>& only) {
    return guarded("listing reports to work on", [&] {
        const std::string saved_drafts_only =
            status == ReportStatus::Draft ? "AND d.report_id IS NOT NULL " : "";
        return read_items(m_database.session(), association_id, status,
                          saved_drafts_only +
                              "ORDER BY r.period_end, i.normalised_name, r.kind, r.id",
                          std::nullopt, only);
    });
}

tl::expected<std::vector<WorkItem>, StorageError>
WorkListQueries::reviewed_since(std::int64_t association_id, Timestamp since,
                                const std::optional<std::vector<std::int64_t>>& only) {
    return guarded("listing reports reviewed lately", [&] {
        return read_items(m_database.session(), association_id, ReportStatus::Reviewed,
                          "AND e.at >= :since ORDER BY e.at DESC, r.id DESC", since, only);
    });
}

} // namespace finsam
