#pragma once

#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>

namespace finsam {

/// An API key (API-nyckel) as the operator sees it: never the token itself, which is shown
/// once when made and stored only as a digest.
struct ApiToken {
    std::int64_t id = 0;
    std::int64_t user_id = 0;
    std::int64_t association_id = 0; // its user's förbund
    std::string username;
    std::string name; // what it is used for
    Timestamp created_at;
    std::optional<Timestamp> last_used_at; // to the minute: see api_token_user()
    std::optional<Timestamp> revoked_at;
};

} // namespace finsam
