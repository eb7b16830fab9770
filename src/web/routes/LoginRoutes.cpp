#include "storage/AccountStore.h"
#include "storage/UtcTimestamp.h"
#include "web/Routes.h"
#include "web/Security.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

/// The login form has no session yet, so its CSRF token is a cookie of its own that the
/// form repeats (double submit): another site can make a browser post, not read the cookie.
constexpr const char* k_login_cookie = "finsam_login";

std::string home_of(const User& user) {
    return user.role == Role::InterventionOwner ? "/insatser" : "/oversikt";
}

void show_login(RequestScope& scope, const std::string& error, int status) {
    std::string token = cookie_value(scope.request().get_header_value("Cookie"), k_login_cookie);
    if (token.empty()) {
        token = random_token();
        scope.response().set_header(
            "Set-Cookie", std::string(k_login_cookie) + "=" + token +
                              "; Path=/login; HttpOnly; SameSite=Strict" +
                              (scope.context().config().secure_cookies ? "; Secure" : ""));
    }
    const std::string next = scope.param("next");
    mstch::map page{{"login_csrf", token},
                    {"username", scope.param("username")},
                    {"next", is_local_path(next) ? next : std::string()}};
    if (!error.empty())
        page["error"] = error;
    scope.page("login", page, "Logga in", status);
}

/// Checks the password even for an unknown user, so that the answer's timing does not tell
/// which usernames exist.
bool password_matches(const std::optional<std::pair<User, std::string>>& login,
                      const std::string& password) {
    static const std::string k_unknown_user_hash = hash_password(random_token());
    if (!login) {
        (void)verify_password(k_unknown_user_hash, password);
        return false;
    }
    return !login->first.disabled && verify_password(login->second, password);
}

void log_in(RequestScope& scope) {
    const std::string sent_token = scope.param("_csrf");
    const std::string cookie =
        cookie_value(scope.request().get_header_value("Cookie"), k_login_cookie);
    if (cookie.empty() || !same_secret(sent_token, cookie)) {
        show_login(scope, "Inloggningen gick ut. Försök igen.", 403);
        return;
    }
    const std::string username = scope.param("username");
    const std::string address = scope.request().remote_addr;
    if (!scope.context().throttle().allows(username, address)) {
        spdlog::warn("login refused: too many failed attempts");
        show_login(scope, "För många misslyckade inloggningar. Vänta en kvart och försök igen.",
                   429);
        return;
    }
    AccountStore accounts(scope.database());
    const auto login = accounts.find_login(username);
    if (!login)
        throw std::runtime_error("finding the user failed: " + login.error().message);
    if (!password_matches(*login, scope.param("password"))) {
        scope.context().throttle().record_failure(username, address);
        scope.audit("login_failed", "user", std::nullopt);
        show_login(scope, "Fel användarnamn eller lösenord.", 401);
        return;
    }
    scope.context().throttle().record_success(username);
    const User& user = (*login)->first;
    const std::string token = random_token();
    const auto created =
        accounts.create_session(token_digest(token), user.id, random_token(), utc_timestamp_now());
    if (!created)
        throw std::runtime_error("creating a session failed: " + created.error().message);
    accounts.record({utc_timestamp_now(), user.id, "login", "user", user.id, ""});
    // Sessions idle past their limit can never be used again; logins sweep them away.
    const auto idle_cutoff =
        utc_timestamp(std::chrono::system_clock::now() - scope.context().config().session_idle);
    if (const auto swept = accounts.delete_sessions_seen_before(idle_cutoff); !swept)
        spdlog::error("removing idle sessions failed: {}", swept.error().message);
    scope.set_session_cookie(token);
    const std::string next = scope.param("next");
    scope.redirect(is_local_path(next) && next != "/" && next != "/login" ? next : home_of(user));
}

} // namespace

void add_login_routes(httplib::Server& server, WebContext& context) {
    server.Get("/login", [&context](const httplib::Request& request, httplib::Response& response) {
        RequestScope scope(context, request, response);
        show_login(scope, "", 200);
    });
    server.Post("/login", [&context](const httplib::Request& request, httplib::Response& response) {
        RequestScope scope(context, request, response);
        try {
            log_in(scope);
        } catch (const std::exception& error) {
            spdlog::error("login failed: {}", error.what());
            scope.message(500, "Något gick fel", "Inloggningen misslyckades. Försök igen.");
        }
    });
    server.Post("/logout", page_handler(context, [](RequestScope& scope) {
                    AccountStore accounts(scope.database());
                    (void)accounts.delete_session(scope.visitor().session_digest);
                    scope.audit("logout", "user", scope.visitor().user.id);
                    scope.set_session_cookie("");
                    scope.redirect("/login");
                }));
    server.Get("/", page_handler(context, [](RequestScope& scope) {
                   scope.redirect(home_of(scope.visitor().user));
               }));
}

} // namespace finsam
