#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/ApiToken.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace finsam {

// The API's keys as the förbund's admin and kansli see them (API-nycklar; finsam user token
// list|revoke): what each is for, whose it is and when it was last used, but never the token
// itself.

/// The förbund's API tokens, revoked ones too; only those of `user_id` when given. Forbidden
/// for whoever does not administer users.
AppResult<std::vector<ApiToken>> list_api_tokens(const AppContext& context,
                                                 std::optional<std::int64_t> user_id);

/// Revokes the token: from now on it opens nothing (the API answers as for a wrong token).
/// A revoked token keeps the time it was first revoked. NotFound when the förbund has no
/// such token. Recorded in the audit trail.
AppResult<ApiToken> revoke_api_token(const AppContext& context, std::int64_t token_id);

} // namespace finsam
