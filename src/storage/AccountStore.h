#pragma once

#include "domain/Role.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// A person who logs in: kansli staff, an insatsägare, a board member or an admin. Staff
/// data is personal data: it is shown only to the förbund's admin and kansli and never logged.
struct User {
    std::int64_t id = 0;
    std::int64_t association_id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::Board;
    std::vector<std::int64_t> intervention_ids; // the insatser an insatsägare is bound to
    bool disabled = false;
};

struct NewUser {
    std::int64_t association_id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::Board;
    std::string password_hash; // Argon2id, as PasswordHash makes it
    std::vector<std::int64_t> intervention_ids;
};

/// A logged-in browser. Times are ISO 8601 UTC, as everywhere in the database.
struct SessionRecord {
    User user;
    std::string csrf_token;
    std::string created_at;
    std::string last_seen_at;
};

/// One entry of the audit trail: who did or saw what.
struct AuditEvent {
    std::string at;
    std::optional<std::int64_t> user_id;
    std::string action;      // e.g. "login", "view", "submit"
    std::string object_type; // e.g. "report", "intervention", "user"
    std::optional<std::int64_t> object_id;
    std::string detail; // never personal data or report text
};

/// Users, their sessions and API tokens, and the audit trail. Tokens are stored only as
/// hashes (the caller hashes them), so a copy of the database opens no session.
class AccountStore {
public:
    explicit AccountStore(Database& database) : m_database(database) {}

    /// Code::Conflict when the username is taken.
    tl::expected<std::int64_t, StorageError> add_user(const NewUser& user);
    /// Code::NotFound when no user has this username.
    tl::expected<void, StorageError> set_password_hash(const std::string& username,
                                                       const std::string& password_hash);
    tl::expected<void, StorageError> set_disabled(std::int64_t user_id, bool disabled);

    /// The user and their password hash, for checking a login; nullopt for an unknown name.
    tl::expected<std::optional<std::pair<User, std::string>>, StorageError>
    find_login(const std::string& username);
    tl::expected<std::vector<User>, StorageError> list_users(std::int64_t association_id);

    tl::expected<void, StorageError> create_session(const std::string& token_hash,
                                                    std::int64_t user_id,
                                                    const std::string& csrf_token,
                                                    const std::string& now);
    /// The session and its user; nullopt when unknown or the user is disabled.
    tl::expected<std::optional<SessionRecord>, StorageError>
    find_session(const std::string& token_hash);
    tl::expected<void, StorageError> touch_session(const std::string& token_hash,
                                                   const std::string& now);
    tl::expected<void, StorageError> delete_session(const std::string& token_hash);
    /// Removes sessions last seen before `cutoff`; returns how many.
    tl::expected<int, StorageError> delete_sessions_seen_before(const std::string& cutoff);

    tl::expected<std::int64_t, StorageError> add_api_token(std::int64_t user_id,
                                                           const std::string& name,
                                                           const std::string& token_hash,
                                                           const std::string& now);
    /// The token's user; nullopt when unknown, revoked, or the user is disabled.
    tl::expected<std::optional<User>, StorageError>
    find_api_token_user(const std::string& token_hash);

    tl::expected<void, StorageError> record(const AuditEvent& event);
    /// The förbund's newest events first (those of its users and of no user).
    tl::expected<std::vector<AuditEvent>, StorageError> list_audit(std::int64_t association_id,
                                                                   int limit);

private:
    Database& m_database;
};

} // namespace finsam
