#pragma once

#include "app/AppError.h"
#include "domain/Clock.h"
#include "domain/User.h"
#include "storage/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace finsam {

// The server operator's user administration (finsam user …): users, passwords and API
// tokens of a förbund. Errors carry Swedish messages on their fields.

/// NIST SP 800-63B's minimum for a password a person chooses.
inline constexpr std::size_t k_min_password_length = 8;

struct UserRequest {
    std::string username;
    std::string display_name;               // the username when empty
    std::string role;                       // admin, kansli, insatsagare or styrelse
    std::vector<std::string> interventions; // an insatsägare's insatser, by name
    std::string password;
    std::string email; // for notifications; none when empty
};

/// The role asked for: Invalid on `role` when unknown, or when insatser are given for
/// another role than insatsägare. Needs no database.
AppResult<Role> requested_role(const UserRequest& request);

/// The user to add, before a password is asked for: requested_role()'s errors, or Invalid on
/// `insats` (no insats of that name in the förbund), `username` (taken) or `email` (not an
/// address).
AppResult<NewUser> checked_new_user(Database& database, std::int64_t association_id,
                                    const UserRequest& request);

/// Adds a user, as checked_new_user() checks it, and Invalid on `password` when it is too
/// short. Returns the new user's id; recorded in the audit trail.
AppResult<std::int64_t> add_user(Database& database, const Clock& clock,
                                 std::int64_t association_id, const UserRequest& request);

/// A new password, which ends the user's sessions and revokes their API tokens (whoever
/// knew the old password may have made them): how many tokens were revoked. NotFound for an
/// unknown username, Invalid on `password` when too short. Recorded in the audit trail.
AppResult<int> change_password(Database& database, const Clock& clock, const std::string& username,
                               const std::string& password);

/// Disables the user: they cannot log in (the login answers as for a wrong password), their
/// sessions end at once and their API tokens open nothing. NotFound for an unknown username.
/// Recorded in the audit trail.
AppResult<void> disable_user(Database& database, const Clock& clock, const std::string& username);
/// Lets a disabled user log in again; their old sessions stay ended, their tokens work again.
/// NotFound for an unknown username. Recorded in the audit trail.
AppResult<void> enable_user(Database& database, const Clock& clock, const std::string& username);

AppResult<std::vector<User>> list_users(Database& database, std::int64_t association_id);

/// A new API token for the user, `name` saying what it is for: the token, which is shown
/// once and stored only as a digest. NotFound for an unknown username.
AppResult<std::string> create_api_token(Database& database, const Clock& clock,
                                        const std::string& username, const std::string& name);

} // namespace finsam
