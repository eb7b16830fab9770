#include "storage/DemoStore.h"

#include "domain/NameNormalisation.h"
#include "domain/ReportState.h"
#include "storage/Guarded.h"
#include "storage/InsertedId.h"
#include "storage/ReportContentHash.h"
#include "storage/ReportWriter.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"

#include <array>
#include <string_view>

namespace finsam {

namespace {

/// Binds a variable that the statement reads, as its current value on every run. (SOCI's
/// binding keeps a reference to its name, so the name must outlive this function.)
template <typename T> auto in(const T& value) {
    static const std::string k_unnamed;
    return soci::use(value, k_unnamed);
}

std::optional<std::string> stored_name_or_null(std::string_view name) {
    return name.empty() ? std::nullopt : std::optional<std::string>(name);
}

template <typename Enum>
std::optional<std::string> stored_or_null(const std::optional<Enum>& value) {
    return value ? std::optional<std::string>(to_string(*value)) : std::nullopt;
}

/// A figure's row in report_figures.
struct FigureRow {
    std::int64_t version_id = 0;
    int position = 0;
    std::string measure;
    double value = 0;
    std::string unit;
    std::string section_id;
    std::string quote;
    std::string category;
};

/// Rows per multi-row insert of figures: a report's 60-odd figures take four statements.
constexpr std::size_t k_figures_per_insert = 16;

std::string figure_insert_sql(std::size_t rows) {
    std::string sql = "INSERT INTO report_figures (version_id, position, measure, value, unit, "
                      "section_id, quote, category) VALUES ";
    for (std::size_t row = 0; row < rows; ++row) {
        const std::string n = std::to_string(row);
        sql += (row == 0 ? "(" : ", (") + (":version_id" + n) + ", :position" + n + ", :measure" +
               n + ", :value" + n + ", :unit" + n + ", :section_id" + n + ", :quote" + n +
               ", :category" + n + ")";
    }
    return sql;
}

/// An INSERT of `rows` figures bound to the first `rows` of `bound`.
soci::statement prepare_figure_insert(soci::session& session, std::size_t rows,
                                      std::array<FigureRow, k_figures_per_insert>& bound) {
    auto prepared = (session.prepare << figure_insert_sql(rows));
    for (std::size_t row = 0; row < rows; ++row) {
        auto& figure = bound[row];
        prepared, in(figure.version_id), in(figure.position), in(figure.measure), in(figure.value),
            in(figure.unit), in(figure.section_id), in(figure.quote), in(figure.category);
    }
    return soci::statement(prepared);
}

/// Writes one förbund's reports inside the caller's transaction, with every statement
/// prepared once and bound to the writer's members, which each run assigns first.
class DemoReportWriter {
public:
    DemoReportWriter(soci::session& session, DatabaseBackend backend)
        : m_insert_report(
              session, backend,
              "INSERT INTO reports (intervention_id, kind, period_start, period_end, period_key, "
              "status, revision, registry_number, arrival_date, signature, submitted_at) VALUES "
              "(:intervention_id, :kind, :period_start, :period_end, :period_key, :status, "
              ":revision, :registry_number, :arrival_date, :signature, :submitted_at)",
              in(m_intervention_id), in(m_kind), in(m_period.start), in(m_period.end),
              in(m_period_key), in(m_status), in(m_revision), in(m_registry_number),
              in(m_arrival_date), in(m_signature), in(m_submitted_at)),
          m_insert_document(session, backend,
                            "INSERT INTO documents (association_id, file_name, format, "
                            "document_kind, content_hash, imported_at) VALUES (:association_id, "
                            ":file_name, :format, :document_kind, :content_hash, :imported_at)",
                            in(m_association_id), in(m_file_name), in(m_format), in(m_kind),
                            in(m_document_hash), in(m_submitted_at)),
          m_insert_version(
              session, backend,
              "INSERT INTO report_versions (report_id, version, document_id, imported_at, "
              "content_hash, intervention_name, owner, intervention_kind, registry_number, "
              "signature, arrival_date, granted_sek, used_sek, reporter_date, reporter_name) "
              "VALUES (:report_id, 1, :document_id, :imported_at, :content_hash, "
              ":intervention_name, :owner, :intervention_kind, :registry_number, :signature, "
              ":arrival_date, :granted_sek, :used_sek, :reporter_date, :reporter_name)",
              in(m_report_id), in(m_document_id), in(m_submitted_at), in(m_content_hash),
              in(m_report.intervention.name), in(m_report.intervention.owner),
              in(m_intervention_kind), in(m_report.registration.registry_number),
              in(m_report.registration.signature), in(m_report.registration.arrival_date),
              in(m_report.funds.granted_sek), in(m_report.funds.used_sek),
              in(m_report.reporter.date), in(m_report.reporter.name)),
          m_insert_section((session.prepare << "INSERT INTO report_sections (version_id, "
                                               "position, section_id, title, text) VALUES "
                                               "(:version_id, :position, :section_id, :title, "
                                               ":text)",
                            in(m_version_id), in(m_position), in(m_section.id), in(m_section.title),
                            in(m_section.text))),
          m_insert_goal((session.prepare
                             << "INSERT INTO report_goals (version_id, position, text, target, "
                                "unit, measure) VALUES (:version_id, :position, :text, :target, "
                                ":unit, :measure)",
                         in(m_version_id), in(m_position), in(m_goal.text), in(m_goal.target),
                         in(m_goal_unit), in(m_goal_measure))),
          m_insert_partner((session.prepare << "INSERT INTO report_partners (version_id, "
                                               "position, name) VALUES (:version_id, "
                                               ":position, :name)",
                            in(m_version_id), in(m_position), in(m_partner))),
          m_insert_figures(prepare_figure_insert(session, k_figures_per_insert, m_figures)),
          m_insert_figure(prepare_figure_insert(session, 1, m_figures)),
          m_insert_event((session.prepare
                              << "INSERT INTO report_events (report_id, at, action, status, "
                                 "comment) VALUES (:report_id, :at, :action, :status, :comment)",
                          in(m_report_id), in(m_event_at), in(m_event_action), in(m_event_status),
                          in(m_event_comment))) {}
    DemoReportWriter(const DemoReportWriter&) = delete;
    DemoReportWriter& operator=(const DemoReportWriter&) = delete;

    /// Writes the report, its one version (from the web form) and its workflow events;
    /// returns the number of figures written.
    int write(std::int64_t association_id, std::int64_t intervention_id, const DemoReport& demo) {
        m_association_id = association_id;
        m_intervention_id = intervention_id;
        m_report = demo.report;
        insert_report(demo);
        insert_document();
        insert_version();
        insert_events(demo);
        return static_cast<int>(m_report.figures.size());
    }

private:
    void insert_report(const DemoReport& demo) {
        m_kind = to_string(m_report.kind);
        m_period = m_report.period;
        m_period_key = period_key(m_report.period);
        m_status = to_string(demo.status);
        // Each workflow step (submit, register, review) raised the revision once.
        m_revision = 2 + (demo.registration ? 1 : 0) + (demo.reviewed_at ? 1 : 0);
        m_registry_number.reset();
        m_arrival_date.reset();
        m_signature.reset();
        if (demo.registration) {
            m_registry_number = demo.registration->registry_number;
            m_arrival_date = demo.registration->arrival_date;
            m_signature = demo.registration->signature;
        }
        m_submitted_at = demo.submitted_at;
        m_report_id = m_insert_report.execute();
    }

    /// The web form's document, named as WorkflowStore::submit names it.
    void insert_document() {
        m_file_name = "webbformulär";
        m_format = to_string(SourceFormat::WebForm);
        m_document_hash = "form-" + std::to_string(m_report_id) + "-2";
        m_document_id = m_insert_document.execute();
    }

    void insert_version() {
        m_content_hash = report_content_hash(m_report);
        m_intervention_kind = stored_name_or_null(to_string(m_report.intervention.kind));
        m_version_id = m_insert_version.execute();
        m_position = 0;
        for (const auto& section : m_report.sections) {
            m_section = section;
            m_insert_section.execute(true);
            ++m_position;
        }
        m_position = 0;
        for (const auto& goal : m_report.goals) {
            m_goal = goal;
            m_goal_unit = stored_or_null(goal.unit);
            m_goal_measure = stored_or_null(goal.measure);
            m_insert_goal.execute(true);
            ++m_position;
        }
        m_position = 0;
        for (const auto& partner : m_report.partners) {
            m_partner = partner;
            m_insert_partner.execute(true);
            ++m_position;
        }
        insert_figures();
    }

    void insert_figures() {
        const auto& figures = m_report.figures;
        std::size_t next = 0;
        for (; next + k_figures_per_insert <= figures.size(); next += k_figures_per_insert) {
            for (std::size_t row = 0; row < k_figures_per_insert; ++row)
                bind_figure(row, next + row);
            m_insert_figures.execute(true);
        }
        for (; next < figures.size(); ++next) {
            bind_figure(0, next);
            m_insert_figure.execute(true);
        }
    }

    void bind_figure(std::size_t row, std::size_t index) {
        const Figure& figure = m_report.figures[index];
        m_figures[row] = {m_version_id,
                          static_cast<int>(index),
                          std::string(to_string(figure.measure)),
                          figure.value,
                          std::string(to_string(figure.unit)),
                          figure.section_id,
                          figure.quote,
                          figure.category};
    }

    /// The events the workflow would have recorded: the draft opened and submitted, then
    /// the registration (with its diarienummer) and the review. No user: the demo has none.
    void insert_events(const DemoReport& demo) {
        insert_event(demo.submitted_at, ReportEventAction::Created, ReportStatus::Draft, "");
        insert_event(demo.submitted_at, ReportEventAction::Submit, ReportStatus::Submitted, "");
        if (demo.registration) {
            insert_event(demo.registration->registered_at, ReportEventAction::Register,
                         ReportStatus::Registered, demo.registration->registry_number);
        }
        if (demo.reviewed_at)
            insert_event(*demo.reviewed_at, ReportEventAction::Review, ReportStatus::Reviewed, "");
    }

    void insert_event(Timestamp at, ReportEventAction action, ReportStatus status,
                      const std::string& comment) {
        m_event_at = at;
        m_event_action = to_string(action);
        m_event_status = to_string(status);
        m_event_comment = comment;
        m_insert_event.execute(true);
    }

    // The values the statements below are bound to.
    std::int64_t m_association_id = 0;
    std::int64_t m_intervention_id = 0;
    Report m_report;
    std::string m_kind;
    StatedPeriod m_period;
    std::string m_period_key;
    std::string m_status;
    int m_revision = 0;
    std::optional<std::string> m_registry_number;
    std::optional<Date> m_arrival_date;
    std::optional<std::string> m_signature;
    Timestamp m_submitted_at;
    std::int64_t m_report_id = 0;
    std::string m_file_name;
    std::string m_format;
    std::string m_document_hash;
    std::int64_t m_document_id = 0;
    std::string m_content_hash;
    std::optional<std::string> m_intervention_kind;
    std::int64_t m_version_id = 0;
    int m_position = 0;
    Section m_section;
    Goal m_goal;
    std::optional<std::string> m_goal_unit;
    std::optional<std::string> m_goal_measure;
    std::string m_partner;
    std::array<FigureRow, k_figures_per_insert> m_figures;
    Timestamp m_event_at;
    std::string m_event_action;
    std::string m_event_status;
    std::string m_event_comment;

    IdInsert m_insert_report;
    IdInsert m_insert_document;
    IdInsert m_insert_version;
    soci::statement m_insert_section;
    soci::statement m_insert_goal;
    soci::statement m_insert_partner;
    soci::statement m_insert_figures;
    soci::statement m_insert_figure;
    soci::statement m_insert_event;
};

std::int64_t insert_association(soci::session& session, DatabaseBackend backend,
                                const DemoAssociation& association) {
    const std::string normalised_name = normalise_intervention_name(association.name);
    IdInsert insert(session, backend,
                    "INSERT INTO associations (name, normalised_name, registry_pattern) "
                    "VALUES (:name, :normalised_name, :registry_pattern)",
                    soci::use(association.name), soci::use(normalised_name),
                    soci::use(association.registry_pattern));
    const std::int64_t id = insert.execute();
    for (const auto& [year, last_case] : association.registry_cases_by_year) {
        session << "INSERT INTO registry_counters (association_id, year, last_case) "
                   "VALUES (:association_id, :year, :last_case)",
            soci::use(id), soci::use(year), soci::use(last_case);
    }
    return id;
}

std::int64_t insert_intervention(soci::session& session, DatabaseBackend backend,
                                 std::int64_t association_id, const DemoIntervention& demo) {
    const auto& details = demo.details;
    const std::string normalised_name = normalise_intervention_name(details.name);
    const auto kind = stored_name_or_null(to_string(details.kind));
    const auto registry_case = demo.registry_case;
    const std::optional<int> case_year =
        registry_case ? std::optional(registry_case->year) : std::nullopt;
    const std::optional<int> case_number =
        registry_case ? std::optional(registry_case->number) : std::nullopt;
    const int last_number = registry_case ? registry_case->last_number : 0;
    IdInsert insert(session, backend,
                    "INSERT INTO interventions (association_id, name, normalised_name, owner, "
                    "contact, purpose, target_group, kind, period_start, period_end, ended_on, "
                    "granted_sek, used_sek, registry_case_year, registry_case_number, "
                    "registry_last_number) VALUES (:association_id, :name, :normalised_name, "
                    ":owner, :contact, :purpose, :target_group, :kind, :period_start, "
                    ":period_end, :ended_on, :granted_sek, :used_sek, :case_year, :case_number, "
                    ":last_number)",
                    soci::use(association_id), soci::use(details.name), soci::use(normalised_name),
                    soci::use(details.owner), soci::use(details.contact),
                    soci::use(details.purpose), soci::use(details.target_group), soci::use(kind),
                    soci::use(details.period_start), soci::use(details.period_end),
                    soci::use(details.ended_on), soci::use(details.granted_sek),
                    soci::use(details.used_sek), soci::use(case_year), soci::use(case_number),
                    soci::use(last_number));
    const std::int64_t id = insert.execute();
    for (const auto& partner : details.partners) {
        const std::string normalised = normalise_intervention_name(partner);
        session << "INSERT INTO intervention_partners (intervention_id, name, normalised_name) "
                   "VALUES (:id, :name, :normalised)",
            soci::use(id), soci::use(partner), soci::use(normalised);
    }
    // Positions from 1, as InterventionStore numbers an insats's own goals.
    int position = 0;
    for (const auto& goal : details.goals) {
        const auto unit = stored_or_null(goal.unit);
        const auto measure = stored_or_null(goal.measure);
        ++position;
        session << "INSERT INTO intervention_goals (intervention_id, position, text, target, "
                   "unit, measure) VALUES (:id, :position, :text, :target, :unit, :measure)",
            soci::use(id), soci::use(position), soci::use(goal.text), soci::use(goal.target),
            soci::use(unit), soci::use(measure);
    }
    return id;
}

} // namespace

tl::expected<bool, StorageError> DemoStore::is_empty() {
    return guarded("checking that the database is empty", [&] {
        int rows = 0;
        m_database.session() << "SELECT (SELECT COUNT(*) FROM associations) + "
                                "(SELECT COUNT(*) FROM interventions) + "
                                "(SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM users)",
            soci::into(rows);
        return rows == 0;
    });
}

tl::expected<DemoWriteCount, StorageError> DemoStore::write(const DemoAssociation& association) {
    auto& session = m_database.session();
    const auto backend = m_database.backend();
    return guarded("writing a demo association", [&] {
        // Prepared outside the transaction, as ReportStore does, so that a PostgreSQL
        // statement that fails to prepare is released on a connection that still works.
        DemoReportWriter writer(session, backend);
        Transaction transaction(session, backend);
        DemoWriteCount count;
        const std::int64_t association_id = insert_association(session, backend, association);
        for (const auto& intervention : association.interventions) {
            const std::int64_t intervention_id =
                insert_intervention(session, backend, association_id, intervention);
            ++count.interventions;
            for (const auto& report : intervention.reports) {
                count.figures += writer.write(association_id, intervention_id, report);
                ++count.reports;
            }
        }
        refresh_association_search_passages(session, backend, association_id);
        transaction.commit();
        return count;
    });
}

} // namespace finsam
