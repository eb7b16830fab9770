#include "app/imports/ImportGate.h"

#include <future>
#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono_literals;

TEST(ImportGate, LetsInAsManyReadersAsItHas) {
    ImportGate gate(2, 10ms);
    auto first = gate.enter();
    auto second = gate.enter();
    EXPECT_TRUE(first.has_value());
    EXPECT_TRUE(second.has_value());
}

TEST(ImportGate, RefusesOneMoreAfterTheLongestWait) {
    ImportGate gate(2, 50ms);
    auto first = gate.enter();
    auto second = gate.enter();
    const auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(gate.enter().has_value());
    EXPECT_GE(std::chrono::steady_clock::now() - start, 50ms);
}

TEST(ImportGate, APlaceGivenBackLetsTheNextIn) {
    ImportGate gate(1, 10ms);
    {
        auto first = gate.enter();
        ASSERT_TRUE(first.has_value());
        EXPECT_FALSE(gate.enter().has_value());
    }
    EXPECT_TRUE(gate.enter().has_value());
}

TEST(ImportGate, AWaitingReaderEntersWhenAPlaceIsGivenBack) {
    ImportGate gate(1, 10s);
    auto first = gate.enter();
    ASSERT_TRUE(first.has_value());
    auto waiting = std::async(std::launch::async, [&gate] { return gate.enter().has_value(); });
    EXPECT_EQ(waiting.wait_for(100ms), std::future_status::timeout);
    first.reset();
    ASSERT_EQ(waiting.wait_for(5s), std::future_status::ready);
    EXPECT_TRUE(waiting.get());
}

} // namespace
} // namespace finsam
