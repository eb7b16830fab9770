#include "storage/InvitationStore.h"

#include "storage/Guarded.h"
#include "storage/InsertedId.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"
#include "storage/UserRows.h"

#include <stdexcept>

namespace finsam {

namespace {

std::optional<Invitation> read_invitation(soci::session& session, const std::string& token_hash) {
    Invitation invitation;
    std::string purpose;
    session << "SELECT id, user_id, purpose, created_at, expires_at, used_at FROM invitations "
               "WHERE token_hash = :token_hash",
        soci::use(token_hash), soci::into(invitation.id), soci::into(invitation.user_id),
        soci::into(purpose), soci::into(invitation.created_at), soci::into(invitation.expires_at),
        soci::into(invitation.used_at);
    if (!session.got_data())
        return std::nullopt;
    const auto known = invitation_purpose_from_string(purpose);
    if (!known)
        throw std::runtime_error("a stored invitation has an unknown purpose");
    invitation.purpose = *known;
    return invitation;
}

} // namespace

tl::expected<std::int64_t, StorageError> InvitationStore::add(const NewInvitation& invitation) {
    auto& session = m_database.session();
    return guarded("adding an invitation", [&] {
        Transaction transaction(session, m_database.backend());
        session << "DELETE FROM invitations WHERE user_id = :user_id AND used_at IS NULL",
            soci::use(invitation.user_id);
        const std::string purpose(to_string(invitation.purpose));
        IdInsert insert(session, m_database.backend(),
                        "INSERT INTO invitations (user_id, token_hash, purpose, created_at, "
                        "expires_at, created_by) VALUES (:user_id, :token_hash, :purpose, "
                        ":created_at, :expires_at, :created_by)",
                        soci::use(invitation.user_id), soci::use(invitation.token_hash),
                        soci::use(purpose), soci::use(invitation.created_at),
                        soci::use(invitation.expires_at), soci::use(invitation.created_by));
        const std::int64_t id = insert.execute();
        transaction.commit();
        return id;
    });
}

tl::expected<std::optional<Invitation>, StorageError>
InvitationStore::find(const std::string& token_hash) {
    return guarded("finding an invitation",
                   [&] { return read_invitation(m_database.session(), token_hash); });
}

tl::expected<Invitation, StorageError> InvitationStore::redeem(const std::string& token_hash,
                                                               const std::string& password_hash,
                                                               Timestamp now) {
    auto& session = m_database.session();
    return guarded("using an invitation", [&] {
        Transaction transaction(session, m_database.backend());
        // Used up first, and only while open: of two requests with one link, one changes it.
        soci::statement use_up =
            (session.prepare << "UPDATE invitations SET used_at = :now WHERE token_hash = :hash "
                                "AND used_at IS NULL AND expires_at > :now_again",
             soci::use(now), soci::use(token_hash), soci::use(now));
        use_up.execute(true);
        if (use_up.get_affected_rows() != 1)
            throw StorageFailure({StorageError::Code::NotFound, "no open invitation"});
        auto invitation = read_invitation(session, token_hash);
        if (!invitation)
            throw StorageFailure({StorageError::Code::NotFound, "no open invitation"});
        replace_password_hash(session, invitation->user_id, password_hash, now);
        transaction.commit();
        return *invitation;
    });
}

} // namespace finsam
