#include "domain/Intervention.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

Date date(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

TEST(InterventionTest, AnInsatsIsActiveWithinItsPeriodUntilEnded) {
    InterventionDetails details;
    details.period_start = date(2024, 1, 1);
    details.period_end = date(2025, 12, 31);
    EXPECT_TRUE(details.is_active_on(date(2024, 1, 1)));
    EXPECT_FALSE(details.is_active_on(date(2023, 12, 31)));
    EXPECT_FALSE(details.is_active_on(date(2026, 1, 1)));
    details.ended_on = date(2024, 6, 30);
    EXPECT_FALSE(details.is_active_on(date(2024, 7, 1)));
}

} // namespace
} // namespace finsam
