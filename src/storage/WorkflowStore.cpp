#include "storage/WorkflowStore.h"

#include "domain/RegistryNumber.h"
#include "storage/Guarded.h"
#include "storage/InsertedId.h"
#include "storage/RegistryCases.h"
#include "storage/ReportWriter.h"
#include "storage/SearchPassages.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"

#include <chrono>

namespace finsam {

namespace {

[[noreturn]] void fail(StorageError::Code code, std::string message) {
    throw StorageFailure(StorageError{code, std::move(message)});
}

/// What a step needs to know of a report before changing it.
struct Current {
    ReportStatus status = ReportStatus::Draft;
    int revision = 0;
    std::int64_t intervention_id = 0;
    std::int64_t association_id = 0;
};

Current read_current(soci::session& session, std::int64_t report_id) {
    Current current;
    std::string status;
    session << "SELECT r.status, r.revision, r.intervention_id, i.association_id FROM reports r "
               "JOIN interventions i ON i.id = r.intervention_id WHERE r.id = :id",
        soci::use(report_id), soci::into(status), soci::into(current.revision),
        soci::into(current.intervention_id), soci::into(current.association_id);
    if (!session.got_data())
        fail(StorageError::Code::NotFound, "no report has id " + std::to_string(report_id));
    current.status = report_status_from_string(status).value_or(ReportStatus::Draft);
    return current;
}

/// Moves the report to `to` if it is still at `current` (compare and set, so that two
/// writers on PostgreSQL cannot both win); returns the new revision.
int advance(soci::session& session, std::int64_t report_id, const Current& current,
            ReportStatus to) {
    const std::string from_name(to_string(current.status));
    const std::string to_name(to_string(to));
    const int next_revision = current.revision + 1;
    soci::statement update =
        (session.prepare << "UPDATE reports SET status = :to_status, revision = :next "
                            "WHERE id = :id AND revision = :revision AND status = :from_status",
         soci::use(to_name), soci::use(next_revision), soci::use(report_id),
         soci::use(current.revision), soci::use(from_name));
    update.execute(true);
    if (update.get_affected_rows() != 1)
        fail(StorageError::Code::Stale, "the report was changed by someone else");
    return next_revision;
}

/// The report at `revision`, where `action` is allowed; the status it leads to.
std::pair<Current, ReportStatus> checked_step(soci::session& session, std::int64_t report_id,
                                              int revision, WorkflowAction action) {
    const Current current = read_current(session, report_id);
    if (current.revision != revision)
        fail(StorageError::Code::Stale, "the report was changed by someone else");
    const auto to = status_after(current.status, action);
    if (!to) {
        fail(StorageError::Code::Stale, "a report with status " +
                                            std::string(to_string(current.status)) + " cannot " +
                                            std::string(to_string(action)));
    }
    return {current, *to};
}

void add_event(soci::session& session, Timestamp at, std::int64_t report_id, std::int64_t user_id,
               ReportEventAction action, ReportStatus status, const std::string& comment) {
    const std::string action_name(to_string(action));
    const std::string status_name(to_string(status));
    const std::optional<std::int64_t> user = user_id > 0 ? std::optional(user_id) : std::nullopt;
    session << "INSERT INTO report_events (report_id, at, user_id, action, status, comment) "
               "VALUES (:report_id, :at, :user_id, :action, :status, :comment)",
        soci::use(report_id), soci::use(at), soci::use(user), soci::use(action_name),
        soci::use(status_name), soci::use(comment);
}

/// Whether another report of the förbund has this diarienummer: given here, or stated in
/// one of its imported versions. A pattern that repeats itself (one without the year, whose
/// cases start again at 1 every year) would otherwise give two reports one number.
bool registry_number_taken(soci::session& session, std::int64_t association_id,
                           std::int64_t report_id, const std::string& number) {
    int taken = 0;
    session << "SELECT COUNT(*) FROM reports r JOIN interventions i ON i.id = r.intervention_id "
               "WHERE i.association_id = :association_id AND r.id <> :report_id AND "
               "(r.registry_number = :number OR EXISTS (SELECT 1 FROM report_versions v "
               "WHERE v.report_id = r.id AND v.registry_number = :stated_number))",
        soci::use(association_id), soci::use(report_id), soci::use(number), soci::use(number),
        soci::into(taken);
    return taken > 0;
}

constexpr const char* k_select_state =
    "SELECT r.id, r.intervention_id, i.association_id, i.name, r.kind, r.period_start, "
    "r.period_end, r.status, r.revision, d.content, d.updated_at, r.registry_number, "
    "r.arrival_date, r.signature, r.submitted_at, "
    "(SELECT COUNT(*) FROM report_versions v WHERE v.report_id = r.id) "
    "FROM reports r JOIN interventions i ON i.id = r.intervention_id "
    "LEFT JOIN report_drafts d ON d.report_id = r.id WHERE r.id = :id";

} // namespace

tl::expected<std::int64_t, StorageError> WorkflowStore::open_report(std::int64_t intervention_id,
                                                                    ReportKind kind,
                                                                    const Period& period,
                                                                    std::int64_t user_id) {
    auto& session = m_database.session();
    return guarded("opening a report", [&] {
        Transaction transaction(session, m_database.backend());
        const StatedPeriod stated{period.start, period.end};
        const std::string key = period_key(stated);
        const std::string kind_name(to_string(kind));
        std::optional<std::int64_t> existing;
        session << "SELECT id FROM reports WHERE intervention_id = :intervention_id AND kind = "
                   ":kind AND period_key = :period_key",
            soci::use(intervention_id), soci::use(kind_name), soci::use(key), soci::into(existing);
        if (existing)
            return *existing;
        const std::string draft(to_string(ReportStatus::Draft));
        IdInsert insert(session, m_database.backend(),
                        "INSERT INTO reports (intervention_id, kind, period_start, period_end, "
                        "period_key, status) VALUES (:intervention_id, :kind, :period_start, "
                        ":period_end, :period_key, :status)",
                        soci::use(intervention_id), soci::use(kind_name), soci::use(period.start),
                        soci::use(period.end), soci::use(key), soci::use(draft));
        const std::int64_t id = insert.execute();
        add_event(session, m_clock.now(), id, user_id, ReportEventAction::Created,
                  ReportStatus::Draft, "");
        transaction.commit();
        return id;
    });
}

tl::expected<std::optional<ReportState>, StorageError>
WorkflowStore::state(std::int64_t report_id) {
    auto& session = m_database.session();
    return guarded("loading a report's state", [&]() -> std::optional<ReportState> {
        ReportState state;
        std::string kind;
        std::string status;
        session << k_select_state, soci::use(report_id), soci::into(state.id),
            soci::into(state.intervention_id), soci::into(state.association_id),
            soci::into(state.intervention_name), soci::into(kind), soci::into(state.period.start),
            soci::into(state.period.end), soci::into(status), soci::into(state.revision),
            soci::into(state.draft), soci::into(state.draft_updated_at),
            soci::into(state.registry_number), soci::into(state.arrival_date),
            soci::into(state.signature), soci::into(state.submitted_at),
            soci::into(state.version_count);
        if (!session.got_data())
            return std::nullopt;
        state.kind = report_kind_from_string(kind).value_or(ReportKind::Quarterly);
        state.status = report_status_from_string(status).value_or(ReportStatus::Draft);
        return state;
    });
}

tl::expected<int, StorageError> WorkflowStore::save_draft(std::int64_t report_id,
                                                          const std::string& content,
                                                          std::int64_t user_id, int revision) {
    auto& session = m_database.session();
    return guarded("saving a draft", [&] {
        Transaction transaction(session, m_database.backend());
        const Current current = read_current(session, report_id);
        if (current.revision != revision)
            fail(StorageError::Code::Stale, "the report was changed by someone else");
        if (!is_editable_by_owner(current.status))
            fail(StorageError::Code::Stale, "the report is no longer editable");
        const int next = advance(session, report_id, current, current.status);
        const Timestamp now = m_clock.now();
        session << "DELETE FROM report_drafts WHERE report_id = :id", soci::use(report_id);
        session << "INSERT INTO report_drafts (report_id, content, updated_at, updated_by) "
                   "VALUES (:id, :content, :now, :user_id)",
            soci::use(report_id), soci::use(content), soci::use(now), soci::use(user_id);
        transaction.commit();
        return next;
    });
}

tl::expected<int, StorageError> WorkflowStore::submit(std::int64_t report_id, const Report& report,
                                                      std::int64_t user_id, int revision) {
    auto& session = m_database.session();
    return guarded("submitting a report", [&] {
        // Prepared before the transaction begins, as ReportStore does.
        ReportWriter writer(session, m_database.backend());
        Transaction transaction(session, m_database.backend());
        const auto [current, to] =
            checked_step(session, report_id, revision, WorkflowAction::Submit);
        const Timestamp now = m_clock.now();
        const SourceDocument source{
            "webbformulär", SourceFormat::WebForm,
            "form-" + std::to_string(report_id) + "-" + std::to_string(revision + 1), report.kind};
        writer.insert_document(current.association_id, source, now, std::nullopt);
        const SavedReport saved = writer.save(report);
        if (saved.report_id != report_id)
            fail(StorageError::Code::Query, "the submitted content belongs to another report");
        const int next = advance(session, report_id, current, to);
        session << "UPDATE reports SET submitted_at = :now WHERE id = :id", soci::use(now),
            soci::use(report_id);
        session << "DELETE FROM report_drafts WHERE report_id = :id", soci::use(report_id);
        add_event(session, now, report_id, user_id, ReportEventAction::Submit, to, "");
        transaction.commit();
        return next;
    });
}

tl::expected<std::string, StorageError>
WorkflowStore::register_report(std::int64_t report_id, std::int64_t user_id,
                               const std::string& signature, Date arrival_date, int revision,
                               const std::optional<std::string>& stated) {
    auto& session = m_database.session();
    return guarded("registering a report", [&] {
        Transaction transaction(session, m_database.backend());
        const auto [current, to] =
            checked_step(session, report_id, revision, WorkflowAction::Register);
        std::optional<std::string> kept;
        session << "SELECT registry_number FROM reports WHERE id = :id", soci::use(report_id),
            soci::into(kept);
        tl::expected<std::string, std::string> number =
            stated ? *stated : kept.value_or(std::string());
        if (number->empty()) {
            std::string pattern;
            session << "SELECT registry_pattern FROM associations WHERE id = :id",
                soci::use(current.association_id), soci::into(pattern);
            const int year = static_cast<int>(arrival_date.year());
            number = format_registry_number(
                pattern, next_registry_number(session, pattern, current.intervention_id,
                                              current.association_id, year));
        }
        if (!number)
            fail(StorageError::Code::Query, "the registry number pattern: " + number.error());
        if (registry_number_taken(session, current.association_id, report_id, *number))
            fail(StorageError::Code::Conflict, "the registry number is another report's");
        advance(session, report_id, current, to);
        session << "UPDATE reports SET registry_number = :number, arrival_date = :arrival, "
                   "signature = :signature WHERE id = :id",
            soci::use(*number), soci::use(arrival_date), soci::use(signature), soci::use(report_id);
        add_event(session, m_clock.now(), report_id, user_id, ReportEventAction::Register, to,
                  *number);
        transaction.commit();
        return *number;
    });
}

tl::expected<int, StorageError> WorkflowStore::return_report(std::int64_t report_id,
                                                             std::int64_t user_id,
                                                             const std::string& comment,
                                                             int revision) {
    auto& session = m_database.session();
    return guarded("returning a report", [&] {
        Transaction transaction(session, m_database.backend());
        const auto [current, to] =
            checked_step(session, report_id, revision, WorkflowAction::Return);
        const int next = advance(session, report_id, current, to);
        add_event(session, m_clock.now(), report_id, user_id, ReportEventAction::Return, to,
                  comment);
        if (!comment.empty())
            refresh_search_passages(session, m_database.backend(), report_id);
        transaction.commit();
        return next;
    });
}

tl::expected<int, StorageError> WorkflowStore::review(std::int64_t report_id, std::int64_t user_id,
                                                      int revision) {
    auto& session = m_database.session();
    return guarded("reviewing a report", [&] {
        Transaction transaction(session, m_database.backend());
        const auto [current, to] =
            checked_step(session, report_id, revision, WorkflowAction::Review);
        const int next = advance(session, report_id, current, to);
        add_event(session, m_clock.now(), report_id, user_id, ReportEventAction::Review, to, "");
        transaction.commit();
        return next;
    });
}

tl::expected<std::vector<ReportEvent>, StorageError> WorkflowStore::events(std::int64_t report_id) {
    auto& session = m_database.session();
    return guarded("listing a report's events", [&] {
        ReportEvent row;
        std::optional<std::string> user_name;
        std::string action;
        std::string status;
        soci::statement statement =
            (session.prepare << "SELECT e.at, e.user_id, u.display_name, e.action, e.status, "
                                "e.comment FROM report_events e LEFT JOIN users u ON u.id = "
                                "e.user_id WHERE e.report_id = :id ORDER BY e.id",
             soci::use(report_id), soci::into(row.at), soci::into(row.user_id),
             soci::into(user_name), soci::into(action), soci::into(status),
             soci::into(row.comment));
        statement.execute();
        std::vector<ReportEvent> events;
        while (statement.fetch()) {
            row.user_name = user_name.value_or("");
            row.action =
                report_event_action_from_string(action).value_or(ReportEventAction::Created);
            row.status = report_status_from_string(status).value_or(ReportStatus::Draft);
            events.push_back(row);
        }
        return events;
    });
}

} // namespace finsam
