#pragma once

#include "domain/Role.h"
#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
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
    int small_count_threshold = 5; // their förbund's: what the access policy hides for them
};

/// A user to create.
struct NewUser {
    std::int64_t association_id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::Board;
    std::string password_hash; // Argon2id, as hash_password makes it
    std::vector<std::int64_t> intervention_ids;
};

/// Where a user gets e-mail notifications, and whether they want them at all.
struct MailPreference {
    std::optional<std::string> email; // staff personal data: never logged
    bool notifications = true;
};

/// A logged-in browser: its user, the CSRF token its forms carry, and when it was opened and
/// last used (it ends when idle or old).
struct Session {
    User user;
    std::string csrf_token;
    Timestamp created_at;
    Timestamp last_seen_at;
};

} // namespace finsam
