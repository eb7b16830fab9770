#include "storage/UserRows.h"

#include "storage/SociConversions.h"

#include <map>
#include <stdexcept>

namespace finsam {

void UserRow::bind(soci::statement& statement) {
    statement.exchange(soci::into(id));
    statement.exchange(soci::into(association_id));
    statement.exchange(soci::into(username));
    statement.exchange(soci::into(display_name));
    statement.exchange(soci::into(role));
    statement.exchange(soci::into(disabled_at));
    statement.exchange(soci::into(small_count_threshold));
}

User UserRow::to_user() const {
    const auto parsed_role = role_from_string(role);
    if (!parsed_role)
        throw std::runtime_error("a stored user has an unknown role");
    return User{id,
                association_id,
                username,
                display_name,
                *parsed_role,
                {},
                disabled_at.has_value(),
                small_count_threshold};
}

void read_bound_interventions(soci::session& session, std::vector<User>& users, UsersOf scope,
                              std::int64_t key) {
    std::map<std::int64_t, User*> by_id;
    for (auto& user : users)
        by_id[user.id] = &user;
    std::int64_t user_id = 0;
    std::int64_t intervention_id = 0;
    soci::statement statement =
        (session.prepare << std::string("SELECT b.user_id, b.intervention_id FROM "
                                        "user_interventions b JOIN users u ON u.id = b.user_id "
                                        "WHERE ") +
                                (scope == UsersOf::Association ? "u.association_id = :key"
                                                               : "u.id = :key") +
                                " ORDER BY b.user_id, b.intervention_id",
         soci::use(key), soci::into(user_id), soci::into(intervention_id));
    statement.execute();
    while (statement.fetch()) {
        if (const auto found = by_id.find(user_id); found != by_id.end())
            found->second->intervention_ids.push_back(intervention_id);
    }
}

namespace {

template <typename Key>
std::optional<User> read_one_user_by(soci::session& session, const std::string& query,
                                     const Key& key) {
    UserRow row;
    soci::statement statement(session);
    statement.exchange(soci::use(key));
    row.bind(statement);
    statement.alloc();
    statement.prepare(query);
    statement.define_and_bind();
    if (!statement.execute(true))
        return std::nullopt;
    std::vector<User> found{row.to_user()};
    read_bound_interventions(session, found, UsersOf::User, found.front().id);
    return std::move(found.front());
}

} // namespace

std::optional<User> read_one_user(soci::session& session, const std::string& query,
                                  const std::string& key) {
    return read_one_user_by(session, query, key);
}

std::optional<User> read_one_user(soci::session& session, const std::string& query,
                                  std::int64_t key) {
    return read_one_user_by(session, query, key);
}

int replace_password_hash(soci::session& session, std::int64_t user_id,
                          const std::string& password_hash, Timestamp now) {
    session << "UPDATE users SET password_hash = :hash WHERE id = :id", soci::use(password_hash),
        soci::use(user_id);
    session << "DELETE FROM sessions WHERE user_id = :user_id", soci::use(user_id);
    soci::statement revoke = (session.prepare << "UPDATE api_tokens SET revoked_at = :now "
                                                 "WHERE user_id = :user_id AND revoked_at IS NULL",
                              soci::use(now), soci::use(user_id));
    revoke.execute(true);
    return static_cast<int>(revoke.get_affected_rows());
}

} // namespace finsam
