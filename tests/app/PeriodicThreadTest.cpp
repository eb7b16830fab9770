#include "app/PeriodicThread.h"

#include "AppTestSupport.h"

#include <atomic>
#include <chrono>
#include <thread>

namespace finsam::testing {
namespace {

class PeriodicThreadTest : public UseCaseTest {
protected:
    /// Waits up to ten seconds for `runs` to reach `expected`.
    static bool reached(const std::atomic<int>& runs, int expected) {
        for (int tries = 0; tries < 1000 && runs < expected; ++tries)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return runs >= expected;
    }
};

TEST_F(PeriodicThreadTest, TheWorkRunsAtStartWithAConnectionAndAgainAfterTheInterval) {
    std::atomic<int> runs = 0;
    std::atomic<bool> connected = true;
    {
        PeriodicThread thread("test", database_url(), std::chrono::seconds(1),
                              [&](Database& database) {
                                  int one = 0;
                                  database.session() << "SELECT 1", soci::into(one);
                                  connected = connected && one == 1;
                                  ++runs;
                              });
        EXPECT_TRUE(reached(runs, 2));
    }
    EXPECT_TRUE(connected);
}

TEST_F(PeriodicThreadTest, StoppingDoesNotWaitForTheNextRun) {
    std::atomic<int> runs = 0;
    const auto started = std::chrono::steady_clock::now();
    {
        PeriodicThread thread("test", database_url(), std::chrono::hours(1),
                              [&](Database&) { ++runs; });
        ASSERT_TRUE(reached(runs, 1));
    }
    EXPECT_EQ(runs, 1);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(30));
}

} // namespace
} // namespace finsam::testing
