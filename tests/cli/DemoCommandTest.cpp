// `finsam demo` as someone preparing a demonstration or a benchmark would run it.
#include "FinsamCommand.h"

#include <gtest/gtest.h>
#include <sstream>

namespace finsam::testing {
namespace {

TEST_F(FinsamCommand, DemoWritesTheSmallSetUnderTheForbundsName) {
    const auto result = run("--forbund 'Samordningsförbundet Visning' demo --scale small");

    ASSERT_EQ(result.exit_status, 0) << result.err;
    EXPECT_NE(result.out.find("Demodata skrivna: 1 förbund, 12 insatser"), std::string::npos)
        << result.out;
    const auto listed = run("--forbund 'Samordningsförbundet Visning' list");
    ASSERT_EQ(listed.exit_status, 0) << listed.err;
    std::istringstream lines(listed.out);
    std::string line;
    int individual = 0;
    int structural = 0;
    while (std::getline(lines, line)) {
        individual += line.find("individinriktad") != std::string::npos ? 1 : 0;
        structural += line.find("strukturinriktad") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(individual, 9) << listed.out;
    EXPECT_EQ(structural, 3) << listed.out;
}

TEST_F(FinsamCommand, DemoRefusesADatabaseThatHoldsData) {
    ASSERT_EQ(run("demo --scale small").exit_status, 0);

    const auto again = run("demo --scale small");

    EXPECT_EQ(again.exit_status, 2);
    EXPECT_NE(again.err.find("innehåller redan data"), std::string::npos) << again.err;
    EXPECT_TRUE(again.out.empty());
}

TEST_F(FinsamCommand, DemoAsksForAKnownScale) {
    const auto result = run("demo --scale huge");

    EXPECT_NE(result.exit_status, 0);
    EXPECT_NE(result.err.find("--scale"), std::string::npos) << result.err;
}

} // namespace
} // namespace finsam::testing
