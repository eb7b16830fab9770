#include "domain/SurveyPeriods.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono;

Period period(Date start, Date end) {
    return Period{start, end};
}

TEST(SurveyPeriodsTest, AWeekCountsInThePeriodThatHoldsItsThursday) {
    // 2024-01-01 is a Monday (week 1's Thursday is 4 January); 30 June a Sunday of week 26.
    const auto first_half = survey_weeks(period(2024y / January / 1, 2024y / June / 30));
    ASSERT_TRUE(first_half);
    EXPECT_EQ(format_iso_week(first_half->first), "2024-W01");
    EXPECT_EQ(format_iso_week(first_half->last), "2024-W26");
    // 2025-01-01 is a Wednesday: its week's Thursday is 2 January, so week 1 is 2025's.
    const auto second_half = survey_weeks(period(2024y / July / 1, 2024y / December / 31));
    EXPECT_EQ(format_iso_week(second_half->first), "2024-W27");
    EXPECT_EQ(format_iso_week(second_half->last), "2024-W52");
    const auto next_year = survey_weeks(period(2025y / January / 1, 2025y / March / 31));
    EXPECT_EQ(format_iso_week(next_year->first), "2025-W01");
}

TEST(SurveyPeriodsTest, APeriodWithoutAThursdayHasNoWeeks) {
    EXPECT_FALSE(survey_weeks(period(2024y / January / 5, 2024y / January / 10))); // Fri–Wed
}

TEST(SurveyPeriodsTest, OnlyTheEndedHalfYearsOfAPeriodCount) {
    const Period year = period(2024y / January / 1, 2024y / December / 31);

    EXPECT_EQ(ended_half_years(year, 2024y / December / 7),
              (std::vector<Period>{period(2024y / January / 1, 2024y / June / 30)}));
    // 30 December 2024 is in 2025's week 1: the second half year's last week has passed.
    EXPECT_EQ(ended_half_years(year, 2024y / December / 30).size(), 2u);
    EXPECT_TRUE(ended_half_years(year, 2024y / June / 30).empty());
}

TEST(SurveyPeriodsTest, APeriodThatIsNotWholeHalfYearsHasNone) {
    EXPECT_TRUE(
        ended_half_years(period(2024y / January / 1, 2024y / March / 31), 2026y / May / 1).empty());
    EXPECT_TRUE(
        ended_half_years(period(2024y / February / 1, 2024y / June / 30), 2026y / May / 1).empty());
    EXPECT_EQ(
        ended_half_years(period(2024y / January / 1, 2025y / June / 30), 2026y / May / 1).size(),
        3u);
}

} // namespace
} // namespace finsam
