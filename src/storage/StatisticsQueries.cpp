#include "storage/StatisticsQueries.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"
#include "storage/StoredNames.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

namespace finsam {

namespace {

// The latest version v of every report r of the förbund ending within the period; binds
// :association_id, :from and :to.
constexpr const char* k_reports_ending_within =
    "FROM reports r JOIN interventions i ON i.id = r.intervention_id "
    "JOIN report_versions v ON v.report_id = r.id AND v.version = "
    "(SELECT MAX(x.version) FROM report_versions x WHERE x.report_id = r.id) "
    "WHERE i.association_id = :association_id AND r.period_start IS NOT NULL "
    "AND r.period_end >= :from AND r.period_end <= :to ";

// Whether a version's figures count as they are: typed into the web form, or read from a
// file's text and confirmed by the kansli.
constexpr const char* k_figures_confirmed =
    ", CASE WHEN EXISTS (SELECT 1 FROM figure_confirmations c WHERE c.version_id = v.id) "
    "OR EXISTS (SELECT 1 FROM documents d WHERE d.id = v.document_id AND d.format = 'form') "
    "THEN 1 ELSE 0 END ";

/// The reports, keyed by their latest version's id.
std::map<std::int64_t, StatisticsReport> read_reports(soci::session& session,
                                                      std::int64_t association_id,
                                                      const std::string& from,
                                                      const std::string& to) {
    StatisticsReport row;
    std::int64_t version_id = 0;
    std::string kind;
    std::string status;
    std::string start;
    std::string end;
    int confirmed = 0;
    soci::statement statement =
        (session.prepare << std::string("SELECT v.id, r.intervention_id, r.id, r.kind, r.status, "
                                        "r.period_start, r.period_end ") +
                                k_figures_confirmed + k_reports_ending_within,
         soci::use(association_id), soci::use(from), soci::use(to), soci::into(version_id),
         soci::into(row.intervention_id), soci::into(row.report_id), soci::into(kind),
         soci::into(status), soci::into(start), soci::into(end), soci::into(confirmed));
    statement.execute();
    std::map<std::int64_t, StatisticsReport> reports;
    while (statement.fetch()) {
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
        report.figures_confirmed = confirmed != 0;
        reports.emplace(version_id, std::move(report));
    }
    return reports;
}

void read_figures(soci::session& session, std::int64_t association_id, const std::string& from,
                  const std::string& to, std::map<std::int64_t, StatisticsReport>& reports) {
    std::int64_t version_id = 0;
    std::string measure;
    double value = 0;
    std::string unit;
    std::string category;
    soci::statement statement =
        (session.prepare << std::string(
                                "SELECT f.version_id, f.measure, f.value, f.unit, f.category "
                                "FROM report_figures f WHERE f.version_id IN (SELECT v.id ") +
                                k_reports_ending_within + ") ORDER BY f.version_id, f.position",
         soci::use(association_id), soci::use(from), soci::use(to), soci::into(version_id),
         soci::into(measure), soci::into(value), soci::into(unit), soci::into(category));
    statement.execute();
    while (statement.fetch()) {
        const auto found = reports.find(version_id);
        if (found == reports.end())
            continue;
        const auto parsed_unit = unit_from_string(unit);
        if (!parsed_unit)
            throw std::runtime_error("a stored figure has an unknown unit");
        found->second.figures.push_back(
            Figure{stored_measure(measure), value, *parsed_unit, {}, {}, category});
    }
}

} // namespace

tl::expected<std::vector<StatisticsReport>, StorageError>
StatisticsQueries::reports_ending_within(std::int64_t association_id, const Period& ends_within) {
    return guarded("reading reports for statistics", [&] {
        auto& session = m_database.session();
        const std::string from = format_iso(ends_within.start);
        const std::string to = format_iso(ends_within.end);
        auto by_version = read_reports(session, association_id, from, to);
        read_figures(session, association_id, from, to, by_version);
        std::vector<StatisticsReport> reports;
        reports.reserve(by_version.size());
        for (auto& [version_id, report] : by_version)
            reports.push_back(std::move(report));
        std::sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) {
            return std::tie(a.intervention_id, a.period_end, a.kind, a.report_id) <
                   std::tie(b.intervention_id, b.period_end, b.kind, b.report_id);
        });
        return reports;
    });
}

} // namespace finsam
