#include "WebTestSupport.h"
#include "storage/UserStore.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using AuthTest = WebTest;

std::string session_cookie_header(const Answer& answer) {
    for (const auto& cookie : answer.all_headers("Set-Cookie")) {
        if (cookie.starts_with("finsam_session="))
            return cookie;
    }
    return "";
}

std::string ago(std::chrono::minutes minutes) {
    return (system_clock().now() - minutes).iso();
}

// Without a session.

TEST_F(AuthTest, EveryPageGetWithoutASessionRedirectsToLoginAndComesBack) {
    const std::string karnhuset = std::to_string(m_karnhuset);
    const std::string report = std::to_string(m_karnhuset_report);
    for (const std::string& path :
         Strings{"/oversikt", "/insatser", "/insatser/ny", "/insatser/" + karnhuset,
                 "/insatser/" + karnhuset + "/redigera", "/insatser/" + karnhuset + "/ny-rapport",
                 "/rapporter/" + report, "/rapporter/" + report + "/versioner/1",
                 "/rapporter/" + report + "/redigera", "/installningar", "/import"}) {
        const Answer answer = anonymous().get(path);
        EXPECT_EQ(answer.status, 303) << path;
        EXPECT_EQ(answer.location(), "/login?next=" + path) << path;
        EXPECT_EQ(answer.body.find("Kärnhuset"), std::string::npos) << path;
    }
}

TEST_F(AuthTest, TheStartPageWithoutASessionRedirectsToLogin) {
    const Answer answer = anonymous().get("/");
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.location(), "/login");
}

TEST_F(AuthTest, EveryPagePostWithoutASessionRedirectsToLoginAndChangesNothing) {
    const std::string karnhuset = std::to_string(m_karnhuset);
    const std::string report = std::to_string(m_karnhuset_report);
    const std::string before = fingerprint();
    for (const std::string& path :
         Strings{"/logout", "/insatser", "/insatser/" + karnhuset,
                 "/insatser/" + karnhuset + "/ny-rapport", "/rapporter/" + report + "/redigera",
                 "/rapporter/" + report + "/utkast", "/rapporter/" + report + "/registrera",
                 "/rapporter/" + report + "/komplettering", "/rapporter/" + report + "/granska",
                 "/installningar", "/import", "/import/spara"}) {
        const Answer answer = anonymous().post_form(path, {{"name", "Ändrat namn"},
                                                           {"period_start", "2024-10-01"},
                                                           {"action", "submit"},
                                                           {"comment", "x"},
                                                           {"revision", "1"}});
        EXPECT_EQ(answer.status, 303) << path;
        EXPECT_EQ(answer.location(), "/login") << path;
    }
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(AuthTest, EveryApiCallWithoutASessionIs401Json) {
    const std::string karnhuset = std::to_string(m_karnhuset);
    const std::string report = std::to_string(m_karnhuset_report);
    const std::string before = fingerprint();
    for (const std::string& path :
         Strings{"/api/v1/insatser", "/api/v1/insatser/" + karnhuset, "/api/v1/rapporter/" + report,
                 "/api/v1/oversikt", "/api/v1/finns-inte"}) {
        const Answer answer = anonymous().get(path);
        EXPECT_EQ(answer.status, 401) << path;
        EXPECT_EQ(answer.json()["error"]["code"], "unauthenticated") << path;
        EXPECT_NE(answer.header("Content-Type").find("application/json"), std::string::npos);
    }
    for (const std::string& action : Strings{"registrera", "komplettering", "granska"}) {
        const std::string path = "/api/v1/rapporter/" + report + "/" + action;
        const Answer answer =
            anonymous().post_body(path, R"({"revision": 1, "comment": "x"})", "application/json");
        EXPECT_EQ(answer.status, 401) << path;
        EXPECT_EQ(answer.json()["error"]["code"], "unauthenticated") << path;
    }
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(AuthTest, AnUnknownApiTokenIs401) {
    const Answer answer =
        anonymous().get("/api/v1/insatser", {{"Authorization", "Bearer " + std::string(43, 'x')}});
    EXPECT_EQ(answer.status, 401);
}

TEST_F(AuthTest, TheLoginPageAndStylesheetAnswerWithoutASession) {
    WebClient client = anonymous();
    const Answer login = client.get("/login");
    EXPECT_EQ(login.status, 200);
    EXPECT_NE(login.body.find("<h1>Logga in</h1>"), std::string::npos);
    const Answer stylesheet = client.get("/static/finsam.css");
    EXPECT_EQ(stylesheet.status, 200);
    EXPECT_NE(stylesheet.header("Content-Type").find("text/css"), std::string::npos);
    EXPECT_EQ(stylesheet.body, read_file(std::filesystem::path(FINSAM_STATIC_DIR) / "finsam.css"));
}

TEST_F(AuthTest, TheLoginPageSetsALoginCookieThatItsFormRepeats) {
    WebClient client = anonymous();
    const Answer login = client.get("/login");
    ASSERT_FALSE(client.cookie("finsam_login").empty());
    EXPECT_EQ(csrf_in(login.body), client.cookie("finsam_login"));
}

// Logging in.

TEST_F(AuthTest, TheRightPasswordStartsASessionAndGoesToTheStartPage) {
    WebClient client = anonymous();
    const Answer answer = client.log_in("kansli", k_password);
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.location(), "/");
    ASSERT_TRUE(client.has_cookie("finsam_session"));
    const Answer start = client.get("/");
    EXPECT_EQ(start.status, 200);
    EXPECT_NE(start.body.find("Karin Kansli"), std::string::npos);
    EXPECT_NE(start.body.find("Kansliets arbete"), std::string::npos);
}

TEST_F(AuthTest, AnInsatsagareLandsOnTheirToDo) {
    WebClient client = anonymous();
    const Answer answer = client.log_in("agare", k_password);
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.location(), "/");
    EXPECT_NE(client.get("/").body.find("<h1>Att göra</h1>"), std::string::npos);
}

TEST_F(AuthTest, TheStoredSessionIsAHashOfTheCookie) {
    WebClient client = anonymous();
    ASSERT_EQ(client.log_in("kansli", k_password).status, 303);
    const std::string token = client.cookie("finsam_session");
    std::string stored;
    database().session() << "SELECT token_hash FROM sessions", soci::into(stored);
    EXPECT_NE(stored, token);
    EXPECT_EQ(stored.size(), 64u);
}

TEST_F(AuthTest, AWrongPasswordIs401WithASwedishMessage) {
    WebClient client = anonymous();
    const Answer answer = client.log_in("kansli", "fel lösenord");
    EXPECT_EQ(answer.status, 401);
    EXPECT_NE(answer.body.find("Fel användarnamn eller lösenord"), std::string::npos);
    EXPECT_FALSE(client.has_cookie("finsam_session"));
    EXPECT_EQ(session_cookie_header(answer), "");
}

TEST_F(AuthTest, AnUnknownUserGetsTheSameAnswerAsAWrongPassword) {
    WebClient client = anonymous();
    const Answer answer = client.log_in("finns_inte", k_password);
    EXPECT_EQ(answer.status, 401);
    EXPECT_NE(answer.body.find("Fel användarnamn eller lösenord"), std::string::npos);
    EXPECT_FALSE(client.has_cookie("finsam_session"));
}

TEST_F(AuthTest, ADisabledUserCannotLogIn) {
    UserStore users(database(), system_clock());
    ASSERT_TRUE(users.set_disabled(user_id("kansli"), true));
    WebClient client = anonymous();
    EXPECT_EQ(client.log_in("kansli", k_password).status, 401);
    EXPECT_FALSE(client.has_cookie("finsam_session"));
}

TEST_F(AuthTest, ADisabledUsersSessionEnds) {
    WebClient client = client_as("kansli");
    ASSERT_EQ(client.get("/insatser").status, 200);
    UserStore users(database(), system_clock());
    ASSERT_TRUE(users.set_disabled(user_id("kansli"), true));
    EXPECT_EQ(client.get("/insatser").status, 303);
}

TEST_F(AuthTest, FiveFailuresForAUsernameRefuseEvenTheRightPassword) {
    WebClient client = anonymous();
    for (int attempt = 0; attempt < 5; ++attempt)
        ASSERT_EQ(client.log_in("kansli", "gissning " + std::to_string(attempt)).status, 401);
    const Answer answer = client.log_in("kansli", k_password);
    EXPECT_EQ(answer.status, 429);
    EXPECT_NE(answer.body.find("För många misslyckade inloggningar"), std::string::npos);
    EXPECT_FALSE(client.has_cookie("finsam_session"));
}

TEST_F(AuthTest, FourFailuresStillLetTheRightPasswordIn) {
    WebClient client = anonymous();
    for (int attempt = 0; attempt < 4; ++attempt)
        ASSERT_EQ(client.log_in("kansli", "gissning").status, 401);
    EXPECT_EQ(client.log_in("kansli", k_password).status, 303);
}

TEST_F(AuthTest, FailuresForOneUsernameDoNotLockOutAnother) {
    WebClient client = anonymous();
    for (int attempt = 0; attempt < 5; ++attempt)
        ASSERT_EQ(client.log_in("agare", "gissning").status, 401);
    EXPECT_EQ(client.log_in("kansli", k_password).status, 303);
}

TEST_F(AuthTest, TheLoginFormWithoutItsCookieIsRefused) {
    WebClient client = anonymous();
    const Answer form = client.get("/login");
    const std::string token = csrf_in(form.body);
    client.forget_cookies();
    const Answer answer = client.post_form(
        "/login", {{"_csrf", token}, {"username", "kansli"}, {"password", k_password}});
    EXPECT_EQ(answer.status, 403);
    EXPECT_FALSE(client.has_cookie("finsam_session"));
    EXPECT_EQ(session_cookie_header(answer), "");
}

TEST_F(AuthTest, TheLoginFormWithoutItsTokenIsRefused) {
    WebClient client = anonymous();
    client.get("/login");
    const Answer answer =
        client.post_form("/login", {{"username", "kansli"}, {"password", k_password}});
    EXPECT_EQ(answer.status, 403);
    EXPECT_FALSE(client.has_cookie("finsam_session"));
}

TEST_F(AuthTest, TheLoginFormWithAWrongTokenIsRefused) {
    WebClient client = anonymous();
    client.get("/login");
    const Answer answer = client.post_form(
        "/login", {{"_csrf", "annan-token"}, {"username", "kansli"}, {"password", k_password}});
    EXPECT_EQ(answer.status, 403);
    EXPECT_FALSE(client.has_cookie("finsam_session"));
}

// Where a login leads.

TEST_F(AuthTest, ALoginReturnsToThePageAskedFor) {
    WebClient client = anonymous();
    const std::string path = "/insatser/" + std::to_string(m_karnhuset);
    const Answer redirect = client.get(path);
    ASSERT_EQ(redirect.location(), "/login?next=" + path);
    const Answer form = client.get(redirect.location());
    EXPECT_EQ(hidden_input(form.body, "next"), path);
    const Answer answer = client.post_form("/login", {{"_csrf", csrf_in(form.body)},
                                                      {"username", "kansli"},
                                                      {"password", k_password},
                                                      {"next", hidden_input(form.body, "next")}});
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.location(), path);
}

TEST_F(AuthTest, ALoginDoesNotFollowNextToAnotherSite) {
    for (const std::string& next :
         Strings{"//evil.example", "//evil.example/insatser", "https://evil.example/",
                 "/\\evil.example", "evil.example"}) {
        WebClient client = anonymous();
        const Answer answer = client.log_in("kansli", k_password, next);
        EXPECT_EQ(answer.status, 303) << next;
        EXPECT_EQ(answer.location(), "/") << next;
    }
}

TEST_F(AuthTest, TheLoginFormDoesNotCarryAForeignNext) {
    const Answer form = anonymous().get("/login?next=//evil.example");
    EXPECT_EQ(form.status, 200);
    EXPECT_EQ(hidden_input(form.body, "next"), "");
    EXPECT_EQ(form.body.find("evil.example"), std::string::npos);
}

// The session cookie.

TEST_F(AuthTest, TheSessionCookieIsHttpOnlyAndSameSiteStrictWithoutSecure) {
    WebClient client = anonymous();
    const std::string cookie = session_cookie_header(client.log_in("kansli", k_password));
    ASSERT_FALSE(cookie.empty());
    EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
    EXPECT_EQ(cookie.find("Secure"), std::string::npos) << cookie;
}

TEST_F(AuthTest, TheSessionCookieIsSecureWhenConfigured) {
    restart_server([](WebConfig& config) { config.secure_cookies = true; });
    WebClient client = anonymous();
    const Answer form = client.get("/login");
    for (const auto& cookie : form.all_headers("Set-Cookie"))
        EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
    const std::string cookie = session_cookie_header(client.log_in("kansli", k_password));
    ASSERT_FALSE(cookie.empty());
    EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos) << cookie;
}

TEST_F(AuthTest, TheLoginCookieIsHttpOnlyAndSameSiteStrict) {
    const Answer form = anonymous().get("/login");
    const auto cookies = form.all_headers("Set-Cookie");
    ASSERT_EQ(cookies.size(), 1u);
    EXPECT_TRUE(cookies.front().starts_with("finsam_login="));
    EXPECT_NE(cookies.front().find("; HttpOnly"), std::string::npos);
    EXPECT_NE(cookies.front().find("; SameSite=Strict"), std::string::npos);
}

// Ending a session.

TEST_F(AuthTest, LogoutEndsTheSession) {
    WebClient client = anonymous();
    ASSERT_EQ(client.log_in("kansli", k_password).status, 303);
    const std::string old_cookie = client.cookie("finsam_session");
    const std::string csrf = client.csrf_token();
    const Answer answer = client.post_form("/logout", {{"_csrf", csrf}});
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.location(), "/login");
    EXPECT_FALSE(client.has_cookie("finsam_session")); // cleared with Max-Age=0
    client.set_cookie("finsam_session", old_cookie);
    const Answer after = client.get("/insatser");
    EXPECT_EQ(after.status, 303);
    EXPECT_EQ(after.location(), "/login?next=/insatser");
}

TEST_F(AuthTest, AnIdleSessionExpires) {
    restart_server([](WebConfig& config) { config.sessions.idle = std::chrono::minutes(0); });
    WebClient client = anonymous();
    ASSERT_EQ(client.log_in("kansli", k_password).status, 303);
    // Session times have one-second resolution.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    const Answer answer = client.get("/insatser");
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.location(), "/login?next=/insatser");
}

TEST_F(AuthTest, ASessionIdleLongerThanTheLimitIsRefused) {
    WebClient client = anonymous();
    client.set_cookie("finsam_session", create_session("kansli", ago(std::chrono::minutes(40)),
                                                       ago(std::chrono::minutes(31))));
    EXPECT_EQ(client.get("/insatser").status, 303);
    EXPECT_EQ(client.get("/api/v1/insatser").status, 401);
}

TEST_F(AuthTest, ASessionIdleShorterThanTheLimitIsKeptAndTouched) {
    WebClient client = anonymous();
    const std::string token =
        create_session("kansli", ago(std::chrono::minutes(40)), ago(std::chrono::minutes(29)));
    client.set_cookie("finsam_session", token);
    EXPECT_EQ(client.get("/insatser").status, 200);
    std::string last_seen;
    database().session() << "SELECT last_seen_at FROM sessions", soci::into(last_seen);
    EXPECT_GT(last_seen, ago(std::chrono::minutes(2)));
}

TEST_F(AuthTest, ASessionOlderThanItsLifetimeIsRefusedEvenWhenActive) {
    WebClient client = anonymous();
    client.set_cookie("finsam_session", create_session("kansli", ago(std::chrono::minutes(13 * 60)),
                                                       ago(std::chrono::minutes(1))));
    EXPECT_EQ(client.get("/insatser").status, 303);
}

TEST_F(AuthTest, AMadeUpSessionCookieRedirectsToLogin) {
    WebClient client = anonymous();
    client.set_cookie("finsam_session", "påhittad");
    EXPECT_EQ(client.get("/insatser").status, 303);
}

} // namespace
} // namespace finsam::testing
