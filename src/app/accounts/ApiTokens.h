#pragma once

#include "app/AppError.h"
#include "domain/ApiToken.h"
#include "domain/Clock.h"
#include "storage/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace finsam {

// The operator's view of the API's keys (finsam user token list|revoke): what each is for,
// whose it is and when it was last used, but never the token itself.

/// The förbund's API tokens, revoked ones too; only those of `username` when it is not
/// empty. NotFound when the förbund has no user of that name.
AppResult<std::vector<ApiToken>> list_api_tokens(Database& database, std::int64_t association_id,
                                                 const std::string& username);

/// Revokes the token: from now on it opens nothing (the API answers as for a wrong token).
/// A revoked token keeps the time it was first revoked. NotFound when there is no such token.
/// Recorded in the audit trail of the token's förbund.
AppResult<ApiToken> revoke_api_token(Database& database, const Clock& clock, std::int64_t token_id);

} // namespace finsam
