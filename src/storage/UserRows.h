#pragma once

#include "domain/Timestamp.h"
#include "domain/User.h"

#include <cstdint>
#include <optional>
#include <soci/soci.h>
#include <string>
#include <vector>

namespace finsam {

// Reading users, shared by the stores that find them: by name, by session, by API token.

/// The user columns every such query selects, from `users u`, with their förbund's
/// small-count threshold, which the access policy applies to what they see.
inline constexpr const char* k_user_columns =
    "u.id, u.association_id, u.username, u.display_name, u.role, u.disabled_at, "
    "(SELECT a.small_count_threshold FROM associations a WHERE a.id = u.association_id)";

/// The columns of k_user_columns, as a statement reads them.
struct UserRow {
    std::int64_t id = 0;
    std::int64_t association_id = 0;
    std::string username;
    std::string display_name;
    std::string role;
    std::optional<std::string> disabled_at;
    int small_count_threshold = 5;

    /// Binds the row's members as the statement's next outputs.
    void bind(soci::statement& statement);
    /// The user, without their insatser. Throws std::runtime_error for an unknown role.
    User to_user() const;
};

/// Which users read_bound_interventions() reads the insatser of.
enum class UsersOf { Association, User };

/// Adds to `users` the insatser each is bound to, in one query for all of them: those of the
/// förbund `key`, or the one user `key`.
void read_bound_interventions(soci::session& session, std::vector<User>& users, UsersOf scope,
                              std::int64_t key);

/// Runs `query`, which selects k_user_columns with `key` bound; the user with their insatser,
/// or nullopt.
std::optional<User> read_one_user(soci::session& session, const std::string& query,
                                  const std::string& key);
std::optional<User> read_one_user(soci::session& session, const std::string& query,
                                  std::int64_t key);

/// Gives the user a new password hash, inside the caller's transaction, and ends what whoever
/// knew the old password may have opened with it: their sessions end and their API tokens are
/// revoked at `now`. Returns how many tokens it revoked.
int replace_password_hash(soci::session& session, std::int64_t user_id,
                          const std::string& password_hash, Timestamp now);

} // namespace finsam
