#include "storage/AuditStore.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace finsam {

namespace {

/// The name of what an event was done to, by its kind: one subquery per kind that has one.
constexpr const char* k_object_name =
    "CASE e.object_type "
    "WHEN 'user' THEN (SELECT o.display_name FROM users o WHERE o.id = e.object_id) "
    "WHEN 'intervention' THEN (SELECT i.name FROM interventions i WHERE i.id = e.object_id) "
    "WHEN 'api_token' THEN (SELECT t.name FROM api_tokens t WHERE t.id = e.object_id) "
    "WHEN 'report' THEN (SELECT i.name FROM reports r JOIN interventions i "
    "ON i.id = r.intervention_id WHERE r.id = e.object_id) END";

AuditAction checked_action(const std::string& action) {
    const auto known = audit_action_from_string(action);
    if (!known)
        throw std::runtime_error("a stored audit event has an unknown action");
    return *known;
}

} // namespace

tl::expected<void, StorageError> AuditStore::record(const AuditEvent& event,
                                                    std::optional<std::int64_t> association_id) {
    auto& session = m_database.session();
    return guarded("recording an audit event", [&] {
        Transaction transaction(session, m_database.backend());
        const std::string action(to_string(event.action));
        const std::string object(to_string(event.object));
        if (!association_id && event.user_id) {
            std::optional<std::int64_t> users_association;
            session << "SELECT association_id FROM users WHERE id = :user_id",
                soci::use(*event.user_id), soci::into(users_association);
            association_id = users_association;
        }
        session << "INSERT INTO audit_events (at, user_id, association_id, action, object_type, "
                   "object_id, detail) VALUES (:at, :user_id, :association_id, :action, "
                   ":object_type, :object_id, :detail)",
            soci::use(event.at), soci::use(event.user_id), soci::use(association_id),
            soci::use(action), soci::use(object), soci::use(event.object_id),
            soci::use(event.detail);
        transaction.commit();
    });
}

tl::expected<void, StorageError>
AuditStore::record_in_each(const AuditEvent& event,
                           const std::vector<std::int64_t>& association_ids) {
    auto& session = m_database.session();
    return guarded("recording audit events", [&] {
        Transaction transaction(session, m_database.backend());
        const std::string action(to_string(event.action));
        const std::string object(to_string(event.object));
        std::int64_t association_id = 0;
        soci::statement insert =
            (session.prepare << "INSERT INTO audit_events (at, user_id, association_id, action, "
                                "object_type, object_id, detail) VALUES (:at, :user_id, "
                                ":association_id, :action, :object_type, :object_id, :detail)",
             soci::use(event.at), soci::use(event.user_id), soci::use(association_id),
             soci::use(action), soci::use(object), soci::use(event.object_id),
             soci::use(event.detail));
        for (const std::int64_t id : association_ids) {
            association_id = id;
            insert.execute(true);
        }
        transaction.commit();
    });
}

tl::expected<std::vector<AuditEvent>, StorageError> AuditStore::list(std::int64_t association_id,
                                                                     int limit) {
    auto& session = m_database.session();
    return guarded("listing the audit trail", [&] {
        AuditEvent row;
        std::string action;
        std::string object;
        soci::statement statement =
            (session.prepare << "SELECT e.at, e.user_id, e.action, e.object_type, "
                                "e.object_id, e.detail FROM audit_events e "
                                "WHERE e.association_id = :association_id "
                                "ORDER BY e.id DESC LIMIT :limit",
             soci::use(association_id), soci::use(limit), soci::into(row.at),
             soci::into(row.user_id), soci::into(action), soci::into(object),
             soci::into(row.object_id), soci::into(row.detail));
        statement.execute();
        std::vector<AuditEvent> events;
        while (statement.fetch()) {
            const auto known_action = audit_action_from_string(action);
            const auto known_object = audit_object_from_string(object);
            if (!known_action || !known_object)
                throw std::runtime_error("a stored audit event has an unknown action or object");
            row.action = *known_action;
            row.object = *known_object;
            events.push_back(row);
        }
        return events;
    });
}

tl::expected<std::vector<AuditEntry>, StorageError> AuditStore::search(const AuditQuery& query) {
    auto& session = m_database.session();
    return guarded("searching the audit trail", [&] {
        const std::string action_name = query.action ? std::string(to_string(*query.action)) : "";
        soci::statement statement(session);
        std::string sql = std::string("SELECT e.at, e.user_id, e.action, e.object_type, "
                                      "e.object_id, e.detail, u.display_name, ") +
                          k_object_name +
                          " FROM audit_events e LEFT JOIN users u ON u.id = e.user_id "
                          "WHERE e.association_id = :association_id";
        statement.exchange(soci::use(query.association_id));
        if (query.user_id) {
            sql += " AND e.user_id = :user_id";
            statement.exchange(soci::use(*query.user_id));
        }
        if (query.action) {
            sql += " AND e.action = :action";
            statement.exchange(soci::use(action_name));
        }
        if (query.from) {
            sql += " AND e.at >= :from_at";
            statement.exchange(soci::use(*query.from));
        }
        if (query.until) {
            sql += " AND e.at < :until_at";
            statement.exchange(soci::use(*query.until));
        }
        sql += " ORDER BY e.id DESC LIMIT :limit OFFSET :offset";
        statement.exchange(soci::use(query.limit));
        statement.exchange(soci::use(query.offset));

        AuditEntry row;
        std::string action;
        std::string object;
        std::optional<std::string> user_name;
        std::optional<std::string> object_name;
        statement.exchange(soci::into(row.event.at));
        statement.exchange(soci::into(row.event.user_id));
        statement.exchange(soci::into(action));
        statement.exchange(soci::into(object));
        statement.exchange(soci::into(row.event.object_id));
        statement.exchange(soci::into(row.event.detail));
        statement.exchange(soci::into(user_name));
        statement.exchange(soci::into(object_name));
        statement.alloc();
        statement.prepare(sql);
        statement.define_and_bind();
        statement.execute();
        std::vector<AuditEntry> entries;
        while (statement.fetch()) {
            const auto known_object = audit_object_from_string(object);
            if (!known_object)
                throw std::runtime_error("a stored audit event has an unknown object");
            row.event.action = checked_action(action);
            row.event.object = *known_object;
            row.user_name = user_name.value_or("");
            row.object_name = object_name.value_or("");
            entries.push_back(row);
        }
        return entries;
    });
}

} // namespace finsam
