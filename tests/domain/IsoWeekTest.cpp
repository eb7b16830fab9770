#include "domain/IsoWeek.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

Date day(int year, unsigned month, unsigned day_of_month) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day_of_month}};
}

TEST(IsoWeekTest, AWeekBelongsToTheYearOfItsThursday) {
    EXPECT_EQ(iso_week_of(day(2026, 12, 7)), (IsoWeek{2026, 50}));
    EXPECT_EQ(iso_week_of(day(2027, 1, 1)), (IsoWeek{2026, 53}));
    EXPECT_EQ(iso_week_of(day(2025, 12, 29)), (IsoWeek{2026, 1}));
    EXPECT_EQ(iso_week_of(day(2024, 1, 1)), (IsoWeek{2024, 1}));
    EXPECT_EQ(iso_week_of(day(2023, 1, 1)), (IsoWeek{2022, 52}));
}

TEST(IsoWeekTest, TheFirstDayIsTheMonday) {
    EXPECT_EQ(first_day_of(IsoWeek{2026, 1}), day(2025, 12, 29));
    EXPECT_EQ(first_day_of(IsoWeek{2026, 53}), day(2026, 12, 28));
}

TEST(IsoWeekTest, TheStoredFormReadsBackAndSortsAsTheWeeks) {
    EXPECT_EQ(format_iso_week(IsoWeek{2026, 5}), "2026-W05");
    EXPECT_EQ(parse_iso_week("2026-W05"), (IsoWeek{2026, 5}));
    EXPECT_LT(format_iso_week(IsoWeek{2025, 52}), format_iso_week(IsoWeek{2026, 1}));
    EXPECT_LT(format_iso_week(IsoWeek{2026, 9}), format_iso_week(IsoWeek{2026, 10}));
}

TEST(IsoWeekTest, WeeksThatDoNotExistAreRefused) {
    EXPECT_EQ(parse_iso_week("2026-W53"), (IsoWeek{2026, 53}));
    EXPECT_FALSE(parse_iso_week("2025-W53"));
    EXPECT_FALSE(parse_iso_week("2026-W00"));
    EXPECT_FALSE(parse_iso_week("2026-W5"));
    EXPECT_FALSE(parse_iso_week("2026-05-01"));
}

} // namespace
} // namespace finsam::testing
