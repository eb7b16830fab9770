#include "app/accounts/Invitations.h"

#include "app/AppContext.h"
#include "app/accounts/Secrets.h"
#include "app/accounts/UserAdministration.h"
#include "storage/InvitationStore.h"
#include "storage/UserStore.h"

namespace finsam {

namespace {

AppError invalid(const std::string& field, std::string message) {
    return AppError::invalid({{field, std::move(message)}});
}

} // namespace

AppResult<OpenInvitation> open_invitation(Database& database, const Clock& clock,
                                          const std::string& token) {
    InvitationStore invitations(database);
    const auto invitation = invitations.find(token_digest(token));
    if (!invitation)
        return tl::unexpected(AppError::internal(invitation.error()));
    if (!*invitation || !(*invitation)->open_at(clock.now()))
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    UserStore users(database, clock);
    auto user = users.find((*invitation)->user_id);
    if (!user)
        return tl::unexpected(AppError::internal(user.error()));
    if (!*user || (*user)->disabled)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    return OpenInvitation{std::move(**user), (*invitation)->purpose, (*invitation)->expires_at};
}

AppResult<User> accept_invitation(Database& database, const Clock& clock, const std::string& token,
                                  const std::string& password, const std::string& password_again) {
    auto opened = open_invitation(database, clock, token);
    if (!opened)
        return tl::unexpected(opened.error());
    if (password.size() < k_min_password_length)
        return tl::unexpected(invalid("password", "Lösenordet måste ha minst " +
                                                      std::to_string(k_min_password_length) +
                                                      " tecken."));
    if (password != password_again)
        return tl::unexpected(invalid("password_again", "Lösenorden är inte lika."));
    InvitationStore invitations(database);
    const auto redeemed =
        invitations.redeem(token_digest(token), hash_password(password), clock.now());
    if (!redeemed && redeemed.error().code == StorageError::Code::NotFound)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    if (!redeemed)
        return tl::unexpected(AppError::internal(redeemed.error()));
    record_audit(database, clock, opened->user.id, AuditAction::PasswordChange, AuditObject::User,
                 opened->user.id, "invitation");
    return std::move(opened->user);
}

} // namespace finsam
