#pragma once

#include "app/AppError.h"
#include "app/accounts/OwnAccount.h"

#include <mstch/mstch.hpp>
#include <vector>

namespace finsam {

/// account.mustache's view model: the user's name, username and role, and the form of their
/// e-mail address and notifications (with errors beside the field), and whether it was just
/// saved.
mstch::map account_page(const OwnAccount& account, const std::vector<FieldError>& errors,
                        bool saved);

} // namespace finsam
