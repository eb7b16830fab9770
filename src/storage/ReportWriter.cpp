#include "storage/ReportWriter.h"

#include "storage/InsertedId.h"
#include "storage/ReportContentHash.h"
#include "storage/SociConversions.h"

#include <set>
#include <utility>

namespace finsam {

namespace {

std::optional<std::string> text_or_null(std::string_view text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

std::string iso_or_empty(const std::optional<Date>& date) {
    return date ? format_iso(*date) : std::string();
}

/// The report's identity within its insats and kind; a missing date is an empty side, so
/// two reports that both lack a start date still count as the same report.
std::string period_key(const StatedPeriod& period) {
    return iso_or_empty(period.start) + "/" + iso_or_empty(period.end);
}

/// The same value on every row of a bulk insert: SOCI binds whole columns, not constants.
std::vector<std::int64_t> repeated(std::int64_t value, std::size_t count) {
    return std::vector<std::int64_t>(count, value);
}

std::vector<int> positions(std::size_t count) {
    std::vector<int> result(count);
    for (std::size_t index = 0; index < count; ++index)
        result[index] = static_cast<int>(index);
    return result;
}

} // namespace

bool ReportWriter::InterventionFacts::fills_nothing_of(const InterventionFacts& stated) const {
    auto fills = [](const auto& known_value, const auto& stated_value) {
        return !known_value && stated_value;
    };
    return !fills(owner, stated.owner) && !fills(kind, stated.kind) &&
           !fills(period_start, stated.period_start) && !fills(period_end, stated.period_end) &&
           !fills(granted_sek, stated.granted_sek) && !fills(used_sek, stated.used_sek);
}

ReportWriter::ReportWriter(soci::session& session, DatabaseBackend backend,
                           std::int64_t association_id, std::int64_t document_id,
                           std::string imported_at)
    : m_session(session), m_backend(backend), m_association_id(association_id),
      m_document_id(document_id), m_imported_at(std::move(imported_at)) {}

SavedReport ReportWriter::save(const Report& report) {
    const std::int64_t intervention_id = save_intervention(report);
    add_intervention_partners(intervention_id, report.partners);

    const std::string kind(to_string(report.kind));
    const std::string key = period_key(report.period);
    const std::string content_hash = report_content_hash(report);
    const auto existing = find_report(intervention_id, kind, key);
    if (!existing) {
        const std::int64_t report_id = insert_report(intervention_id, kind, report, key);
        insert_version(report_id, 1, content_hash, report);
        return {report_id, intervention_id, 1, SaveOutcome::Created};
    }
    const auto latest = latest_version(*existing);
    if (latest.content_hash == content_hash)
        return {*existing, intervention_id, latest.version, SaveOutcome::Unchanged};
    insert_version(*existing, latest.version + 1, content_hash, report);
    return {*existing, intervention_id, latest.version + 1, SaveOutcome::NewVersion};
}

std::int64_t ReportWriter::save_intervention(const Report& report) {
    const auto& intervention = report.intervention;
    const std::string normalised_name = normalise_intervention_name(intervention.name);
    InterventionFacts stated{intervention.owner,
                             text_or_null(to_string(intervention.kind)),
                             std::nullopt,
                             std::nullopt,
                             report.funds.granted_sek,
                             report.funds.used_sek};
    // A kvartalsrapport states its quarter; slutrapporter and projektredovisningar state the
    // insats's own period (insatstid, projektperiod).
    if (report.kind != ReportKind::Quarterly) {
        stated.period_start = report.period.start;
        stated.period_end = report.period.end;
    }

    std::int64_t intervention_id = 0;
    InterventionFacts known;
    m_session << "SELECT id, owner, kind, period_start, period_end, granted_sek, used_sek "
                 "FROM interventions "
                 "WHERE association_id = :association_id AND normalised_name = :normalised_name",
        soci::use(m_association_id), soci::use(normalised_name), soci::into(intervention_id),
        soci::into(known.owner), soci::into(known.kind), soci::into(known.period_start),
        soci::into(known.period_end), soci::into(known.granted_sek), soci::into(known.used_sek);
    if (!m_session.got_data()) {
        return insert_returning_id(
            m_session, m_backend,
            "INSERT INTO interventions (association_id, name, normalised_name, owner, kind, "
            "period_start, period_end, granted_sek, used_sek) VALUES (:association_id, :name, "
            ":normalised_name, :owner, :kind, :period_start, :period_end, :granted_sek, "
            ":used_sek)",
            soci::use(m_association_id), soci::use(intervention.name), soci::use(normalised_name),
            soci::use(stated.owner), soci::use(stated.kind), soci::use(stated.period_start),
            soci::use(stated.period_end), soci::use(stated.granted_sek),
            soci::use(stated.used_sek));
    }
    // An insats keeps the first name it was seen with; later reports only fill in what is
    // still unknown about it.
    if (known.fills_nothing_of(stated))
        return intervention_id;
    m_session << "UPDATE interventions SET owner = COALESCE(owner, :owner), "
                 "kind = COALESCE(kind, :kind), "
                 "period_start = COALESCE(period_start, :period_start), "
                 "period_end = COALESCE(period_end, :period_end), "
                 "granted_sek = COALESCE(granted_sek, :granted_sek), "
                 "used_sek = COALESCE(used_sek, :used_sek) WHERE id = :id",
        soci::use(stated.owner), soci::use(stated.kind), soci::use(stated.period_start),
        soci::use(stated.period_end), soci::use(stated.granted_sek), soci::use(stated.used_sek),
        soci::use(intervention_id);
    return intervention_id;
}

void ReportWriter::add_intervention_partners(std::int64_t intervention_id,
                                             const std::vector<std::string>& partners) {
    if (partners.empty())
        return;
    std::set<std::string> listed;
    {
        std::string normalised_name;
        soci::statement statement =
            (m_session.prepare << "SELECT normalised_name FROM intervention_partners "
                                  "WHERE intervention_id = :intervention_id",
             soci::use(intervention_id), soci::into(normalised_name));
        statement.execute();
        while (statement.fetch())
            listed.insert(normalised_name);
    }
    std::vector<std::string> names;
    std::vector<std::string> normalised_names;
    for (const auto& partner : partners) {
        auto normalised = normalise_intervention_name(partner);
        if (normalised.empty() || !listed.insert(normalised).second)
            continue;
        names.push_back(partner);
        normalised_names.push_back(std::move(normalised));
    }
    if (names.empty())
        return;
    const auto intervention_ids = repeated(intervention_id, names.size());
    m_session << "INSERT INTO intervention_partners (intervention_id, name, normalised_name) "
                 "VALUES (:intervention_id, :name, :normalised_name)",
        soci::use(intervention_ids), soci::use(names), soci::use(normalised_names);
}

std::optional<std::int64_t> ReportWriter::find_report(std::int64_t intervention_id,
                                                      const std::string& kind,
                                                      const std::string& period_key) {
    std::int64_t report_id = 0;
    m_session << "SELECT id FROM reports "
                 "WHERE intervention_id = :intervention_id AND kind = :kind "
                 "AND period_key = :period_key",
        soci::use(intervention_id), soci::use(kind), soci::use(period_key), soci::into(report_id);
    if (!m_session.got_data())
        return std::nullopt;
    return report_id;
}

std::int64_t ReportWriter::insert_report(std::int64_t intervention_id, const std::string& kind,
                                         const Report& report, const std::string& period_key) {
    return insert_returning_id(
        m_session, m_backend,
        "INSERT INTO reports (intervention_id, kind, period_start, period_end, period_key) "
        "VALUES (:intervention_id, :kind, :period_start, :period_end, :period_key)",
        soci::use(intervention_id), soci::use(kind), soci::use(report.period.start),
        soci::use(report.period.end), soci::use(period_key));
}

ReportWriter::LatestVersion ReportWriter::latest_version(std::int64_t report_id) {
    LatestVersion latest{0, {}};
    m_session << "SELECT version, content_hash FROM report_versions "
                 "WHERE report_id = :report_id ORDER BY version DESC LIMIT 1",
        soci::use(report_id), soci::into(latest.version), soci::into(latest.content_hash);
    return latest;
}

void ReportWriter::insert_version(std::int64_t report_id, int version,
                                  const std::string& content_hash, const Report& report) {
    const auto intervention_kind = text_or_null(to_string(report.intervention.kind));
    const std::int64_t version_id = insert_returning_id(
        m_session, m_backend,
        "INSERT INTO report_versions (report_id, version, document_id, imported_at, "
        "content_hash, intervention_name, owner, intervention_kind, registry_number, signature, "
        "arrival_date, granted_sek, used_sek, reporter_date, reporter_name) VALUES (:report_id, "
        ":version, :document_id, :imported_at, :content_hash, :intervention_name, :owner, "
        ":intervention_kind, :registry_number, :signature, :arrival_date, :granted_sek, "
        ":used_sek, :reporter_date, :reporter_name)",
        soci::use(report_id), soci::use(version), soci::use(m_document_id),
        soci::use(m_imported_at), soci::use(content_hash), soci::use(report.intervention.name),
        soci::use(report.intervention.owner), soci::use(intervention_kind),
        soci::use(report.registration.registry_number), soci::use(report.registration.signature),
        soci::use(report.registration.arrival_date), soci::use(report.funds.granted_sek),
        soci::use(report.funds.used_sek), soci::use(report.reporter.date),
        soci::use(report.reporter.name));
    insert_sections(version_id, report.sections);
    insert_figures(version_id, report.figures);
    insert_warnings(version_id, report.warnings);
    insert_partners(version_id, report.partners);
}

// Each child table is written with one bulk statement per version (SOCI binds the columns
// as vectors), which keeps a report's thirty-odd rows to four statement preparations.

void ReportWriter::insert_sections(std::int64_t version_id, const std::vector<Section>& sections) {
    if (sections.empty())
        return;
    std::vector<std::string> section_ids;
    std::vector<std::string> titles;
    std::vector<std::string> texts;
    for (const auto& section : sections) {
        section_ids.push_back(section.id);
        titles.push_back(section.title);
        texts.push_back(section.text);
    }
    const auto version_ids = repeated(version_id, sections.size());
    const auto position_numbers = positions(sections.size());
    m_session << "INSERT INTO report_sections (version_id, position, section_id, title, text) "
                 "VALUES (:version_id, :position, :section_id, :title, :text)",
        soci::use(version_ids), soci::use(position_numbers), soci::use(section_ids),
        soci::use(titles), soci::use(texts);
}

void ReportWriter::insert_figures(std::int64_t version_id, const std::vector<Figure>& figures) {
    if (figures.empty())
        return;
    std::vector<std::string> measures;
    std::vector<double> values;
    std::vector<std::string> units;
    std::vector<std::string> section_ids;
    std::vector<std::string> quotes;
    for (const auto& figure : figures) {
        measures.emplace_back(to_string(figure.measure));
        values.push_back(figure.value);
        units.emplace_back(to_string(figure.unit));
        section_ids.push_back(figure.section_id);
        quotes.push_back(figure.quote);
    }
    const auto version_ids = repeated(version_id, figures.size());
    const auto position_numbers = positions(figures.size());
    m_session << "INSERT INTO report_figures (version_id, position, measure, value, unit, "
                 "section_id, quote) VALUES (:version_id, :position, :measure, :value, :unit, "
                 ":section_id, :quote)",
        soci::use(version_ids), soci::use(position_numbers), soci::use(measures), soci::use(values),
        soci::use(units), soci::use(section_ids), soci::use(quotes);
}

void ReportWriter::insert_warnings(std::int64_t version_id, const std::vector<Warning>& warnings) {
    if (warnings.empty())
        return;
    std::vector<std::string> codes;
    std::vector<std::string> messages;
    for (const auto& warning : warnings) {
        codes.push_back(warning.code);
        messages.push_back(warning.message);
    }
    const auto version_ids = repeated(version_id, warnings.size());
    const auto position_numbers = positions(warnings.size());
    m_session << "INSERT INTO report_warnings (version_id, position, code, message) "
                 "VALUES (:version_id, :position, :code, :message)",
        soci::use(version_ids), soci::use(position_numbers), soci::use(codes), soci::use(messages);
}

void ReportWriter::insert_partners(std::int64_t version_id,
                                   const std::vector<std::string>& partners) {
    if (partners.empty())
        return;
    const auto version_ids = repeated(version_id, partners.size());
    const auto position_numbers = positions(partners.size());
    m_session << "INSERT INTO report_partners (version_id, position, name) "
                 "VALUES (:version_id, :position, :name)",
        soci::use(version_ids), soci::use(position_numbers), soci::use(partners);
}

} // namespace finsam
