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

/// Logged-in browsers. Only a hash of a session's token is stored (the caller hashes it),
/// so a copy of the database opens no session.
class SessionStore {
public:
    explicit SessionStore(Database& database) : m_database(database) {}

    tl::expected<void, StorageError> create(const std::string& token_hash, std::int64_t user_id,
                                            const std::string& csrf_token, Timestamp now);
    /// The session and its user; nullopt when unknown or the user is disabled.
    tl::expected<std::optional<Session>, StorageError> find(const std::string& token_hash);
    tl::expected<void, StorageError> touch(const std::string& token_hash, Timestamp now);
    tl::expected<void, StorageError> remove(const std::string& token_hash);
    /// Removes sessions last seen before `cutoff`; returns how many.
    tl::expected<int, StorageError> remove_seen_before(Timestamp cutoff);

private:
    Database& m_database;
};

} // namespace finsam
