#include "storage/ReportWriter.h"

#include "domain/NameNormalisation.h"
#include "storage/ReportContentHash.h"
#include "storage/SociConversions.h"

#include <set>
#include <utility>

namespace finsam {

namespace {

std::optional<std::string> text_or_null(std::string_view text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

/// Binds a variable that the statement reads, as its current value on every run. (SOCI's
/// binding keeps a reference to its name, so the name must outlive this function.)
template <typename T> auto in(const T& value) {
    static const std::string k_unnamed;
    return soci::use(value, k_unnamed);
}

} // namespace

std::string period_key(const StatedPeriod& period) {
    return format_iso_or_empty(period.start) + "/" + format_iso_or_empty(period.end);
}

bool ReportWriter::InterventionFacts::fills_nothing_of(const InterventionFacts& stated) const {
    auto fills = [](const auto& known_value, const auto& stated_value) {
        return !known_value && stated_value;
    };
    return !fills(owner, stated.owner) && !fills(kind, stated.kind) &&
           !fills(period_start, stated.period_start) && !fills(period_end, stated.period_end) &&
           !fills(granted_sek, stated.granted_sek) && !fills(used_sek, stated.used_sek);
}

ReportWriter::ReportWriter(soci::session& session, DatabaseBackend backend)
    : m_session(session),
      m_find_document((m_session.prepare << "SELECT id FROM documents "
                                            "WHERE association_id = :association_id "
                                            "AND content_hash = :content_hash",
                       in(m_association_id), in(m_document.content_hash), soci::into(m_found_id))),
      m_insert_document(m_session, backend,
                        "INSERT INTO documents (association_id, file_name, format, document_kind, "
                        "content_hash, imported_at, original_file_id) VALUES (:association_id, "
                        ":file_name, :format, :document_kind, :content_hash, :imported_at, "
                        ":original_file_id)",
                        in(m_association_id), in(m_document.file_name), in(m_document.format),
                        in(m_document.document_kind), in(m_document.content_hash),
                        in(m_imported_at), in(m_original_file_id)),
      m_find_intervention(
          (m_session.prepare
               << "SELECT id, owner, kind, period_start, period_end, granted_sek, used_sek "
                  "FROM interventions WHERE association_id = :association_id "
                  "AND normalised_name = :normalised_name",
           in(m_association_id), in(m_normalised_name), soci::into(m_found_id),
           soci::into(m_known.owner), soci::into(m_known.kind), soci::into(m_known.period_start),
           soci::into(m_known.period_end), soci::into(m_known.granted_sek),
           soci::into(m_known.used_sek))),
      m_insert_intervention(
          m_session, backend,
          "INSERT INTO interventions (association_id, name, normalised_name, owner, kind, "
          "period_start, period_end, granted_sek, used_sek) VALUES (:association_id, :name, "
          ":normalised_name, :owner, :kind, :period_start, :period_end, :granted_sek, "
          ":used_sek)",
          in(m_association_id), in(m_intervention_name), in(m_normalised_name), in(m_stated.owner),
          in(m_stated.kind), in(m_stated.period_start), in(m_stated.period_end),
          in(m_stated.granted_sek), in(m_stated.used_sek)),
      m_update_intervention((
          m_session.prepare << "UPDATE interventions SET owner = COALESCE(owner, :owner), "
                               "kind = COALESCE(kind, :kind), "
                               "period_start = COALESCE(period_start, :period_start), "
                               "period_end = COALESCE(period_end, :period_end), "
                               "granted_sek = COALESCE(granted_sek, :granted_sek), "
                               "used_sek = COALESCE(used_sek, :used_sek) WHERE id = :id",
          in(m_stated.owner), in(m_stated.kind), in(m_stated.period_start), in(m_stated.period_end),
          in(m_stated.granted_sek), in(m_stated.used_sek), in(m_intervention_id))),
      m_select_intervention_partners(
          (m_session.prepare << "SELECT normalised_name FROM intervention_partners "
                                "WHERE intervention_id = :intervention_id",
           in(m_intervention_id), soci::into(m_normalised_partner_name))),
      m_insert_intervention_partner(
          (m_session.prepare
               << "INSERT INTO intervention_partners (intervention_id, name, normalised_name) "
                  "VALUES (:intervention_id, :name, :normalised_name)",
           in(m_intervention_id), in(m_partner_name), in(m_normalised_partner_name))),
      m_find_report((m_session.prepare << "SELECT id FROM reports "
                                          "WHERE intervention_id = :intervention_id "
                                          "AND kind = :kind AND period_key = :period_key",
                     in(m_intervention_id), in(m_report_kind), in(m_period_key),
                     soci::into(m_found_id))),
      m_insert_report(
          m_session, backend,
          "INSERT INTO reports (intervention_id, kind, period_start, period_end, period_key) "
          "VALUES (:intervention_id, :kind, :period_start, :period_end, :period_key)",
          in(m_intervention_id), in(m_report_kind), in(m_period.start), in(m_period.end),
          in(m_period_key)),
      m_find_latest_version(
          (m_session.prepare << "SELECT version, content_hash FROM report_versions "
                                "WHERE report_id = :report_id "
                                "ORDER BY version DESC LIMIT 1",
           in(m_report_id), soci::into(m_latest_version), soci::into(m_latest_content_hash))),
      m_insert_version(
          m_session, backend,
          "INSERT INTO report_versions (report_id, version, document_id, imported_at, "
          "content_hash, intervention_name, owner, intervention_kind, registry_number, "
          "signature, arrival_date, granted_sek, used_sek, reporter_date, reporter_name) VALUES "
          "(:report_id, :version, :document_id, :imported_at, :content_hash, "
          ":intervention_name, :owner, :intervention_kind, :registry_number, :signature, "
          ":arrival_date, :granted_sek, :used_sek, :reporter_date, :reporter_name)",
          in(m_report_id), in(m_version.version), in(m_document_id), in(m_imported_at),
          in(m_version.content_hash), in(m_version.intervention_name), in(m_version.owner),
          in(m_version.intervention_kind), in(m_version.registration.registry_number),
          in(m_version.registration.signature), in(m_version.registration.arrival_date),
          in(m_version.funds.granted_sek), in(m_version.funds.used_sek),
          in(m_version.reporter.date), in(m_version.reporter.name)),
      m_insert_section(
          (m_session.prepare
               << "INSERT INTO report_sections (version_id, position, section_id, title, text) "
                  "VALUES (:version_id, :position, :section_id, :title, :text)",
           in(m_version_id), in(m_position), in(m_section.id), in(m_section.title),
           in(m_section.text))),
      m_insert_goal((m_session.prepare
                         << "INSERT INTO report_goals (version_id, position, text, target, unit, "
                            "measure) VALUES (:version_id, :position, :text, :target, :unit, "
                            ":measure)",
                     in(m_version_id), in(m_position), in(m_goal.text), in(m_goal.target),
                     in(m_goal.unit), in(m_goal.measure))),
      m_insert_figure(
          (m_session.prepare << "INSERT INTO report_figures (version_id, position, measure, "
                                "value, unit, section_id, quote, category) VALUES (:version_id, "
                                ":position, :measure, :value, :unit, :section_id, :quote, "
                                ":category)",
           in(m_version_id), in(m_position), in(m_figure.measure), in(m_figure.value),
           in(m_figure.unit), in(m_figure.section_id), in(m_figure.quote), in(m_figure.category))),
      m_insert_warning(
          (m_session.prepare << "INSERT INTO report_warnings (version_id, position, code, message) "
                                "VALUES (:version_id, :position, :code, :message)",
           in(m_version_id), in(m_position), in(m_warning.code), in(m_warning.message))),
      m_insert_partner((m_session.prepare << "INSERT INTO report_partners (version_id, position, "
                                             "name) VALUES (:version_id, :position, :name)",
                        in(m_version_id), in(m_position), in(m_partner_name))),
      m_search_queue(m_session) {}

bool ReportWriter::find_one(soci::statement& statement) {
    if (!statement.execute(true))
        return false;
    // Stepping on to the end of the result finishes the statement: on SQLite, a statement
    // left in the middle of its result would hold a read transaction open after the commit.
    statement.fetch();
    return true;
}

std::optional<std::int64_t> ReportWriter::find_document(std::int64_t association_id,
                                                        const std::string& content_hash) {
    m_association_id = association_id;
    m_document.content_hash = content_hash;
    if (!find_one(m_find_document))
        return std::nullopt;
    return m_found_id;
}

void ReportWriter::insert_document(std::int64_t association_id, const SourceDocument& source,
                                   Timestamp imported_at,
                                   std::optional<std::int64_t> original_file_id) {
    m_association_id = association_id;
    m_original_file_id = original_file_id;
    m_document = {source.file_name, std::string(to_string(source.format)),
                  source.document_kind ? std::string(to_string(*source.document_kind)) : "",
                  source.content_hash};
    m_imported_at = imported_at;
    m_document_id = m_insert_document.execute();
}

SavedReport ReportWriter::save(const Report& report) {
    const std::int64_t intervention_id = save_intervention(report);
    add_intervention_partners(report.partners);

    m_report_kind = to_string(report.kind);
    m_period_key = period_key(report.period);
    std::string content_hash = report_content_hash(report);
    if (!find_one(m_find_report)) {
        m_period = report.period;
        m_report_id = m_insert_report.execute();
        m_version.content_hash = std::move(content_hash);
        insert_version(1, report);
        m_search_queue.add(m_report_id);
        return {m_report_id, intervention_id, 1, SaveOutcome::Created};
    }
    m_report_id = m_found_id;
    m_latest_version = 0;
    m_latest_content_hash.clear();
    find_one(m_find_latest_version);
    if (m_latest_content_hash == content_hash)
        return {m_report_id, intervention_id, m_latest_version, SaveOutcome::Unchanged};
    const int version = m_latest_version + 1;
    m_version.content_hash = std::move(content_hash);
    insert_version(version, report);
    m_search_queue.add(m_report_id);
    return {m_report_id, intervention_id, version, SaveOutcome::NewVersion};
}

std::int64_t ReportWriter::save_intervention(const Report& report) {
    const auto& intervention = report.intervention;
    m_intervention_name = intervention.name;
    m_normalised_name = normalise_intervention_name(intervention.name);
    m_stated = {intervention.owner,
                text_or_null(to_string(intervention.kind)),
                std::nullopt,
                std::nullopt,
                report.funds.granted_sek,
                report.funds.used_sek};
    // A kvartalsrapport states its quarter; slutrapporter and projektredovisningar state the
    // insats's own period (insatstid, projektperiod). An övrig rapport's period is what the
    // document covers (a year, a half year), not the insats's.
    if (report.kind == ReportKind::Final || report.kind == ReportKind::Compiled) {
        m_stated.period_start = report.period.start;
        m_stated.period_end = report.period.end;
    }

    m_known = {};
    if (!find_one(m_find_intervention)) {
        m_intervention_id = m_insert_intervention.execute();
        return m_intervention_id;
    }
    m_intervention_id = m_found_id;
    // An insats keeps the first name it was seen with; later reports only fill in what is
    // still unknown about it.
    if (!m_known.fills_nothing_of(m_stated))
        m_update_intervention.execute(true);
    return m_intervention_id;
}

void ReportWriter::add_intervention_partners(const std::vector<std::string>& partners) {
    if (partners.empty())
        return;
    std::set<std::string> listed;
    m_select_intervention_partners.execute();
    while (m_select_intervention_partners.fetch())
        listed.insert(m_normalised_partner_name);
    for (const auto& partner : partners) {
        auto normalised = normalise_intervention_name(partner);
        if (normalised.empty() || !listed.insert(normalised).second)
            continue;
        m_partner_name = partner;
        m_normalised_partner_name = std::move(normalised);
        m_insert_intervention_partner.execute(true);
    }
}

void ReportWriter::insert_version(int version, const Report& report) {
    m_version.version = version;
    m_version.intervention_name = report.intervention.name;
    m_version.owner = report.intervention.owner;
    m_version.intervention_kind = text_or_null(to_string(report.intervention.kind));
    m_version.registration = report.registration;
    m_version.funds = report.funds;
    m_version.reporter = report.reporter;
    m_version_id = m_insert_version.execute();

    // One row per run of each prepared insert. (SOCI's vector bindings would batch them,
    // but its PostgreSQL backend cannot run such a statement again with other vectors.)
    m_position = 0;
    for (const auto& section : report.sections) {
        m_section = section;
        m_insert_section.execute(true);
        ++m_position;
    }
    m_position = 0;
    for (const auto& goal : report.goals) {
        m_goal.text = goal.text;
        m_goal.target = goal.target;
        m_goal.unit = goal.unit ? std::optional<std::string>(to_string(*goal.unit)) : std::nullopt;
        m_goal.measure =
            goal.measure ? std::optional<std::string>(to_string(*goal.measure)) : std::nullopt;
        m_insert_goal.execute(true);
        ++m_position;
    }
    m_position = 0;
    for (const auto& figure : report.figures) {
        m_figure.measure = to_string(figure.measure);
        m_figure.value = figure.value;
        m_figure.unit = to_string(figure.unit);
        m_figure.section_id = figure.section_id;
        m_figure.quote = figure.quote;
        m_figure.category = figure.category;
        m_insert_figure.execute(true);
        ++m_position;
    }
    m_position = 0;
    for (const auto& warning : report.warnings) {
        m_warning = warning;
        m_insert_warning.execute(true);
        ++m_position;
    }
    m_position = 0;
    for (const auto& partner : report.partners) {
        m_partner_name = partner;
        m_insert_partner.execute(true);
        ++m_position;
    }
}

} // namespace finsam
