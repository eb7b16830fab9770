#pragma once

#include "domain/Invitation.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>

namespace finsam {

/// A link to make: whose, why, until when and who asked for it (nullopt: the command line).
struct NewInvitation {
    std::int64_t user_id = 0;
    InvitationPurpose purpose = InvitationPurpose::Invite;
    std::string token_hash; // the caller hashes the token
    Timestamp created_at;
    Timestamp expires_at;
    std::optional<std::int64_t> created_by;
};

/// The one-time links through which users set their own passwords. Only a digest of a link's
/// token is stored, so a copy of the database opens no link.
class InvitationStore {
public:
    explicit InvitationStore(Database& database) : m_database(database) {}

    /// Stores the link; the user's earlier links that were not used are withdrawn, so only the
    /// newest one passed on works.
    tl::expected<std::int64_t, StorageError> add(const NewInvitation& invitation);
    /// The link of this digest, used or not; nullopt when there is none.
    tl::expected<std::optional<Invitation>, StorageError> find(const std::string& token_hash);
    /// Uses the link to give its user a new password hash, in one transaction: the link is
    /// used up, the user's sessions end and their API tokens are revoked. Code::NotFound when
    /// the link is unknown, used or expired at `now` (also when two use it at once: one wins).
    tl::expected<Invitation, StorageError> redeem(const std::string& token_hash,
                                                  const std::string& password_hash, Timestamp now);

private:
    Database& m_database;
};

} // namespace finsam
