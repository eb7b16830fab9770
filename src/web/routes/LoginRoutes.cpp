#include "app/accounts/Login.h"
#include "app/accounts/Secrets.h"
#include "web/http/ClientAddress.h"
#include "web/http/Cookies.h"
#include "web/http/ErrorAnswers.h"
#include "web/pages/LoginPage.h"
#include "web/routes/Routes.h"

namespace finsam {

namespace {

/// The login form has no session yet, so its CSRF token is a cookie of its own that the
/// form repeats (double submit): another site can make a browser post, not read the cookie.
constexpr const char* k_login_cookie = "finsam_login";

/// Every role's start page is at the root (web/routes/StartPageRoutes).
constexpr const char* k_start_page = "/";

void show_login(Exchange& exchange, const std::string& error, int status) {
    std::string token = cookie_value(exchange.request().get_header_value("Cookie"), k_login_cookie);
    if (token.empty()) {
        token = random_token();
        exchange.reply().set_cookie(
            cookie_header(k_login_cookie, token, "/login", exchange.web().config().secure_cookies));
    }
    const std::string next = exchange.input().value("next");
    exchange.page("login",
                  login_page(token, exchange.input().value("username"),
                             is_local_path(next) ? next : std::string(), error,
                             exchange.input().value("losenord") == "sparat"
                                 ? "Lösenordet är sparat. Logga in med det."
                                 : ""),
                  "Logga in", status);
}

void login_form(Exchange& exchange) {
    show_login(exchange, "", 200);
}

void log_in_page(Exchange& exchange) {
    const auto& input = exchange.input();
    const std::string cookie =
        cookie_value(exchange.request().get_header_value("Cookie"), k_login_cookie);
    auto& web = exchange.web();
    AppResult<OpenedSession> session = tl::unexpected(AppError::of(ErrorCode::LoginExpired));
    if (!cookie.empty() && same_secret(input.value("_csrf"), cookie))
        session = log_in(exchange.database(), web.clock(), web.throttle(), web.session_limits(),
                         {input.value("username"), input.value("password"),
                          client_address(exchange.request(), web.config().trusted_proxies)});
    if (!session && session.error().code == ErrorCode::Internal) {
        exchange.fail(session.error());
        return;
    }
    if (!session) {
        if (session.error().retry_after)
            exchange.reply().retry_after(*session.error().retry_after);
        const ErrorMessage refusal = error_message(session.error());
        show_login(exchange, refusal.text, refusal.status);
        return;
    }
    exchange.reply().set_cookie(
        cookie_header(k_session_cookie, session->token, "/", web.config().secure_cookies));
    const std::string next = input.value("next");
    exchange.reply().redirect(is_local_path(next) && next != "/login" ? next : k_start_page);
}

void log_out_page(Exchange& exchange) {
    if (exchange.failed(log_out(exchange.app(), exchange.visitor().session_digest)))
        return;
    exchange.reply().set_cookie(
        cookie_header(k_session_cookie, "", "/", exchange.web().config().secure_cookies));
    exchange.reply().redirect("/login");
}

} // namespace

RouteTable login_routes() {
    return {Audience::Pages,
            {
                {Method::Get, "/login", Who::Anyone, login_form},
                {Method::Post, "/login", Who::Anyone, log_in_page},
                {Method::Post, "/logout", Who::SignedIn, log_out_page},
            }};
}

} // namespace finsam
