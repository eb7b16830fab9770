#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/ApiToken.h"
#include "domain/Invitation.h"
#include "domain/User.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace finsam {

// The förbund's user administration, for its admin and kansli in the browser (Användare) and
// for the server's operator (finsam user …, acting as the förbund's admin): users, their
// insatser, passwords through one-time links, and disabling. The access policy decides who
// may (administers_users, may_administer); a user outside the actor's förbund is NotFound.
// Errors carry Swedish messages on their fields. Every change is recorded in the audit trail.

/// NIST SP 800-63B's minimum for a password a person chooses.
inline constexpr std::size_t k_min_password_length = 8;

/// How long a one-time link to set a password works.
inline constexpr std::chrono::days k_invitation_lifetime{7};

struct UserRequest {
    std::string username;
    std::string display_name;               // the username when empty
    std::string role;                       // admin, kansli, insatsagare or styrelse
    std::vector<std::string> interventions; // an insatsägare's insatser, by name
    std::string password;                   // add_user's; invite_user lets the user choose
    std::string email{};                    // for notifications; none when empty
};

/// A one-time link just made: its token, shown once to whoever passes it on and stored only
/// as a digest, whose it is and until when it works.
struct IssuedInvitation {
    std::string token;
    User user;
    InvitationPurpose purpose = InvitationPurpose::Invite;
    Timestamp expires_at;
};

/// An insats to bind an insatsägare to, by name.
struct NamedIntervention {
    std::int64_t id = 0;
    std::string name;
};

/// Användare: the förbund's users, its insatser to bind them to, and its API tokens.
struct UsersOverview {
    std::vector<User> users;
    std::vector<NamedIntervention> interventions;
    std::vector<ApiToken> tokens;
};

/// One user's page: the user, the förbund's insatser to bind them to, their API tokens, and
/// whether the actor may change the account (an admin's is an admin's to change).
struct UserOverview {
    User user;
    std::vector<NamedIntervention> interventions;
    std::vector<ApiToken> tokens;
    bool may_change = false;
    MailPreference mail{}; // where their notifications go, and whether they want them
};

/// The address of the page where a link's token sets a password, from the server's root.
std::string invitation_path(const std::string& token);

/// The role asked for: Invalid on `role` when unknown, or when insatser are given for
/// another role than insatsägare. Needs no database.
AppResult<Role> requested_role(const UserRequest& request);

/// The user to add, before a password is asked for: requested_role()'s errors, Forbidden for
/// a role the actor may not give, or Invalid on `insats` (no insats of that name in the
/// förbund), `username` (taken) or `email` (not an address).
AppResult<NewUser> checked_new_user(const AppContext& context, const UserRequest& request);

/// Adds a user with the password of the request, as checked_new_user() checks it, and
/// Invalid on `password` when it is too short. Returns the new user's id.
AppResult<std::int64_t> add_user(const AppContext& context, const UserRequest& request);

/// Adds a user without a password, as checked_new_user() checks it, and makes their
/// invitation: a link through which they choose their own password.
AppResult<IssuedInvitation> invite_user(const AppContext& context, const UserRequest& request);

/// The one place a link to set a password is made, for a new user (Invite) or a forgotten
/// password (Reset): valid for k_invitation_lifetime, and it withdraws the user's earlier
/// unused links. A reset leaves the old password working until the link is used.
AppResult<IssuedInvitation> issue_invitation(const AppContext& context, std::int64_t user_id,
                                             InvitationPurpose purpose);

/// The förbund's users by username, each with their insatser.
AppResult<std::vector<User>> list_users(const AppContext& context);
/// The Användare page. Forbidden for whoever does not administer users.
AppResult<UsersOverview> users_overview(const AppContext& context);
/// A user's page: NotFound outside the förbund, Forbidden as users_overview().
AppResult<UserOverview> user_overview(const AppContext& context, std::int64_t user_id);
/// The förbund's user of this name: NotFound when it has none.
AppResult<User> find_user(const AppContext& context, const std::string& username);

/// Binds an insatsägare to exactly these insatser (by name): Invalid on `insats` for a name
/// the förbund lacks, or for insatser given to another role.
AppResult<void> set_user_interventions(const AppContext& context, std::int64_t user_id,
                                       const std::vector<std::string>& interventions);

/// A new password chosen by the operator (finsam user passwd), which ends the user's sessions
/// and revokes their API tokens (whoever knew the old password may have made them): how many
/// tokens were revoked. Invalid on `password` when too short.
AppResult<int> change_password(const AppContext& context, std::int64_t user_id,
                               const std::string& password);

/// The address the user's notifications go to (empty for none), as the kansli or admin gives
/// it: Invalid on `email` for what is not an address. Whether the user wants e-mail stays
/// their own choice. Recorded in the audit trail, never with the address.
AppResult<void> set_user_email(const AppContext& context, std::int64_t user_id,
                               const std::string& email);

/// Disables the user: they cannot log in (the login answers as for a wrong password), their
/// sessions end at once and their API tokens open nothing. Invalid on `user` for oneself.
AppResult<void> disable_user(const AppContext& context, std::int64_t user_id);
/// Lets a disabled user log in again; their old sessions stay ended, their tokens work again.
AppResult<void> enable_user(const AppContext& context, std::int64_t user_id);

/// A new API token for the user, `name` saying what it is for: the token, which is shown
/// once and stored only as a digest.
AppResult<std::string> create_api_token(const AppContext& context, std::int64_t user_id,
                                        const std::string& name);

} // namespace finsam
