#include "app/accounts/LoginThrottle.h"

#include <gtest/gtest.h>
#include <string>

namespace finsam {
namespace {

using namespace std::chrono_literals;

class LoginThrottleTest : public ::testing::Test {
protected:
    LoginThrottle::Clock::time_point at(std::chrono::milliseconds offset) const {
        return m_start + offset;
    }

    void fail(const std::string& username, const std::string& address, int times,
              std::chrono::milliseconds offset = 0ms) {
        for (int attempt = 0; attempt < times; ++attempt)
            m_throttle.record_failure(username, address, at(offset));
    }

    std::chrono::seconds wait(const std::string& username, const std::string& address,
                              std::chrono::milliseconds offset) {
        return m_throttle.wait_before(username, address, at(offset));
    }

    LoginThrottle m_throttle; // the defaults: 5 free per username and address, 20 per address
    LoginThrottle::Clock::time_point m_start = LoginThrottle::Clock::now();
};

TEST_F(LoginThrottleTest, LetsAFreshUsernameTryAtOnce) {
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 0s);
}

TEST_F(LoginThrottleTest, LetsFiveFailuresPassWithoutWaiting) {
    fail("anna", "10.0.0.1", 4);
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 0s);
}

TEST_F(LoginThrottleTest, AfterFiveFailuresTheNextAttemptWaitsASecond) {
    fail("anna", "10.0.0.1", 5);
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 1s);
    EXPECT_EQ(wait("anna", "10.0.0.1", 400ms), 1s); // rounded up: never "wait 0 seconds"
    EXPECT_EQ(wait("anna", "10.0.0.1", 1000ms), 0s);
}

TEST_F(LoginThrottleTest, TheWaitDoublesWithEveryFurtherFailure) {
    fail("anna", "10.0.0.1", 6);
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 2s);
    fail("anna", "10.0.0.1", 1);
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 4s);
    fail("anna", "10.0.0.1", 1);
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 8s);
}

TEST_F(LoginThrottleTest, TheWaitStopsGrowingAtAMinute) {
    fail("anna", "10.0.0.1", 19); // 5 free, then up to 2^13 seconds were it not capped
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 60s);
    fail("anna", "10.0.0.1", 100);
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 60s);
    EXPECT_EQ(wait("anna", "10.0.0.1", 60s), 0s);
}

TEST_F(LoginThrottleTest, TheRealUserFromAnotherAddressIsNeverKeptWaiting) {
    fail("anna", "10.0.0.1", 15); // someone guesses Anna's password from one address
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 60s);
    EXPECT_EQ(wait("anna", "10.0.0.2", 0ms), 0s);
}

TEST_F(LoginThrottleTest, TreatsUsernamesCaseInsensitively) {
    fail("Anna", "10.0.0.1", 5);
    EXPECT_EQ(wait("ANNA", "10.0.0.1", 0ms), 1s);
}

TEST_F(LoginThrottleTest, AnAddressGuessingManyUsernamesWaitsAfterTwentyFailures) {
    for (int user = 0; user < 19; ++user)
        fail("user" + std::to_string(user), "10.0.0.1", 1);
    EXPECT_EQ(wait("someone", "10.0.0.1", 0ms), 0s);
    fail("user19", "10.0.0.1", 1);
    EXPECT_EQ(wait("someone", "10.0.0.1", 0ms), 1s);
    fail("user20", "10.0.0.1", 1);
    EXPECT_EQ(wait("someone", "10.0.0.1", 0ms), 2s);
}

TEST_F(LoginThrottleTest, AnAddressThatFailedTwentyTimesKeepsNoOtherAddressWaiting) {
    for (int user = 0; user < 30; ++user)
        fail("user" + std::to_string(user), "10.0.0.1", 1);
    EXPECT_GT(wait("anna", "10.0.0.1", 0ms), 0s);
    for (const char* other : {"10.0.0.2", "10.0.0.3"})
        EXPECT_EQ(wait("anna", other, 0ms), 0s) << other;
}

TEST_F(LoginThrottleTest, FailuresAreForgottenFifteenMinutesAfterTheLast) {
    fail("anna", "10.0.0.1", 5, 0ms);
    fail("anna", "10.0.0.1", 1, 10min);
    EXPECT_EQ(wait("anna", "10.0.0.1", 10min + 1s), 1s);
    EXPECT_EQ(wait("anna", "10.0.0.1", 25min), 0s);
    fail("anna", "10.0.0.1", 1, 25min); // counted afresh: one failure is free
    EXPECT_EQ(wait("anna", "10.0.0.1", 25min), 0s);
}

TEST_F(LoginThrottleTest, ASuccessClearsTheUsernameAtThatAddressButNotTheAddress) {
    for (int user = 0; user < 15; ++user)
        fail("user" + std::to_string(user), "10.0.0.1", 1);
    fail("anna", "10.0.0.1", 4);
    fail("anna", "10.0.0.2", 5);
    m_throttle.record_success("anna", "10.0.0.1");
    EXPECT_EQ(wait("anna", "10.0.0.2", 0ms), 1s); // the other address's count stays
    fail("anna", "10.0.0.1", 1);
    EXPECT_EQ(wait("anna", "10.0.0.1", 0ms), 1s); // Anna's first there, the address's 20th
}

TEST(LoginThrottleLimits, FollowTheConstructorArguments) {
    LoginThrottle throttle({.free_failures_per_user_and_address = 2,
                            .free_failures_per_address = 3,
                            .first_wait = 5s,
                            .longest_wait = 12s,
                            .memory = 60s});
    const auto start = LoginThrottle::Clock::now();
    throttle.record_failure("anna", "10.0.0.1", start);
    EXPECT_EQ(throttle.wait_before("anna", "10.0.0.1", start), 0s);
    throttle.record_failure("anna", "10.0.0.1", start);
    EXPECT_EQ(throttle.wait_before("anna", "10.0.0.1", start), 5s);
    throttle.record_failure("anna", "10.0.0.1", start);
    EXPECT_EQ(throttle.wait_before("anna", "10.0.0.1", start), 10s);
    throttle.record_failure("anna", "10.0.0.1", start);
    EXPECT_EQ(throttle.wait_before("anna", "10.0.0.1", start), 12s);
    EXPECT_EQ(throttle.wait_before("anna", "10.0.0.1", start + 60s), 0s);
}

} // namespace
} // namespace finsam
