#pragma once

#include "domain/User.h"
#include "web/WebContext.h"

#include <httplib.h>
#include <optional>
#include <string>

namespace finsam {

/// Who is asking, once authenticated: a browser's session, or an API token.
struct Visitor {
    User user;
    std::string session_digest; // empty for an API token
    std::string csrf_token;     // empty for an API token
    bool via_api_token = false;
};

/// The visitor of a page request: a valid session cookie, or nullopt.
std::optional<Visitor> visitor_from_session(WebContext& web, Database& database,
                                            const httplib::Request& request);

/// The visitor of an API call: `Authorization: Bearer <token>`, else a session cookie.
std::optional<Visitor> visitor_from_api(WebContext& web, Database& database,
                                        const httplib::Request& request);

/// Whether a change comes from the visitor's own form: its `_csrf` field, or an API call's
/// `X-CSRF-Token` header with a session cookie, must be the session's token. API tokens need
/// none: no browser sends them by itself.
bool carries_csrf_token(const Visitor& visitor, const httplib::Request& request,
                        const std::string& posted_token);

} // namespace finsam
