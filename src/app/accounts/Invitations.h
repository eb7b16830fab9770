#pragma once

#include "app/AppError.h"
#include "domain/Clock.h"
#include "domain/Invitation.h"
#include "domain/User.h"
#include "storage/Database.h"

#include <string>

namespace finsam {

// The other end of a one-time link (issue_invitation): the person it was given to chooses
// their password without being logged in; the link's token is all that says who they are.

/// What the page of an open link shows: whose account it sets a password for and why.
struct OpenInvitation {
    User user;
    InvitationPurpose purpose = InvitationPurpose::Invite;
    Timestamp expires_at;
};

/// The link of this token while it is open: NotFound when it is unknown, used, expired, or
/// its user disabled (which of them is not told).
AppResult<OpenInvitation> open_invitation(Database& database, const Clock& clock,
                                          const std::string& token);

/// Sets the password the person chose through the link (`password`, and `password_again`
/// the same), which uses the link up, ends the user's sessions and revokes their API tokens.
/// Invalid on `password` when too short, on `password_again` when the two differ; NotFound
/// as open_invitation(). Recorded in the audit trail as the user's own password change.
AppResult<User> accept_invitation(Database& database, const Clock& clock, const std::string& token,
                                  const std::string& password, const std::string& password_again);

} // namespace finsam
