#include "web/http/Cookies.h"
#include "web/http/Route.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

bool changes_state(const httplib::Request& request) {
    return request.method != "GET" && request.method != "HEAD";
}

/// The path of this server's page a form was posted from, or empty: a Referer of another
/// origin, or none, names no page to come back to.
std::string posted_from(const httplib::Request& request) {
    const std::string referer = request.get_header_value("Referer");
    const std::string origin = "://" + request.get_header_value("Host");
    const auto scheme_end = referer.find(origin);
    if (scheme_end == std::string::npos || scheme_end > 5)
        return {};
    // Without its query: only a plain path comes back through the login.
    std::string path = referer.substr(scheme_end + origin.size());
    path = path.substr(0, path.find('?'));
    return is_local_path(path) ? path : std::string();
}

/// Without a session: a page asks to log in and comes back afterwards (to the page a form
/// was posted from: its script keeps what was typed), a script's request and the API get 401.
void ask_to_log_in(Exchange& exchange) {
    const auto& request = exchange.request();
    if (exchange.audience() == Audience::Api ||
        request.get_header_value("Accept").find("application/json") != std::string::npos) {
        exchange.fail_as_json(AppError::of(ErrorCode::Unauthenticated));
        return;
    }
    const std::string back = request.method == "GET" ? request.path : posted_from(request);
    const bool comes_back = is_local_path(back) && back != "/" && back != "/login";
    exchange.reply().redirect(comes_back ? "/login?next=" + back : "/login");
}

/// Runs the route's steps; false when one of them has answered instead of the handler.
bool admitted(Exchange& exchange, Who who) {
    if (who == Who::Anyone)
        return true;
    if (!exchange.authenticate()) {
        ask_to_log_in(exchange);
        return false;
    }
    const auto& request = exchange.request();
    if (changes_state(request) &&
        !carries_csrf_token(exchange.visitor(), request, exchange.input().value("_csrf"))) {
        spdlog::warn("refused a request without a valid CSRF token: {} {}", request.method,
                     request.path);
        exchange.fail(AppError::of(ErrorCode::RequestForged));
        return false;
    }
    if (who == Who::Kansli && !AccessPolicy(exchange.visitor().user).manages_association()) {
        // Who tried the kansli's work is worth knowing; the address says what it was.
        record_audit(exchange.database(), exchange.web().clock(), exchange.visitor().user.id,
                     AuditAction::Denied, AuditObject::Page, std::nullopt,
                     request.method + " " + request.path);
        exchange.fail(AppError::of(ErrorCode::Forbidden));
        return false;
    }
    return true;
}

httplib::Server::Handler guarded(WebContext& web, Audience audience, Route route) {
    return [&web, audience, route](const httplib::Request& request, httplib::Response& response) {
        Exchange exchange(web, request, response, audience);
        try {
            if (!admitted(exchange, route.who))
                return;
            route.handler(exchange);
            // A login changes nothing the cached pages show.
            if (changes_state(request) && route.who != Who::Anyone)
                web.page_cache().invalidate();
        } catch (const std::exception& error) {
            exchange.fail(AppError::internal(error.what()));
        }
    };
}

} // namespace

void add_routes(httplib::Server& server, WebContext& web, const RouteTable& table) {
    for (const auto& route : table.routes) {
        const std::string path(route.path);
        auto handler = guarded(web, table.audience, route);
        switch (route.method) {
        case Method::Get:
            server.Get(path, std::move(handler));
            break;
        case Method::Post:
            server.Post(path, std::move(handler));
            break;
        case Method::Put:
            server.Put(path, std::move(handler));
            break;
        }
    }
}

} // namespace finsam
