#include "storage/NotificationStore.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"

namespace finsam {

namespace {

/// The users who get e-mail: an address, notifications on, not disabled.
constexpr const char* k_wants_mail =
    "u.email IS NOT NULL AND u.email <> '' AND u.email_notifications = 1 AND "
    "u.disabled_at IS NULL";

std::vector<std::int64_t> read_ids(soci::session& session, const std::string& query,
                                   std::int64_t key, const std::optional<std::string>& role) {
    std::int64_t id = 0;
    soci::statement statement(session);
    statement.exchange(soci::use(key));
    if (role)
        statement.exchange(soci::use(*role));
    statement.exchange(soci::into(id));
    statement.alloc();
    statement.prepare(query);
    statement.define_and_bind();
    statement.execute();
    std::vector<std::int64_t> ids;
    while (statement.fetch())
        ids.push_back(id);
    return ids;
}

/// Runs an update of one claimed notification; Code::Stale when the claim is no longer held.
void update_claimed(soci::session& session, const std::string& set, std::int64_t id,
                    const std::string& claim, Timestamp moment) {
    soci::statement update =
        (session.prepare << "UPDATE notifications SET " + set +
                                " WHERE id = :id AND claim = :claim AND sent_at IS NULL",
         soci::use(moment), soci::use(id), soci::use(claim));
    update.execute(true);
    if (update.get_affected_rows() != 1)
        throw StorageFailure(
            StorageError{StorageError::Code::Stale, "the notification's claim was lost"});
}

} // namespace

tl::expected<int, StorageError>
NotificationStore::queue(const std::vector<NewNotification>& notifications, Timestamp now) {
    auto& session = m_database.session();
    return guarded("queueing notifications", [&] {
        Transaction transaction(session, m_database.backend());
        NewNotification row;
        std::string kind;
        soci::statement insert =
            (session.prepare
                 << "INSERT INTO notifications (association_id, kind, occasion, user_id, subject, "
                    "body, link_path, created_at, next_attempt_at) VALUES (:association_id, "
                    ":kind, :occasion, :user_id, :subject, :body, :link_path, :created_at, "
                    ":next_attempt_at) ON CONFLICT (kind, occasion, user_id) DO NOTHING",
             soci::use(row.association_id), soci::use(kind), soci::use(row.occasion),
             soci::use(row.user_id), soci::use(row.subject), soci::use(row.body),
             soci::use(row.link_path), soci::use(now), soci::use(now));
        int added = 0;
        for (const auto& notification : notifications) {
            row = notification;
            kind = std::string(to_string(notification.kind));
            insert.execute(true);
            added += static_cast<int>(insert.get_affected_rows());
        }
        transaction.commit();
        return added;
    });
}

tl::expected<std::vector<WaitingNotification>, StorageError>
NotificationStore::waiting(Timestamp now, Timestamp stale_before, int limit) {
    auto& session = m_database.session();
    return guarded("listing waiting notifications", [&] {
        WaitingNotification row;
        soci::statement statement =
            (session.prepare
                 << "SELECT id, user_id, subject, body, link_path, created_at, attempts "
                    "FROM notifications WHERE sent_at IS NULL AND given_up_at IS NULL AND "
                    "next_attempt_at <= :now AND (claimed_at IS NULL OR claimed_at < :stale) "
                    "ORDER BY id LIMIT :limit",
             soci::use(now), soci::use(stale_before), soci::use(limit), soci::into(row.id),
             soci::into(row.user_id), soci::into(row.subject), soci::into(row.body),
             soci::into(row.link_path), soci::into(row.created_at), soci::into(row.attempts));
        statement.execute();
        std::vector<WaitingNotification> rows;
        while (statement.fetch())
            rows.push_back(row);
        return rows;
    });
}

tl::expected<bool, StorageError> NotificationStore::claim(std::int64_t id, const std::string& claim,
                                                          Timestamp now, Timestamp stale_before) {
    auto& session = m_database.session();
    return guarded("claiming a notification", [&] {
        Transaction transaction(session, m_database.backend());
        soci::statement update =
            (session.prepare << "UPDATE notifications SET claim = :claim, claimed_at = :now "
                                "WHERE id = :id AND sent_at IS NULL AND given_up_at IS NULL AND "
                                "(claimed_at IS NULL OR claimed_at < :stale)",
             soci::use(claim), soci::use(now), soci::use(id), soci::use(stale_before));
        update.execute(true);
        const bool claimed = update.get_affected_rows() == 1;
        transaction.commit();
        return claimed;
    });
}

tl::expected<void, StorageError>
NotificationStore::mark_sent(std::int64_t id, const std::string& claim, Timestamp now) {
    return guarded("marking a notification sent",
                   [&] { update_claimed(m_database.session(), "sent_at = :now", id, claim, now); });
}

tl::expected<void, StorageError>
NotificationStore::retry_later(std::int64_t id, const std::string& claim, Timestamp retry_at) {
    return guarded("putting a notification back", [&] {
        update_claimed(m_database.session(),
                       "next_attempt_at = :retry_at, attempts = attempts + 1, claim = NULL, "
                       "claimed_at = NULL",
                       id, claim, retry_at);
    });
}

tl::expected<void, StorageError>
NotificationStore::give_up(std::int64_t id, const std::string& claim, Timestamp now) {
    return guarded("giving a notification up", [&] {
        update_claimed(m_database.session(), "given_up_at = :now", id, claim, now);
    });
}

tl::expected<std::vector<std::int64_t>, StorageError>
NotificationStore::recipients_in_role(std::int64_t association_id, Role role) {
    return guarded("finding the recipients in a role", [&] {
        return read_ids(m_database.session(),
                        std::string("SELECT u.id FROM users u WHERE u.association_id = "
                                    ":association_id AND u.role = :role AND ") +
                            k_wants_mail + " ORDER BY u.id",
                        association_id, std::string(to_string(role)));
    });
}

tl::expected<std::vector<std::int64_t>, StorageError>
NotificationStore::recipients_of_intervention(std::int64_t intervention_id) {
    return guarded("finding an intervention's recipients", [&] {
        return read_ids(m_database.session(),
                        std::string("SELECT u.id FROM users u JOIN user_interventions b ON "
                                    "b.user_id = u.id WHERE b.intervention_id = :intervention AND "
                                    "u.role = 'insatsagare' AND ") +
                            k_wants_mail + " ORDER BY u.id",
                        intervention_id, std::nullopt);
    });
}

tl::expected<std::optional<MailRecipient>, StorageError>
NotificationStore::recipient(std::int64_t user_id) {
    auto& session = m_database.session();
    return guarded("reading a recipient", [&]() -> std::optional<MailRecipient> {
        MailRecipient recipient;
        session << std::string("SELECT u.id, u.email, u.display_name FROM users u WHERE u.id = "
                               ":id AND ") +
                       k_wants_mail,
            soci::use(user_id), soci::into(recipient.user_id), soci::into(recipient.email),
            soci::into(recipient.display_name);
        if (!session.got_data())
            return std::nullopt;
        return recipient;
    });
}

} // namespace finsam
