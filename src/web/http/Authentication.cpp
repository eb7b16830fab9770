#include "web/http/Authentication.h"

#include "app/accounts/Login.h"
#include "app/accounts/Secrets.h"
#include "web/http/Cookies.h"

#include <spdlog/spdlog.h>

namespace finsam {

std::optional<Visitor> visitor_from_session(WebContext& web, Database& database,
                                            const httplib::Request& request) {
    const std::string token = cookie_value(request.get_header_value("Cookie"), k_session_cookie);
    const auto session = active_session(database, web.clock(), web.session_limits(), token);
    if (!session) {
        spdlog::error("session lookup failed: {}", session.error().log_message);
        return std::nullopt;
    }
    if (!*session)
        return std::nullopt;
    return Visitor{std::move((*session)->user), (*session)->digest, (*session)->csrf_token, false};
}

std::optional<Visitor> visitor_from_api(WebContext& web, Database& database,
                                        const httplib::Request& request) {
    const std::string header = request.get_header_value("Authorization");
    constexpr std::string_view k_bearer = "Bearer ";
    if (!header.starts_with(k_bearer))
        return visitor_from_session(web, database, request);
    const auto user = api_token_user(database, web.clock(), header.substr(k_bearer.size()));
    if (!user) {
        spdlog::error("API token lookup failed: {}", user.error().log_message);
        return std::nullopt;
    }
    if (!*user)
        return visitor_from_session(web, database, request);
    return Visitor{std::move(**user), "", "", true};
}

bool carries_csrf_token(const Visitor& visitor, const httplib::Request& request,
                        const std::string& posted_token) {
    if (visitor.via_api_token)
        return true;
    std::string sent = request.get_header_value("X-CSRF-Token");
    if (sent.empty())
        sent = posted_token;
    return !sent.empty() && same_secret(sent, visitor.csrf_token);
}

} // namespace finsam
