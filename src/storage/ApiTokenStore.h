#pragma once

#include "domain/Timestamp.h"
#include "domain/User.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>

namespace finsam {

/// The API's keys. Only a hash of a token is stored (the caller hashes it).
class ApiTokenStore {
public:
    explicit ApiTokenStore(Database& database) : m_database(database) {}

    /// `name` says what the token is used for.
    tl::expected<std::int64_t, StorageError> add(std::int64_t user_id, const std::string& name,
                                                 const std::string& token_hash, Timestamp now);
    /// The token's user; nullopt when unknown, revoked, or the user is disabled.
    tl::expected<std::optional<User>, StorageError> find_user(const std::string& token_hash);

private:
    Database& m_database;
};

} // namespace finsam
