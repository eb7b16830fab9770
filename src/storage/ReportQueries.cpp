#include "storage/ReportQueries.h"

#include "storage/SociConversions.h"
#include "storage/StoredNames.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>

namespace finsam {

std::vector<InterventionSummary> read_interventions(soci::session& session,
                                                    std::int64_t association_id) {
    InterventionSummary row{};
    std::optional<std::string> kind;
    soci::statement statement =
        (session.prepare << "SELECT i.id, i.name, i.owner, i.kind, "
                            "(SELECT COUNT(*) FROM reports r WHERE r.intervention_id = i.id) "
                            "FROM interventions i WHERE i.association_id = :association_id "
                            "ORDER BY i.normalised_name, i.id",
         soci::use(association_id), soci::into(row.id), soci::into(row.name), soci::into(row.owner),
         soci::into(kind), soci::into(row.report_count));
    statement.execute();
    std::vector<InterventionSummary> result;
    while (statement.fetch()) {
        row.kind = kind.value_or("");
        result.push_back(row);
    }
    return result;
}

std::vector<ReportSummary> read_report_summaries(soci::session& session,
                                                 std::int64_t association_id,
                                                 std::optional<std::int64_t> intervention_id) {
    // The filter is added to the text rather than written as `(:id IS NULL OR ...)`, whose
    // parameter type PostgreSQL cannot infer.
    std::string query =
        "SELECT r.id, r.intervention_id, i.name, r.kind, r.period_start, r.period_end, "
        "v.version, (SELECT COUNT(*) FROM report_warnings w WHERE w.version_id = v.id) "
        "FROM reports r "
        "JOIN interventions i ON i.id = r.intervention_id "
        "JOIN report_versions v ON v.report_id = r.id "
        "AND v.version = (SELECT MAX(latest.version) FROM report_versions latest "
        "WHERE latest.report_id = r.id) "
        "WHERE i.association_id = :association_id";
    if (intervention_id)
        query += " AND r.intervention_id = :intervention_id";
    query += " ORDER BY i.normalised_name, r.period_key, r.kind, r.id";

    ReportSummary row{};
    soci::statement statement(session);
    statement.exchange(soci::use(association_id));
    if (intervention_id)
        statement.exchange(soci::use(*intervention_id));
    statement.exchange(soci::into(row.id));
    statement.exchange(soci::into(row.intervention_id));
    statement.exchange(soci::into(row.intervention_name));
    statement.exchange(soci::into(row.kind));
    statement.exchange(soci::into(row.period_start));
    statement.exchange(soci::into(row.period_end));
    statement.exchange(soci::into(row.latest_version));
    statement.exchange(soci::into(row.warning_count));
    statement.alloc();
    statement.prepare(query);
    statement.define_and_bind();
    statement.execute();
    std::vector<ReportSummary> result;
    while (statement.fetch())
        result.push_back(row);
    return result;
}

namespace {

/// Reads every version's header row, keyed by the version's row id.
std::map<std::int64_t, StoredReportVersion>
read_versions(soci::session& session, std::int64_t report_id, const Report& identity) {
    std::int64_t version_id = 0;
    StoredReportVersion row{0, {}, {}, identity};
    std::optional<std::string> intervention_kind;
    std::string format;
    std::string document_kind;
    std::optional<std::int64_t> original_id;
    OriginalFile original;
    soci::indicator original_indicators[3] = {}; // NULL without an original
    soci::statement statement =
        (session.prepare
             << "SELECT v.id, v.version, v.imported_at, d.file_name, d.format, d.content_hash, "
                "d.document_kind, v.intervention_name, v.owner, v.intervention_kind, "
                "v.registry_number, v.signature, v.arrival_date, v.granted_sek, v.used_sek, "
                "v.reporter_date, v.reporter_name, o.id, o.file_name, o.size_bytes, "
                "o.content_hash "
                "FROM report_versions v JOIN documents d ON d.id = v.document_id "
                "LEFT JOIN original_files o ON o.id = d.original_file_id "
                "WHERE v.report_id = :report_id",
         soci::use(report_id), soci::into(version_id), soci::into(row.version),
         soci::into(row.imported_at), soci::into(row.source.file_name), soci::into(format),
         soci::into(row.source.content_hash), soci::into(document_kind),
         soci::into(row.report.intervention.name), soci::into(row.report.intervention.owner),
         soci::into(intervention_kind), soci::into(row.report.registration.registry_number),
         soci::into(row.report.registration.signature),
         soci::into(row.report.registration.arrival_date), soci::into(row.report.funds.granted_sek),
         soci::into(row.report.funds.used_sek), soci::into(row.report.reporter.date),
         soci::into(row.report.reporter.name), soci::into(original_id),
         soci::into(original.file_name, original_indicators[0]),
         soci::into(original.size_bytes, original_indicators[1]),
         soci::into(original.content_hash, original_indicators[2]));
    statement.execute();
    std::map<std::int64_t, StoredReportVersion> versions;
    while (statement.fetch()) {
        row.original.reset();
        if (original_id) {
            original.id = *original_id;
            row.original = original;
        }
        row.report.intervention.kind =
            intervention_kind_from_string(intervention_kind.value_or(""));
        row.source.format = stored_source_format(format);
        row.source.document_kind = report_kind_from_string(document_kind);
        versions.emplace(version_id, row);
    }
    return versions;
}

// The child rows of all versions come in one query per table, ordered by position, and are
// dealt out to their versions.

constexpr std::string_view k_versions_of_report =
    " WHERE version_id IN (SELECT id FROM report_versions WHERE report_id = :report_id)"
    " ORDER BY version_id, position";

void read_sections(soci::session& session, std::int64_t report_id,
                   std::map<std::int64_t, StoredReportVersion>& versions) {
    std::int64_t version_id = 0;
    Section section;
    soci::statement statement =
        (session.prepare << "SELECT version_id, section_id, title, text FROM report_sections" +
                                std::string(k_versions_of_report),
         soci::use(report_id), soci::into(version_id), soci::into(section.id),
         soci::into(section.title), soci::into(section.text));
    statement.execute();
    while (statement.fetch())
        versions.at(version_id).report.sections.push_back(section);
}

void read_goals(soci::session& session, std::int64_t report_id,
                std::map<std::int64_t, StoredReportVersion>& versions) {
    std::int64_t version_id = 0;
    std::string text;
    std::optional<double> target;
    std::optional<std::string> unit_name;
    std::optional<std::string> measure_name;
    soci::statement statement =
        (session.prepare << "SELECT version_id, text, target, unit, measure FROM report_goals" +
                                std::string(k_versions_of_report),
         soci::use(report_id), soci::into(version_id), soci::into(text), soci::into(target),
         soci::into(unit_name), soci::into(measure_name));
    statement.execute();
    while (statement.fetch()) {
        Goal goal{text, target, std::nullopt, std::nullopt};
        if (unit_name) {
            goal.unit = unit_from_string(*unit_name);
            if (!goal.unit)
                throw std::runtime_error("a stored goal has a unit this program does not know");
        }
        if (measure_name) {
            goal.measure = measure_from_string(*measure_name);
            if (!goal.measure)
                throw std::runtime_error("a stored goal has a measure this program does not "
                                         "know");
        }
        versions.at(version_id).report.goals.push_back(std::move(goal));
    }
}

void read_figures(soci::session& session, std::int64_t report_id,
                  std::map<std::int64_t, StoredReportVersion>& versions) {
    std::int64_t version_id = 0;
    std::string measure_name;
    std::string unit_name;
    Figure figure{};
    soci::statement statement =
        (session.prepare << "SELECT version_id, measure, value, unit, section_id, quote, category "
                            "FROM report_figures" +
                                std::string(k_versions_of_report),
         soci::use(report_id), soci::into(version_id), soci::into(measure_name),
         soci::into(figure.value), soci::into(unit_name), soci::into(figure.section_id),
         soci::into(figure.quote), soci::into(figure.category));
    statement.execute();
    while (statement.fetch()) {
        const auto measure = measure_from_string(measure_name);
        const auto unit = unit_from_string(unit_name);
        if (!measure || !unit)
            throw std::runtime_error("a stored figure has a measure or unit this program "
                                     "does not know");
        figure.measure = *measure;
        figure.unit = *unit;
        versions.at(version_id).report.figures.push_back(figure);
    }
}

void read_warnings(soci::session& session, std::int64_t report_id,
                   std::map<std::int64_t, StoredReportVersion>& versions) {
    std::int64_t version_id = 0;
    Warning warning;
    soci::statement statement =
        (session.prepare << "SELECT version_id, code, message FROM report_warnings" +
                                std::string(k_versions_of_report),
         soci::use(report_id), soci::into(version_id), soci::into(warning.code),
         soci::into(warning.message));
    statement.execute();
    while (statement.fetch())
        versions.at(version_id).report.warnings.push_back(warning);
}

void read_partners(soci::session& session, std::int64_t report_id,
                   std::map<std::int64_t, StoredReportVersion>& versions) {
    std::int64_t version_id = 0;
    std::string name;
    soci::statement statement = (session.prepare << "SELECT version_id, name FROM report_partners" +
                                                        std::string(k_versions_of_report),
                                 soci::use(report_id), soci::into(version_id), soci::into(name));
    statement.execute();
    while (statement.fetch())
        versions.at(version_id).report.partners.push_back(name);
}

} // namespace

std::optional<StoredReport> read_report(soci::session& session, std::int64_t report_id) {
    StoredReport stored{report_id, 0, {}};
    std::string kind;
    Report identity;
    session << "SELECT intervention_id, kind, period_start, period_end FROM reports "
               "WHERE id = :report_id",
        soci::use(report_id), soci::into(stored.intervention_id), soci::into(kind),
        soci::into(identity.period.start), soci::into(identity.period.end);
    if (!session.got_data())
        return std::nullopt;
    identity.kind = stored_report_kind(kind);

    auto versions = read_versions(session, report_id, identity);
    read_sections(session, report_id, versions);
    read_goals(session, report_id, versions);
    read_figures(session, report_id, versions);
    read_warnings(session, report_id, versions);
    read_partners(session, report_id, versions);

    for (auto& [version_id, version] : versions)
        stored.versions.push_back(std::move(version));
    std::sort(stored.versions.begin(), stored.versions.end(),
              [](const auto& left, const auto& right) { return left.version < right.version; });
    return stored;
}

} // namespace finsam
