#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/accounts/LoginThrottle.h"
#include "domain/Clock.h"
#include "domain/User.h"
#include "storage/Database.h"

#include <chrono>
#include <optional>
#include <string>

namespace finsam {

// Logging in and out, and who a session cookie or an API token belongs to.

/// How long a session lasts: until idle this long, and at most `lifetime` in all.
struct SessionLimits {
    std::chrono::minutes idle{30};
    std::chrono::hours lifetime{12};
};

struct LoginAttempt {
    std::string username;
    std::string password;
    std::string address; // the client's (behind a trusted proxy, X-Forwarded-For's), for the
                         // throttle
};

/// A session just opened: the token for the browser's cookie, and its user.
struct OpenedSession {
    std::string token;
    User user;
};

/// Checks a login: LoginThrottled (with how long to wait) while the throttle asks the
/// username at that address, or the address, to wait after failures; LoginFailed for a wrong
/// username or password (in the same time either way, so the answer does not tell which usernames
/// exist; a disabled user fails too). On success opens a session, records the login in the
/// audit trail, and removes sessions idle past their limit.
AppResult<OpenedSession> log_in(Database& database, const Clock& clock, LoginThrottle& throttle,
                                const SessionLimits& limits, const LoginAttempt& attempt);

/// A valid session: its user, the CSRF token its forms carry, and the digest it is stored
/// under.
struct ActiveSession {
    User user;
    std::string csrf_token;
    std::string digest;
};

/// The session a cookie's token opens, when it is neither idle past its limit nor older
/// than its lifetime. An expired session is removed; one in use is refreshed at most once a
/// minute, so that reading pages does not write.
AppResult<std::optional<ActiveSession>> active_session(Database& database, const Clock& clock,
                                                       const SessionLimits& limits,
                                                       const std::string& token);

/// The user of an API token, unless it is revoked or the user disabled. Records when the
/// token was last used, to the minute (at most one write a minute per token).
AppResult<std::optional<User>> api_token_user(Database& database, const Clock& clock,
                                              const std::string& token);

/// Ends the session stored under `digest` and records the logout.
AppResult<void> log_out(const AppContext& context, const std::string& digest);

} // namespace finsam
