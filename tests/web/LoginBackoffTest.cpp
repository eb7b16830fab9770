// Wrong passwords slow down whoever guesses, never the real user: behind a trusted proxy
// the guesser is known by the address the proxy appends to X-Forwarded-For.
#include "WebTestSupport.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

using namespace std::chrono_literals;

constexpr const char* k_guesser = "203.0.113.9";
constexpr const char* k_colleague = "198.51.100.7";

class LoginBackoffTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        trust_the_proxy({"127.0.0.1"});
    }

    void trust_the_proxy(std::vector<std::string> proxies) {
        restart_server([&](WebConfig& config) {
            config.trusted_proxies = proxies;
            config.login_throttle.free_failures_per_user_and_address = 2;
            config.login_throttle.free_failures_per_address = 4;
            config.login_throttle.first_wait = 30s;
        });
    }

    /// A login through the proxy (the test connects from 127.0.0.1) by a client at `address`.
    Answer log_in_from(const std::string& address, const std::string& username,
                       const std::string& password) {
        WebClient client(port());
        const httplib::Headers forwarded = {{"X-Forwarded-For", address}};
        const Answer form = client.get("/login", forwarded);
        EXPECT_EQ(form.status, 200);
        return client.post_form(
            "/login",
            {{"_csrf", csrf_in(form.body)}, {"username", username}, {"password", password}},
            forwarded);
    }
};

TEST_F(LoginBackoffTest, GuessesAtAPasswordMakeTheGuesserWaitButNotTheRealUser) {
    EXPECT_EQ(log_in_from(k_guesser, "kansli", "fel-1").status, 401);
    EXPECT_EQ(log_in_from(k_guesser, "kansli", "fel-2").status, 401);
    const Answer throttled = log_in_from(k_guesser, "kansli", "fel-3");
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.header("Retry-After"), "30");
    EXPECT_NE(throttled.body.find("Vänta 30 sekunder"), std::string::npos);
    // Even the right password waits from the guesser's address...
    EXPECT_EQ(log_in_from(k_guesser, "kansli", k_password).status, 429);

    // ...but the kansli at their own desk logs in at once.
    const Answer real = log_in_from(k_colleague, "kansli", k_password);
    EXPECT_EQ(real.status, 303);
    EXPECT_EQ(real.location(), "/");
}

TEST_F(LoginBackoffTest, AnAddressGuessingAtManyUsersKeepsNoOneElseBehindTheProxyOut) {
    for (const char* username : {"kansli", "admin", "agare", "styrelse"})
        EXPECT_EQ(log_in_from(k_guesser, username, "fel").status, 401) << username;
    EXPECT_EQ(log_in_from(k_guesser, "agare2", "fel").status, 429);

    EXPECT_EQ(log_in_from(k_colleague, "agare2", k_password).status, 303);
    EXPECT_EQ(log_in_from(k_colleague, "kansli", k_password).status, 303);
}

TEST_F(LoginBackoffTest, XForwardedForFromAnUntrustedPeerIsNotBelieved) {
    trust_the_proxy({});
    // The guesser writes a new address each time; the throttle sees the socket's.
    EXPECT_EQ(log_in_from("192.0.2.1", "kansli", "fel").status, 401);
    EXPECT_EQ(log_in_from("192.0.2.2", "kansli", "fel").status, 401);
    EXPECT_EQ(log_in_from("192.0.2.3", "kansli", "fel").status, 429);
}

TEST_F(LoginBackoffTest, WhatTheClientWritesBeforeTheProxysEntryIsNotBelieved) {
    const std::string guesser = k_guesser;
    EXPECT_EQ(log_in_from("192.0.2.1, " + guesser, "kansli", "fel").status, 401);
    EXPECT_EQ(log_in_from("192.0.2.2, " + guesser, "kansli", "fel").status, 401);
    EXPECT_EQ(log_in_from("192.0.2.3, " + guesser, "kansli", "fel").status, 429);
}

} // namespace
} // namespace finsam::testing
