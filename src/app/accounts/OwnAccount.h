#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "domain/User.h"

#include <vector>

namespace finsam {

/// Mitt konto: what every signed-in user may see and change of their own account, their
/// e-mail address and whether they get e-mail notifications.
struct OwnAccount {
    User user;
    MailPreference mail;
};

/// The user's own account; with `posted`, as posted. Forbidden for the command line, which is
/// no one's account.
AppResult<OwnAccount> own_account(const AppContext& context, const FieldSource* posted = nullptr);

/// Saves the posted `email` (empty for none) and `notifications` (sent when ticked): Invalid
/// on `email` for what is not an address. Recorded in the audit trail, which says what
/// changed but never the address.
AppResult<void> save_own_account(const AppContext& context, const FieldSource& fields);

} // namespace finsam
