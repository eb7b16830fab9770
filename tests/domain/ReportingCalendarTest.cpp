#include "domain/ReportingCalendar.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono;

Date day(int y, unsigned m, unsigned d) {
    return Date{year{y}, month{m}, std::chrono::day{d}};
}

TEST(ReportingCalendarTest, DeadlineIsDaysAfterTheQuarterEnds) {
    const Period third = Period::quarter_of(day(2024, 8, 15));
    EXPECT_EQ(report_deadline(third, 15), day(2024, 10, 15));
    EXPECT_EQ(report_deadline(Period::quarter_of(day(2024, 12, 1)), 15), day(2025, 1, 15));
    EXPECT_EQ(report_deadline(third, 0), day(2024, 9, 30));
}

TEST(ReportingCalendarTest, ListsTheQuartersASpanTouches) {
    const auto quarters = quarters_overlapping({day(2023, 11, 20), day(2024, 4, 1)});
    ASSERT_EQ(quarters.size(), 3u);
    EXPECT_EQ(quarters[0].start, day(2023, 10, 1));
    EXPECT_EQ(quarters[1].start, day(2024, 1, 1));
    EXPECT_EQ(quarters[2].end, day(2024, 6, 30));
    EXPECT_TRUE(quarters_overlapping({day(2024, 4, 1), day(2024, 1, 1)}).empty());
}

TEST(ReportingCalendarTest, LabelsAndFindsQuarters) {
    EXPECT_EQ(quarter_label(Period::quarter_of(day(2026, 9, 30))), "2026 kvartal 3");
    EXPECT_EQ(quarter_starting(day(2026, 4, 1))->end, day(2026, 6, 30));
    EXPECT_EQ(quarter_starting(day(2026, 4, 2)), std::nullopt);
}

} // namespace
} // namespace finsam

namespace finsam {
namespace {

TEST(ReportingCalendarTest, JudgesWhetherAReportCameInOnTime) {
    const Date deadline = day(2024, 10, 15);
    EXPECT_EQ(timeliness(std::nullopt, std::nullopt, deadline, day(2024, 10, 15)),
              Timeliness::NotYetDue);
    EXPECT_EQ(timeliness(std::nullopt, std::nullopt, deadline, day(2024, 10, 16)),
              Timeliness::Missing);
    EXPECT_EQ(timeliness(ReportStatus::Draft, std::nullopt, deadline, day(2024, 11, 1)),
              Timeliness::Missing);
    EXPECT_EQ(timeliness(ReportStatus::Submitted, day(2024, 10, 15), deadline, day(2024, 11, 1)),
              Timeliness::OnTime);
    EXPECT_EQ(timeliness(ReportStatus::Registered, day(2024, 10, 16), deadline, day(2024, 11, 1)),
              Timeliness::Late);
    EXPECT_EQ(timeliness(ReportStatus::Reviewed, std::nullopt, deadline, day(2025, 1, 1)),
              Timeliness::OnTime);
}

} // namespace
} // namespace finsam

namespace finsam {
namespace {

TEST(ReportingCalendarTest, AnInsatsOwesAKvartalsrapportForEachQuarterOfItsPeriod) {
    const Period third = Period::quarter_of(day(2024, 8, 15));
    EXPECT_EQ(report_owed(day(2024, 1, 1), day(2025, 12, 31), third), QuarterReport::Quarterly);
    EXPECT_EQ(report_owed(day(2024, 9, 30), std::nullopt, third), QuarterReport::Quarterly);
    EXPECT_EQ(report_owed(day(2024, 10, 1), day(2025, 12, 31), third), QuarterReport::None);
    EXPECT_EQ(report_owed(day(2023, 1, 1), day(2024, 6, 30), third), QuarterReport::None);
}

TEST(ReportingCalendarTest, TheSlutrapportReplacesTheLastQuartersReport) {
    const Period third = Period::quarter_of(day(2024, 8, 15));
    EXPECT_EQ(report_owed(day(2023, 1, 1), day(2024, 7, 1), third), QuarterReport::Final);
    EXPECT_EQ(report_owed(day(2023, 1, 1), day(2024, 9, 30), third), QuarterReport::Final);
    EXPECT_EQ(report_owed(day(2023, 1, 1), day(2024, 10, 1), third), QuarterReport::Quarterly);
    EXPECT_EQ(final_report_deadline(day(2024, 8, 20), 15), day(2024, 9, 4));
}

TEST(ReportingCalendarTest, AnInsatsWithoutAStartOwesNothingUntilItsPeriodIsGiven) {
    const Period third = Period::quarter_of(day(2024, 8, 15));
    EXPECT_EQ(report_owed(std::nullopt, std::nullopt, third), QuarterReport::PeriodUnknown);
    EXPECT_EQ(report_owed(std::nullopt, day(2024, 12, 31), third), QuarterReport::PeriodUnknown);
    EXPECT_EQ(report_owed(std::nullopt, day(2024, 6, 30), third), QuarterReport::None);
}

} // namespace
} // namespace finsam
