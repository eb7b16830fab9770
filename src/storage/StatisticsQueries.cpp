#include "storage/StatisticsQueries.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"
#include "storage/StoredNames.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <tuple>

namespace finsam {

namespace {

/// Which förbund's reports a read is for: one, or every one (nullopt).
using AssociationFilter = std::optional<std::int64_t>;

/// The latest version v of every report r ending within the period, of the förbund when there
/// is one; binds :association_id (when filtered), :from and :to. Övriga rapporter are left
/// out: read without a template, what their figures count (since the start, in a year, of
/// which insats) is not known well enough to add them up.
std::string reports_ending_within_sql(const AssociationFilter& association) {
    return std::string("FROM reports r JOIN interventions i ON i.id = r.intervention_id "
                       "JOIN report_versions v ON v.report_id = r.id AND v.version = "
                       "(SELECT MAX(x.version) FROM report_versions x WHERE x.report_id = r.id) "
                       "WHERE ") +
           (association ? "i.association_id = :association_id AND " : "") +
           "r.kind <> 'ovrig' AND r.period_start IS NOT NULL AND r.period_end >= :from AND "
           "r.period_end <= :to ";
}

/// Binds the parameters of reports_ending_within_sql().
void use_period(soci::statement& statement, const AssociationFilter& association,
                const std::string& from, const std::string& to) {
    if (association)
        statement.exchange(soci::use(*association));
    statement.exchange(soci::use(from));
    statement.exchange(soci::use(to));
}

/// A report with the förbund it belongs to, and where each of its figures stands in it.
struct ReportOfAssociation {
    std::int64_t association_id = 0;
    StatisticsReport report;
    std::vector<int> positions; // of report.figures, as read
};

// Whether a version's figures count as they are: typed into the web form, or read from a
// file's text and confirmed by the kansli.
constexpr const char* k_figures_confirmed =
    ", CASE WHEN EXISTS (SELECT 1 FROM figure_confirmations c WHERE c.version_id = v.id) "
    "OR EXISTS (SELECT 1 FROM documents d WHERE d.id = v.document_id AND d.format = 'form') "
    "THEN 1 ELSE 0 END ";

/// The reports, keyed by their latest version's id.
using ByVersion = std::map<std::int64_t, ReportOfAssociation>;

StatisticsReport parsed_report(const StatisticsReport& row, const std::string& kind,
                               const std::string& status, const std::string& start,
                               const std::string& end) {
    StatisticsReport report = row;
    report.kind = stored_report_kind(kind);
    const auto parsed_status = report_status_from_string(status);
    const auto period_start = parse_iso_date(start);
    const auto period_end = parse_iso_date(end);
    if (!parsed_status || !period_start || !period_end)
        throw std::runtime_error("a stored report has an unreadable status or period");
    report.status = *parsed_status;
    report.period_start = *period_start;
    report.period_end = *period_end;
    return report;
}

ByVersion read_reports(soci::session& session, const AssociationFilter& association,
                       const std::string& from, const std::string& to) {
    StatisticsReport row;
    std::int64_t association_id = 0;
    std::int64_t version_id = 0;
    std::string kind;
    std::string status;
    std::string start;
    std::string end;
    int confirmed = 0;
    soci::statement statement(session);
    use_period(statement, association, from, to);
    statement.exchange(soci::into(version_id));
    statement.exchange(soci::into(association_id));
    statement.exchange(soci::into(row.intervention_id));
    statement.exchange(soci::into(row.report_id));
    statement.exchange(soci::into(kind));
    statement.exchange(soci::into(status));
    statement.exchange(soci::into(start));
    statement.exchange(soci::into(end));
    statement.exchange(soci::into(confirmed));
    statement.alloc();
    statement.prepare("SELECT v.id, i.association_id, r.intervention_id, r.id, r.kind, r.status, "
                      "r.period_start, r.period_end " +
                      std::string(k_figures_confirmed) + reports_ending_within_sql(association));
    statement.define_and_bind();
    statement.execute();
    ByVersion reports;
    while (statement.fetch()) {
        ReportOfAssociation read{association_id, parsed_report(row, kind, status, start, end), {}};
        read.report.figures_confirmed = confirmed != 0;
        read.report.version_id = version_id;
        reports.emplace(version_id, std::move(read));
    }
    return reports;
}

Unit stored_unit(const std::string& unit) {
    const auto parsed = unit_from_string(unit);
    if (!parsed)
        throw std::runtime_error("a stored figure has an unknown unit");
    return *parsed;
}

/// Deals the figures out to their reports. The server is not asked to order them: sorting
/// the national table's 124,000 figures took PostgreSQL longer than finding them (it spilled
/// to disk). put_in_order() orders each report's few instead.
void read_figures(soci::session& session, const AssociationFilter& association,
                  const std::string& from, const std::string& to, ByVersion& reports) {
    std::int64_t version_id = 0;
    int position = 0;
    std::string measure;
    double value = 0;
    std::string unit;
    std::string category;
    soci::statement statement(session);
    use_period(statement, association, from, to);
    statement.exchange(soci::into(version_id));
    statement.exchange(soci::into(position));
    statement.exchange(soci::into(measure));
    statement.exchange(soci::into(value));
    statement.exchange(soci::into(unit));
    statement.exchange(soci::into(category));
    statement.alloc();
    statement.prepare("SELECT f.version_id, f.position, f.measure, f.value, f.unit, f.category "
                      "FROM report_figures f WHERE f.version_id IN (SELECT v.id " +
                      reports_ending_within_sql(association) + ")");
    statement.define_and_bind();
    statement.execute();
    while (statement.fetch()) {
        const auto found = reports.find(version_id);
        if (found == reports.end())
            continue;
        found->second.report.figures.push_back(
            Figure{stored_measure(measure), value, stored_unit(unit), {}, {}, category});
        found->second.positions.push_back(position);
    }
}

/// The report's figures in the order it states them.
void put_in_order(ReportOfAssociation& read) {
    if (std::is_sorted(read.positions.begin(), read.positions.end()))
        return;
    std::vector<std::size_t> order(read.positions.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return read.positions[a] < read.positions[b]; });
    std::vector<Figure> ordered;
    ordered.reserve(order.size());
    for (const std::size_t index : order)
        ordered.push_back(std::move(read.report.figures[index]));
    read.report.figures = std::move(ordered);
}

/// Ordered by insats, then period end, then authority: of reports ending the same day, the
/// statistics take the last one's counts.
void sort_reports(std::vector<StatisticsReport>& reports) {
    std::sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) {
        return std::tuple(a.intervention_id, a.period_end, authority(a.kind), a.report_id) <
               std::tuple(b.intervention_id, b.period_end, authority(b.kind), b.report_id);
    });
}

/// The reports of each förbund, each ordered by sort_reports().
std::map<std::int64_t, std::vector<StatisticsReport>>
reports_by_association(soci::session& session, const AssociationFilter& association,
                       const Period& ends_within) {
    const std::string from = format_iso(ends_within.start);
    const std::string to = format_iso(ends_within.end);
    auto by_version = read_reports(session, association, from, to);
    read_figures(session, association, from, to, by_version);
    std::map<std::int64_t, std::vector<StatisticsReport>> by_association;
    for (auto& [version_id, of_association] : by_version) {
        put_in_order(of_association);
        by_association[of_association.association_id].push_back(std::move(of_association.report));
    }
    for (auto& [association_id, reports] : by_association)
        sort_reports(reports);
    return by_association;
}

} // namespace

tl::expected<std::vector<StatisticsReport>, StorageError>
StatisticsQueries::reports_ending_within(std::int64_t association_id, const Period& ends_within) {
    return guarded("reading reports for statistics", [&] {
        auto by_association =
            reports_by_association(m_database.session(), association_id, ends_within);
        return by_association.empty() ? std::vector<StatisticsReport>()
                                      : std::move(by_association.begin()->second);
    });
}

tl::expected<std::map<std::int64_t, std::vector<StatisticsReport>>, StorageError>
StatisticsQueries::reports_of_every_association_ending_within(const Period& ends_within) {
    return guarded("reading every förbund's reports for statistics", [&] {
        return reports_by_association(m_database.session(), std::nullopt, ends_within);
    });
}

} // namespace finsam
