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
/// bound to.
class UserStore {
public:
    /// `clock` dates when a user is created or disabled, and when a new password revokes
    /// their tokens.
    UserStore(Database& database, const Clock& clock) : m_database(database), m_clock(clock) {}

    /// Code::Conflict when the username is taken.
    tl::expected<std::int64_t, StorageError> add(const NewUser& user,
                                                 const MailPreference& mail = {});
    /// A new password, which ends the user's sessions and revokes their API tokens; returns
    /// how many tokens it revoked. Code::NotFound when no user has this username.
    tl::expected<int, StorageError> set_password_hash(const std::string& username,
                                                      const std::string& password_hash);
    /// A disabled user's sessions end at once; their API tokens open nothing while they are
    /// disabled. Enabling lets them log in again but opens no old session.
    tl::expected<void, StorageError> set_disabled(std::int64_t user_id, bool disabled);

    /// Binds the user to exactly these insatser (an insatsägare's own).
    tl::expected<void, StorageError>
    set_interventions(std::int64_t user_id, const std::vector<std::int64_t>& interventions);

    /// The user with their insatser; nullopt for an unknown id.
    tl::expected<std::optional<User>, StorageError> find(std::int64_t user_id);

    /// The user's e-mail address and whether they want notifications; Code::NotFound for an
    /// unknown user.
    tl::expected<MailPreference, StorageError> mail_preference(std::int64_t user_id);
    tl::expected<void, StorageError> set_mail_preference(std::int64_t user_id,
                                                         const MailPreference& preference);

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
