#include "app/overview/Overview.h"

#include "AppTestSupport.h"

namespace finsam::testing {
namespace {

using OverviewTest = UseCaseTest;

Timeliness timeliness_of_karnhuset(const Overview& overview, std::int64_t karnhuset) {
    for (const auto& entry : overview.entries) {
        if (entry.row.intervention_id == karnhuset)
            return entry.timeliness;
    }
    throw std::runtime_error("Kärnhuset is not in the overview");
}

TEST_F(OverviewTest, TheClockDecidesWhatIsLate) {
    // Q4 2024's kvartalsrapport is due 15 days after the quarter: 2025-01-15.
    clock().set(noon(date(2025, 1, 15)));
    const auto before = overview(as("kansli"), date(2024, 10, 1), OverviewContent::Quarter);
    clock().set(noon(date(2025, 1, 16)));
    const auto after = overview(as("kansli"), date(2024, 10, 1), OverviewContent::Quarter);

    ASSERT_TRUE(before && after);
    EXPECT_EQ(before->deadline, date(2025, 1, 15));
    EXPECT_EQ(timeliness_of_karnhuset(*before, karnhuset()), Timeliness::NotYetDue);
    EXPECT_EQ(timeliness_of_karnhuset(*after, karnhuset()), Timeliness::Missing);
    EXPECT_EQ(after->counts.missing, 1);
}

TEST_F(OverviewTest, WithoutAQuarterItOpensOnTheLatestEndedOne) {
    clock().set(noon(date(2025, 2, 3)));
    const auto shown = overview(as("kansli"), std::nullopt, OverviewContent::Quarter);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->quarter.start, date(2024, 10, 1));
}

TEST_F(OverviewTest, TheQuarterOnlyOverviewReadsNoWarnings) {
    const auto quarter = overview(as("kansli"), date(2024, 7, 1), OverviewContent::Quarter);
    const auto everything =
        overview(as("kansli"), date(2024, 7, 1), OverviewContent::QuarterFinalsAndWarnings);
    ASSERT_TRUE(quarter && everything);
    EXPECT_TRUE(quarter->warnings.empty());
    EXPECT_EQ(everything->warnings.size(), 1u);
}

} // namespace
} // namespace finsam::testing
