#pragma once

#include "domain/Clock.h"
#include "domain/User.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <utility>
#include <vector>

namespace finsam {

/// The people who log in, with their password hashes and the insatser an insatsägare is
/// bound to. A new password or a disabled user ends the user's sessions.
class UserStore {
public:
    /// `clock` dates when a user is created or disabled.
    UserStore(Database& database, const Clock& clock) : m_database(database), m_clock(clock) {}

    /// Code::Conflict when the username is taken.
    tl::expected<std::int64_t, StorageError> add(const NewUser& user);
    /// Code::NotFound when no user has this username.
    tl::expected<void, StorageError> set_password_hash(const std::string& username,
                                                       const std::string& password_hash);
    tl::expected<void, StorageError> set_disabled(std::int64_t user_id, bool disabled);

    /// The user and their password hash, for checking a login; nullopt for an unknown name.
    tl::expected<std::optional<std::pair<User, std::string>>, StorageError>
    find_login(const std::string& username);
    /// The förbund's users by username, each with their insatser.
    tl::expected<std::vector<User>, StorageError> list(std::int64_t association_id);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace finsam
