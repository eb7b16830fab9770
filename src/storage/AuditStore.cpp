#include "storage/AuditStore.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace finsam {

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

} // namespace finsam
