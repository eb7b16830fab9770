#include "storage/OverviewQueries.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"
#include "storage/StoredNames.h"

#include <algorithm>

namespace finsam {

namespace {

// The latest version of report r, joined as v.
constexpr const char* k_latest_version =
    "LEFT JOIN report_versions v ON v.report_id = r.id AND v.version = "
    "(SELECT MAX(x.version) FROM report_versions x WHERE x.report_id = r.id) ";

bool included(const std::optional<std::vector<std::int64_t>>& only, std::int64_t id) {
    return !only || std::find(only->begin(), only->end(), id) != only->end();
}

/// The day a report was submitted, in UTC as the database has it.
std::optional<Date> date_part(const std::optional<Timestamp>& timestamp) {
    return timestamp ? std::optional(timestamp->utc_date()) : std::nullopt;
}

/// Runs an overview query whose report join condition is `report_condition` (with the
/// bound values `extra`), keeping one row per insats: its latest matching report.
std::vector<OverviewRow> read_rows(soci::session& session, std::int64_t association_id,
                                   const std::string& report_condition,
                                   const std::vector<std::string>& extra,
                                   const std::optional<std::vector<std::int64_t>>& only) {
    OverviewRow row;
    std::optional<std::string> status;
    std::optional<Date> registered_arrival;
    std::optional<Date> stated_arrival;
    std::optional<Timestamp> submitted_at;
    std::optional<int> warnings;
    soci::statement statement(session);
    for (const auto& value : extra)
        statement.exchange(soci::use(value));
    statement.exchange(soci::use(association_id));
    statement.exchange(soci::into(row.intervention_id));
    statement.exchange(soci::into(row.intervention_name));
    statement.exchange(soci::into(row.owner));
    statement.exchange(soci::into(row.period_start));
    statement.exchange(soci::into(row.period_end));
    statement.exchange(soci::into(row.ended_on));
    statement.exchange(soci::into(row.report_id));
    statement.exchange(soci::into(status));
    statement.exchange(soci::into(registered_arrival));
    statement.exchange(soci::into(stated_arrival));
    statement.exchange(soci::into(submitted_at));
    statement.exchange(soci::into(warnings));
    statement.alloc();
    statement.prepare(
        "SELECT i.id, i.name, i.owner, i.period_start, i.period_end, i.ended_on, r.id, "
        "r.status, r.arrival_date, v.arrival_date, r.submitted_at, "
        "(SELECT COUNT(*) FROM report_warnings w WHERE w.version_id = v.id) "
        "FROM interventions i LEFT JOIN reports r ON r.intervention_id = i.id AND " +
        report_condition + " " + k_latest_version +
        "WHERE i.association_id = :association_id ORDER BY i.normalised_name, i.id, r.id");
    statement.define_and_bind();
    statement.execute();
    std::vector<OverviewRow> rows;
    while (statement.fetch()) {
        if (!included(only, row.intervention_id))
            continue;
        OverviewRow read = row;
        read.status = status ? report_status_from_string(*status) : std::nullopt;
        read.arrival = registered_arrival
                           ? registered_arrival
                           : (stated_arrival ? stated_arrival : date_part(submitted_at));
        read.warning_count = warnings.value_or(0);
        if (!rows.empty() && rows.back().intervention_id == read.intervention_id)
            rows.back() = std::move(read);
        else
            rows.push_back(std::move(read));
    }
    return rows;
}

} // namespace

tl::expected<std::vector<OverviewRow>, StorageError>
OverviewQueries::quarter(std::int64_t association_id, const Period& quarter,
                         const std::optional<std::vector<std::int64_t>>& only) {
    return guarded("reading the quarter's overview", [&] {
        return read_rows(m_database.session(), association_id,
                         "r.kind = 'kvartalsrapport' AND r.period_end >= :quarter_start AND "
                         "r.period_end <= :quarter_end",
                         {format_iso(quarter.start), format_iso(quarter.end)}, only);
    });
}

tl::expected<std::vector<OverviewRow>, StorageError>
OverviewQueries::final_reports(std::int64_t association_id,
                               const std::optional<std::vector<std::int64_t>>& only) {
    return guarded("reading the final reports' overview", [&] {
        return read_rows(m_database.session(), association_id, "r.kind = 'slutrapport'", {}, only);
    });
}

tl::expected<std::vector<PendingWarnings>, StorageError>
OverviewQueries::pending_warnings(std::int64_t association_id,
                                  const std::optional<std::vector<std::int64_t>>& only) {
    return guarded("reading the warnings to review", [&] {
        auto& session = m_database.session();
        PendingWarnings row;
        std::string kind;
        // Driven by the warnings, which are few, rather than by every report of the förbund:
        // CROSS JOIN makes SQLite keep this order (it has no statistics to choose it by);
        // PostgreSQL reads it as the inner join it is. 0.06 ms instead of 0.64 ms for 1,000
        // reports.
        soci::statement statement =
            (session.prepare
                 << "SELECT r.id, i.id, i.name, r.kind, r.period_start, r.period_end, COUNT(*) "
                    "FROM report_warnings w CROSS JOIN report_versions v "
                    "CROSS JOIN reports r CROSS JOIN interventions i "
                    "WHERE v.id = w.version_id AND r.id = v.report_id AND "
                    "i.id = r.intervention_id AND i.association_id = :association_id AND "
                    "r.status IN "
                    "('submitted', 'registered') AND v.version = (SELECT MAX(x.version) FROM "
                    "report_versions x WHERE x.report_id = r.id) "
                    "GROUP BY r.id, i.id, i.name, i.normalised_name, r.kind, r.period_start, "
                    "r.period_end ORDER BY r.period_end DESC, i.normalised_name, r.id",
             soci::use(association_id), soci::into(row.report_id), soci::into(row.intervention_id),
             soci::into(row.intervention_name), soci::into(kind), soci::into(row.period_start),
             soci::into(row.period_end), soci::into(row.warning_count));
        statement.execute();
        std::vector<PendingWarnings> rows;
        while (statement.fetch()) {
            row.kind = stored_report_kind(kind);
            if (included(only, row.intervention_id))
                rows.push_back(row);
        }
        return rows;
    });
}

tl::expected<std::vector<InterventionReportRow>, StorageError>
OverviewQueries::intervention_reports(std::int64_t intervention_id) {
    return guarded("listing an intervention's reports", [&] {
        auto& session = m_database.session();
        InterventionReportRow row;
        std::string kind;
        std::string status;
        std::optional<Date> registered_arrival;
        std::optional<Date> stated_arrival;
        std::optional<std::string> registered_number;
        std::optional<std::string> stated_number;
        std::optional<Timestamp> submitted_at;
        std::optional<int> warnings;
        soci::statement statement =
            (session.prepare
                 << "SELECT r.id, r.kind, r.period_start, r.period_end, r.status, "
                    "r.arrival_date, v.arrival_date, r.registry_number, v.registry_number, "
                    "r.submitted_at, (SELECT COUNT(*) FROM report_versions c WHERE "
                    "c.report_id = r.id), (SELECT COUNT(*) FROM report_warnings w WHERE "
                    "w.version_id = v.id) FROM reports r " +
                        std::string(k_latest_version) +
                        "WHERE r.intervention_id = :id ORDER BY r.period_key, r.kind, r.id",
             soci::use(intervention_id), soci::into(row.report_id), soci::into(kind),
             soci::into(row.period_start), soci::into(row.period_end), soci::into(status),
             soci::into(registered_arrival), soci::into(stated_arrival),
             soci::into(registered_number), soci::into(stated_number), soci::into(submitted_at),
             soci::into(row.version_count), soci::into(warnings));
        statement.execute();
        std::vector<InterventionReportRow> rows;
        while (statement.fetch()) {
            InterventionReportRow read = row;
            read.kind = stored_report_kind(kind);
            read.status = report_status_from_string(status);
            read.arrival = registered_arrival
                               ? registered_arrival
                               : (stated_arrival ? stated_arrival : date_part(submitted_at));
            read.registry_number = registered_number ? registered_number : stated_number;
            read.warning_count = warnings.value_or(0);
            rows.push_back(std::move(read));
        }
        return rows;
    });
}

tl::expected<std::vector<FigurePoint>, StorageError>
OverviewQueries::intervention_figures(std::int64_t intervention_id) {
    return guarded("reading an intervention's key figures", [&] {
        auto& session = m_database.session();
        FigurePoint point;
        std::string measure;
        soci::statement statement =
            (session.prepare
                 << "SELECT r.id, r.period_start, r.period_end, f.measure, f.value "
                    "FROM reports r JOIN report_versions v ON v.report_id = r.id AND v.version "
                    "= (SELECT MAX(x.version) FROM report_versions x WHERE x.report_id = r.id) "
                    "JOIN report_figures f ON f.version_id = v.id WHERE r.intervention_id = :id "
                    "AND r.kind = 'kvartalsrapport' AND f.unit = 'count' AND f.category = '' "
                    "ORDER BY r.period_key, r.id, f.position",
             soci::use(intervention_id), soci::into(point.report_id),
             soci::into(point.period_start), soci::into(point.period_end), soci::into(measure),
             soci::into(point.value));
        statement.execute();
        std::vector<FigurePoint> points;
        while (statement.fetch()) {
            point.measure = stored_measure(measure);
            const bool repeated = std::any_of(points.rbegin(), points.rend(), [&](const auto& p) {
                return p.report_id == point.report_id && p.measure == point.measure;
            });
            if (!repeated)
                points.push_back(point);
        }
        return points;
    });
}

} // namespace finsam
