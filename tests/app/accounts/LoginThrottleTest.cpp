#include "app/accounts/LoginThrottle.h"

#include <gtest/gtest.h>
#include <string>

namespace finsam {
namespace {

using namespace std::chrono_literals;

class LoginThrottleTest : public ::testing::Test {
protected:
    LoginThrottle::Clock::time_point at(std::chrono::seconds offset) const {
        return m_start + offset;
    }

    void fail(const std::string& username, const std::string& address, int times,
              std::chrono::seconds offset = 0s) {
        for (int attempt = 0; attempt < times; ++attempt)
            m_throttle.record_failure(username, address, at(offset));
    }

    LoginThrottle m_throttle{5, 15min};
    LoginThrottle::Clock::time_point m_start = LoginThrottle::Clock::now();
};

TEST_F(LoginThrottleTest, AllowsAFreshUsername) {
    EXPECT_TRUE(m_throttle.allows("anna", "10.0.0.1", at(0s)));
}

TEST_F(LoginThrottleTest, AllowsFourFailures) {
    fail("anna", "10.0.0.1", 4);
    EXPECT_TRUE(m_throttle.allows("anna", "10.0.0.1", at(1s)));
}

TEST_F(LoginThrottleTest, RefusesAfterFiveFailuresForAUsername) {
    fail("anna", "10.0.0.1", 5);
    EXPECT_FALSE(m_throttle.allows("anna", "10.0.0.1", at(1s)));
}

TEST_F(LoginThrottleTest, RefusesTheUsernameFromAnyAddress) {
    fail("anna", "10.0.0.1", 5);
    EXPECT_FALSE(m_throttle.allows("anna", "10.0.0.2", at(1s)));
}

TEST_F(LoginThrottleTest, TreatsUsernamesCaseInsensitively) {
    fail("Anna", "10.0.0.1", 5);
    EXPECT_FALSE(m_throttle.allows("ANNA", "10.0.0.2", at(1s)));
}

TEST_F(LoginThrottleTest, DoesNotRefuseOtherUsernamesBeforeTheAddressLimit) {
    fail("anna", "10.0.0.1", 5);
    EXPECT_TRUE(m_throttle.allows("bertil", "10.0.0.1", at(1s)));
}

TEST_F(LoginThrottleTest, RefusesAnAddressAfterTwentyFailuresOverManyUsernames) {
    for (int user = 0; user < 19; ++user)
        fail("user" + std::to_string(user), "10.0.0.1", 1);
    EXPECT_TRUE(m_throttle.allows("someone", "10.0.0.1", at(1s)));
    fail("user19", "10.0.0.1", 1);
    EXPECT_FALSE(m_throttle.allows("someone", "10.0.0.1", at(1s)));
    EXPECT_TRUE(m_throttle.allows("someone", "10.0.0.2", at(1s)));
}

TEST_F(LoginThrottleTest, AllowsAgainWhenTheWindowHasPassedSinceTheFirstFailure) {
    fail("anna", "10.0.0.1", 1, 0s);
    fail("anna", "10.0.0.1", 4, 10min);
    EXPECT_FALSE(m_throttle.allows("anna", "10.0.0.1", at(15min - 1s)));
    EXPECT_TRUE(m_throttle.allows("anna", "10.0.0.1", at(15min)));
}

TEST_F(LoginThrottleTest, StartsCountingAfreshAfterTheWindow) {
    fail("anna", "10.0.0.1", 4, 0s);
    fail("anna", "10.0.0.1", 1, 16min);
    EXPECT_TRUE(m_throttle.allows("anna", "10.0.0.1", at(16min + 1s)));
}

TEST_F(LoginThrottleTest, ASuccessClearsTheUsernameButNotTheAddress) {
    for (int user = 0; user < 16; ++user)
        fail("user" + std::to_string(user), "10.0.0.1", 1);
    fail("anna", "10.0.0.1", 4);
    m_throttle.record_success("anna");
    fail("anna", "10.0.0.2", 4);
    EXPECT_TRUE(m_throttle.allows("anna", "10.0.0.2", at(1s)));
    EXPECT_FALSE(m_throttle.allows("anna", "10.0.0.1", at(1s))); // 20 from this address
}

TEST(LoginThrottleLimits, FollowTheConstructorArguments) {
    LoginThrottle throttle(2, std::chrono::seconds(60));
    const auto start = LoginThrottle::Clock::now();
    throttle.record_failure("anna", "10.0.0.1", start);
    EXPECT_TRUE(throttle.allows("anna", "10.0.0.1", start));
    throttle.record_failure("anna", "10.0.0.1", start);
    EXPECT_FALSE(throttle.allows("anna", "10.0.0.1", start + std::chrono::seconds(59)));
    EXPECT_TRUE(throttle.allows("anna", "10.0.0.1", start + std::chrono::seconds(60)));
}

} // namespace
} // namespace finsam
