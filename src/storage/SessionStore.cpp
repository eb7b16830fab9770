#include "storage/SessionStore.h"

#include "storage/Guarded.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

#include <vector>

namespace finsam {

tl::expected<void, StorageError> SessionStore::create(const std::string& token_hash,
                                                      std::int64_t user_id,
                                                      const std::string& csrf_token,
                                                      Timestamp now) {
    auto& session = m_database.session();
    return guarded("creating a session", [&] {
        Transaction transaction(session, m_database.backend());
        session << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, "
                   "last_seen_at) VALUES (:token_hash, :user_id, :csrf_token, :now, :now2)",
            soci::use(token_hash), soci::use(user_id), soci::use(csrf_token), soci::use(now),
            soci::use(now);
        transaction.commit();
    });
}

tl::expected<std::optional<Session>, StorageError>
SessionStore::find(const std::string& token_hash) {
    auto& session = m_database.session();
    return guarded("finding a session", [&]() -> std::optional<Session> {
        UserRow row;
        Session record;
        soci::statement statement(session);
        statement.exchange(soci::use(token_hash));
        row.bind(statement);
        statement.exchange(soci::into(record.csrf_token));
        statement.exchange(soci::into(record.created_at));
        statement.exchange(soci::into(record.last_seen_at));
        statement.alloc();
        statement.prepare(std::string("SELECT ") + k_user_columns +
                          ", s.csrf_token, s.created_at, s.last_seen_at FROM sessions s "
                          "JOIN users u ON u.id = s.user_id WHERE s.token_hash = :token_hash");
        statement.define_and_bind();
        if (!statement.execute(true))
            return std::nullopt;
        std::vector<User> users{row.to_user()};
        if (users.front().disabled)
            return std::nullopt;
        read_bound_interventions(session, users, UsersOf::User, users.front().id);
        record.user = std::move(users.front());
        return record;
    });
}

tl::expected<void, StorageError> SessionStore::touch(const std::string& token_hash, Timestamp now) {
    auto& session = m_database.session();
    return guarded("refreshing a session", [&] {
        Transaction transaction(session, m_database.backend());
        session << "UPDATE sessions SET last_seen_at = :now WHERE token_hash = :token_hash",
            soci::use(now), soci::use(token_hash);
        transaction.commit();
    });
}

tl::expected<void, StorageError> SessionStore::remove(const std::string& token_hash) {
    auto& session = m_database.session();
    return guarded("ending a session", [&] {
        Transaction transaction(session, m_database.backend());
        session << "DELETE FROM sessions WHERE token_hash = :token_hash", soci::use(token_hash);
        transaction.commit();
    });
}

tl::expected<int, StorageError> SessionStore::remove_seen_before(Timestamp cutoff) {
    auto& session = m_database.session();
    return guarded("removing expired sessions", [&] {
        Transaction transaction(session, m_database.backend());
        soci::statement remove =
            (session.prepare << "DELETE FROM sessions WHERE last_seen_at < :cutoff",
             soci::use(cutoff));
        remove.execute(true);
        const auto removed = static_cast<int>(remove.get_affected_rows());
        transaction.commit();
        return removed;
    });
}

} // namespace finsam
