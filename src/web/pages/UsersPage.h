#pragma once

#include "app/AppError.h"
#include "app/accounts/Invitations.h"
#include "app/accounts/UserAdministration.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

// The view models of user administration's pages: users.mustache, user.mustache,
// invitation_link.mustache and set_password.mustache.

/// The users, the form to invite one (with `posted` and its errors after a refusal) and the
/// förbund's API tokens.
mstch::map users_page(const UsersOverview& overview, const UserRequest& posted,
                      const std::vector<FieldError>& errors);

/// One user: their e-mail address, insatser, a new password link, disabling; `saved` says
/// what was just done; `posted_email` is shown when the address posted was refused.
mstch::map user_page(const UserOverview& overview, std::int64_t visitor_id,
                     const std::string& saved, const std::vector<FieldError>& errors,
                     const std::string& posted_email = "");

/// A link just made, to pass on: `link` is its full address.
mstch::map invitation_link_page(const IssuedInvitation& invitation, const std::string& link);

/// The form where the person a link was given to chooses their password.
mstch::map set_password_page(const OpenInvitation& invitation, const std::string& action,
                             const std::vector<FieldError>& errors);

} // namespace finsam
