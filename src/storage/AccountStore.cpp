#include "storage/AccountStore.h"

#include "storage/Guarded.h"
#include "storage/InsertedId.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"
#include "storage/UtcTimestamp.h"

#include <stdexcept>

namespace finsam {

namespace {

constexpr const char* k_user_columns =
    "u.id, u.association_id, u.username, u.display_name, u.role, u.disabled_at";

/// The columns of k_user_columns, read into a User.
struct UserRow {
    std::int64_t id = 0;
    std::int64_t association_id = 0;
    std::string username;
    std::string display_name;
    std::string role;
    std::optional<std::string> disabled_at;

    User to_user() const {
        const auto parsed_role = role_from_string(role);
        if (!parsed_role)
            throw std::runtime_error("a stored user has an unknown role");
        return User{id, association_id,         username, display_name, *parsed_role,
                    {}, disabled_at.has_value()};
    }
};

template <typename Statement> void into_user_row(Statement& statement, UserRow& row) {
    statement.exchange(soci::into(row.id));
    statement.exchange(soci::into(row.association_id));
    statement.exchange(soci::into(row.username));
    statement.exchange(soci::into(row.display_name));
    statement.exchange(soci::into(row.role));
    statement.exchange(soci::into(row.disabled_at));
}

std::vector<std::int64_t> read_user_interventions(soci::session& session, std::int64_t user_id) {
    std::vector<std::int64_t> ids;
    std::int64_t id = 0;
    soci::statement statement =
        (session.prepare << "SELECT intervention_id FROM user_interventions "
                            "WHERE user_id = :user_id ORDER BY intervention_id",
         soci::use(user_id), soci::into(id));
    statement.execute();
    while (statement.fetch())
        ids.push_back(id);
    return ids;
}

/// Runs `query`, which selects k_user_columns with one bound key; the user with their
/// insatser, or nullopt.
template <typename Key>
std::optional<User> read_one_user(soci::session& session, const std::string& query,
                                  const Key& key) {
    UserRow row;
    soci::statement statement(session);
    statement.exchange(soci::use(key));
    into_user_row(statement, row);
    statement.alloc();
    statement.prepare(query);
    statement.define_and_bind();
    if (!statement.execute(true))
        return std::nullopt;
    User user = row.to_user();
    user.intervention_ids = read_user_interventions(session, user.id);
    return user;
}

void replace_user_interventions(soci::session& session, std::int64_t user_id,
                                const std::vector<std::int64_t>& interventions) {
    session << "DELETE FROM user_interventions WHERE user_id = :user_id", soci::use(user_id);
    for (std::int64_t intervention_id : interventions) {
        session << "INSERT INTO user_interventions (user_id, intervention_id) "
                   "VALUES (:user_id, :intervention_id)",
            soci::use(user_id), soci::use(intervention_id);
    }
}

} // namespace

tl::expected<std::int64_t, StorageError> AccountStore::add_user(const NewUser& user) {
    auto& session = m_database.session();
    const auto taken = guarded("checking a username", [&] {
        int count = 0;
        session << "SELECT COUNT(*) FROM users WHERE username = :username",
            soci::use(user.username), soci::into(count);
        return count > 0;
    });
    if (!taken)
        return tl::unexpected(taken.error());
    if (*taken)
        return tl::unexpected(StorageError{StorageError::Code::Conflict, "the username is taken"});
    return guarded("adding a user", [&] {
        Transaction transaction(session, m_database.backend());
        const std::string role(to_string(user.role));
        const std::string created_at = utc_timestamp_now();
        IdInsert insert(session, m_database.backend(),
                        "INSERT INTO users (association_id, username, display_name, role, "
                        "password_hash, created_at) VALUES (:association_id, :username, "
                        ":display_name, :role, :password_hash, :created_at)",
                        soci::use(user.association_id), soci::use(user.username),
                        soci::use(user.display_name), soci::use(role),
                        soci::use(user.password_hash), soci::use(created_at));
        const std::int64_t id = insert.execute();
        replace_user_interventions(session, id, user.intervention_ids);
        transaction.commit();
        return id;
    });
}

tl::expected<void, StorageError> AccountStore::set_password_hash(const std::string& username,
                                                                 const std::string& password_hash) {
    auto& session = m_database.session();
    const auto changed = guarded("changing a password", [&] {
        Transaction transaction(session, m_database.backend());
        soci::statement update = (session.prepare << "UPDATE users SET password_hash = :hash "
                                                     "WHERE username = :username",
                                  soci::use(password_hash), soci::use(username));
        update.execute(true);
        const auto rows = update.get_affected_rows();
        std::int64_t user_id = 0;
        session << "SELECT id FROM users WHERE username = :username", soci::use(username),
            soci::into(user_id);
        // A new password ends every session opened with the old one.
        if (rows > 0)
            session << "DELETE FROM sessions WHERE user_id = :user_id", soci::use(user_id);
        transaction.commit();
        return rows > 0;
    });
    if (!changed)
        return tl::unexpected(changed.error());
    if (!*changed)
        return tl::unexpected(StorageError{StorageError::Code::NotFound, "no such user"});
    return {};
}

tl::expected<void, StorageError> AccountStore::set_disabled(std::int64_t user_id, bool disabled) {
    auto& session = m_database.session();
    return guarded("disabling a user", [&] {
        Transaction transaction(session, m_database.backend());
        const std::optional<std::string> disabled_at =
            disabled ? std::optional(utc_timestamp_now()) : std::nullopt;
        session << "UPDATE users SET disabled_at = :disabled_at WHERE id = :id",
            soci::use(disabled_at), soci::use(user_id);
        if (disabled)
            session << "DELETE FROM sessions WHERE user_id = :user_id", soci::use(user_id);
        transaction.commit();
    });
}

tl::expected<std::optional<std::pair<User, std::string>>, StorageError>
AccountStore::find_login(const std::string& username) {
    auto& session = m_database.session();
    return guarded("finding a user", [&]() -> std::optional<std::pair<User, std::string>> {
        auto user = read_one_user(session,
                                  std::string("SELECT ") + k_user_columns +
                                      " FROM users u WHERE u.username = :username",
                                  username);
        if (!user)
            return std::nullopt;
        std::string hash;
        session << "SELECT password_hash FROM users WHERE id = :id", soci::use(user->id),
            soci::into(hash);
        return std::pair{std::move(*user), hash};
    });
}

tl::expected<std::vector<User>, StorageError>
AccountStore::list_users(std::int64_t association_id) {
    auto& session = m_database.session();
    return guarded("listing users", [&] {
        UserRow row;
        soci::statement statement(session);
        statement.exchange(soci::use(association_id));
        into_user_row(statement, row);
        statement.alloc();
        statement.prepare(std::string("SELECT ") + k_user_columns +
                          " FROM users u WHERE u.association_id = :association_id "
                          "ORDER BY u.username");
        statement.define_and_bind();
        statement.execute();
        std::vector<User> users;
        while (statement.fetch())
            users.push_back(row.to_user());
        for (auto& user : users)
            user.intervention_ids = read_user_interventions(session, user.id);
        return users;
    });
}

tl::expected<void, StorageError> AccountStore::create_session(const std::string& token_hash,
                                                              std::int64_t user_id,
                                                              const std::string& csrf_token,
                                                              const std::string& now) {
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

tl::expected<std::optional<SessionRecord>, StorageError>
AccountStore::find_session(const std::string& token_hash) {
    auto& session = m_database.session();
    return guarded("finding a session", [&]() -> std::optional<SessionRecord> {
        UserRow row;
        SessionRecord record;
        soci::statement statement(session);
        statement.exchange(soci::use(token_hash));
        into_user_row(statement, row);
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
        record.user = row.to_user();
        if (record.user.disabled)
            return std::nullopt;
        record.user.intervention_ids = read_user_interventions(session, record.user.id);
        return record;
    });
}

tl::expected<void, StorageError> AccountStore::touch_session(const std::string& token_hash,
                                                             const std::string& now) {
    auto& session = m_database.session();
    return guarded("refreshing a session", [&] {
        Transaction transaction(session, m_database.backend());
        session << "UPDATE sessions SET last_seen_at = :now WHERE token_hash = :token_hash",
            soci::use(now), soci::use(token_hash);
        transaction.commit();
    });
}

tl::expected<void, StorageError> AccountStore::delete_session(const std::string& token_hash) {
    auto& session = m_database.session();
    return guarded("ending a session", [&] {
        Transaction transaction(session, m_database.backend());
        session << "DELETE FROM sessions WHERE token_hash = :token_hash", soci::use(token_hash);
        transaction.commit();
    });
}

tl::expected<int, StorageError>
AccountStore::delete_sessions_seen_before(const std::string& cutoff) {
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

tl::expected<std::int64_t, StorageError> AccountStore::add_api_token(std::int64_t user_id,
                                                                     const std::string& name,
                                                                     const std::string& token_hash,
                                                                     const std::string& now) {
    auto& session = m_database.session();
    return guarded("adding an API token", [&] {
        Transaction transaction(session, m_database.backend());
        IdInsert insert(session, m_database.backend(),
                        "INSERT INTO api_tokens (user_id, name, token_hash, created_at) "
                        "VALUES (:user_id, :name, :token_hash, :created_at)",
                        soci::use(user_id), soci::use(name), soci::use(token_hash), soci::use(now));
        const std::int64_t id = insert.execute();
        transaction.commit();
        return id;
    });
}

tl::expected<std::optional<User>, StorageError>
AccountStore::find_api_token_user(const std::string& token_hash) {
    auto& session = m_database.session();
    return guarded("finding an API token", [&]() -> std::optional<User> {
        auto user = read_one_user(session,
                                  std::string("SELECT ") + k_user_columns +
                                      " FROM api_tokens t JOIN users u ON u.id = t.user_id "
                                      "WHERE t.token_hash = :token_hash AND t.revoked_at IS NULL",
                                  token_hash);
        if (!user || user->disabled)
            return std::nullopt;
        return user;
    });
}

tl::expected<void, StorageError> AccountStore::record(const AuditEvent& event) {
    auto& session = m_database.session();
    return guarded("recording an audit event", [&] {
        Transaction transaction(session, m_database.backend());
        session << "INSERT INTO audit_events (at, user_id, action, object_type, object_id, "
                   "detail) VALUES (:at, :user_id, :action, :object_type, :object_id, :detail)",
            soci::use(event.at), soci::use(event.user_id), soci::use(event.action),
            soci::use(event.object_type), soci::use(event.object_id), soci::use(event.detail);
        transaction.commit();
    });
}

tl::expected<std::vector<AuditEvent>, StorageError>
AccountStore::list_audit(std::int64_t association_id, int limit) {
    auto& session = m_database.session();
    return guarded("listing the audit trail", [&] {
        AuditEvent row;
        soci::statement statement =
            (session.prepare << "SELECT e.at, e.user_id, e.action, e.object_type, e.object_id, "
                                "e.detail FROM audit_events e LEFT JOIN users u ON u.id = "
                                "e.user_id WHERE u.association_id = :association_id OR "
                                "e.user_id IS NULL ORDER BY e.id DESC LIMIT :limit",
             soci::use(association_id), soci::use(limit), soci::into(row.at),
             soci::into(row.user_id), soci::into(row.action), soci::into(row.object_type),
             soci::into(row.object_id), soci::into(row.detail));
        statement.execute();
        std::vector<AuditEvent> events;
        while (statement.fetch())
            events.push_back(row);
        return events;
    });
}

} // namespace finsam
