#pragma once

#include "domain/ApiToken.h"
#include "domain/Timestamp.h"
#include "domain/User.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// A token that opened a request: which one, when it was last used before, and its user.
struct TokenHolder {
    std::int64_t token_id = 0;
    std::optional<Timestamp> last_used_at;
    User user;
};

/// The API's keys. Only a hash of a token is stored (the caller hashes it).
class ApiTokenStore {
public:
    explicit ApiTokenStore(Database& database) : m_database(database) {}

    /// `name` says what the token is used for.
    tl::expected<std::int64_t, StorageError> add(std::int64_t user_id, const std::string& name,
                                                 const std::string& token_hash, Timestamp now);
    /// The token and its user; nullopt when unknown, revoked, or the user is disabled.
    tl::expected<std::optional<TokenHolder>, StorageError> find(const std::string& token_hash);
    /// Notes that the token opened a request at `now`.
    tl::expected<void, StorageError> record_use(std::int64_t token_id, Timestamp now);
    /// The förbund's tokens, revoked ones too, by username and then age; only the user's when
    /// `user_id` is given.
    tl::expected<std::vector<ApiToken>, StorageError>
    list(std::int64_t association_id, std::optional<std::int64_t> user_id = std::nullopt);
    /// Revokes the token from `now` on (a revoked token keeps the time it was first revoked)
    /// and returns it; Code::NotFound when there is no such token.
    tl::expected<ApiToken, StorageError> revoke(std::int64_t token_id, Timestamp now);

private:
    Database& m_database;
};

} // namespace finsam
