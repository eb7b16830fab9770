#include "storage/UserStore.h"

#include "storage/Guarded.h"
#include "storage/InsertedId.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

namespace finsam {

namespace {

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

tl::expected<std::int64_t, StorageError> UserStore::add(const NewUser& user,
                                                        const MailPreference& mail) {
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
        const Timestamp created_at = m_clock.now();
        const int notifications = mail.notifications ? 1 : 0;
        IdInsert insert(session, m_database.backend(),
                        "INSERT INTO users (association_id, username, display_name, role, "
                        "password_hash, created_at, email, email_notifications) VALUES "
                        "(:association_id, :username, :display_name, :role, :password_hash, "
                        ":created_at, :email, :notifications)",
                        soci::use(user.association_id), soci::use(user.username),
                        soci::use(user.display_name), soci::use(role),
                        soci::use(user.password_hash), soci::use(created_at), soci::use(mail.email),
                        soci::use(notifications));
        const std::int64_t id = insert.execute();
        replace_user_interventions(session, id, user.intervention_ids);
        transaction.commit();
        return id;
    });
}

tl::expected<int, StorageError> UserStore::set_password_hash(const std::string& username,
                                                             const std::string& password_hash) {
    auto& session = m_database.session();
    const auto revoked = guarded("changing a password", [&]() -> std::optional<int> {
        Transaction transaction(session, m_database.backend());
        std::optional<std::int64_t> user_id;
        session << "SELECT id FROM users WHERE username = :username", soci::use(username),
            soci::into(user_id);
        if (!user_id)
            return std::nullopt;
        const int revoked_tokens =
            replace_password_hash(session, *user_id, password_hash, m_clock.now());
        transaction.commit();
        return revoked_tokens;
    });
    if (!revoked)
        return tl::unexpected(revoked.error());
    if (!*revoked)
        return tl::unexpected(StorageError{StorageError::Code::NotFound, "no such user"});
    return **revoked;
}

tl::expected<void, StorageError> UserStore::set_disabled(std::int64_t user_id, bool disabled) {
    auto& session = m_database.session();
    return guarded("disabling a user", [&] {
        Transaction transaction(session, m_database.backend());
        const std::optional<Timestamp> disabled_at =
            disabled ? std::optional(m_clock.now()) : std::nullopt;
        session << "UPDATE users SET disabled_at = :disabled_at WHERE id = :id",
            soci::use(disabled_at), soci::use(user_id);
        if (disabled)
            session << "DELETE FROM sessions WHERE user_id = :user_id", soci::use(user_id);
        transaction.commit();
    });
}

tl::expected<void, StorageError>
UserStore::set_interventions(std::int64_t user_id, const std::vector<std::int64_t>& interventions) {
    auto& session = m_database.session();
    return guarded("binding a user to insatser", [&] {
        Transaction transaction(session, m_database.backend());
        replace_user_interventions(session, user_id, interventions);
        transaction.commit();
    });
}

tl::expected<std::optional<User>, StorageError> UserStore::find(std::int64_t user_id) {
    auto& session = m_database.session();
    return guarded("finding a user", [&] {
        return read_one_user(
            session, std::string("SELECT ") + k_user_columns + " FROM users u WHERE u.id = :id",
            user_id);
    });
}

tl::expected<MailPreference, StorageError> UserStore::mail_preference(std::int64_t user_id) {
    auto& session = m_database.session();
    return guarded("reading a user's e-mail preference", [&] {
        MailPreference preference;
        int notifications = 1;
        session << "SELECT email, email_notifications FROM users WHERE id = :id",
            soci::use(user_id), soci::into(preference.email), soci::into(notifications);
        if (!session.got_data())
            throw StorageFailure(StorageError{StorageError::Code::NotFound, "no such user"});
        preference.notifications = notifications != 0;
        return preference;
    });
}

tl::expected<void, StorageError> UserStore::set_mail_preference(std::int64_t user_id,
                                                                const MailPreference& preference) {
    auto& session = m_database.session();
    return guarded("saving a user's e-mail preference", [&] {
        const int notifications = preference.notifications ? 1 : 0;
        soci::statement update =
            (session.prepare << "UPDATE users SET email = :email, email_notifications = "
                                ":notifications WHERE id = :id",
             soci::use(preference.email), soci::use(notifications), soci::use(user_id));
        update.execute(true);
        if (update.get_affected_rows() != 1)
            throw StorageFailure(StorageError{StorageError::Code::NotFound, "no such user"});
    });
}

tl::expected<std::optional<std::pair<User, std::string>>, StorageError>
UserStore::find_login(const std::string& username) {
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

tl::expected<std::vector<User>, StorageError> UserStore::list(std::int64_t association_id) {
    auto& session = m_database.session();
    return guarded("listing users", [&] {
        UserRow row;
        soci::statement statement(session);
        statement.exchange(soci::use(association_id));
        row.bind(statement);
        statement.alloc();
        statement.prepare(std::string("SELECT ") + k_user_columns +
                          " FROM users u WHERE u.association_id = :association_id "
                          "ORDER BY u.username");
        statement.define_and_bind();
        statement.execute();
        std::vector<User> users;
        while (statement.fetch())
            users.push_back(row.to_user());
        read_bound_interventions(session, users, UsersOf::Association, association_id);
        return users;
    });
}

} // namespace finsam
