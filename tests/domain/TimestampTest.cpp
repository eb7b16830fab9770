#include "domain/Timestamp.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono;

Timestamp utc(int year, unsigned month, unsigned day, int hour, int minute) {
    return Timestamp(
        sys_days{Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}} +
        hours{hour} + minutes{minute});
}

Date date(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

TEST(TimestampTest, IsWrittenAsIsoUtcAndReadBack) {
    const Timestamp moment = utc(2024, 10, 10, 8, 15);
    EXPECT_EQ(moment.iso(), "2024-10-10T08:15:00Z");
    EXPECT_EQ(parse_timestamp("2024-10-10T08:15:00Z"), moment);
}

TEST(TimestampTest, AnythingElseIsNotATimestamp) {
    for (const char* text :
         {"", "2024-10-10", "2024-10-10 08:15:00", "2024-10-10T08:15:00", "2024-10-10T25:00:00Z",
          "2024-02-30T08:00:00Z", "2024-10-10T08:15Z", "2024-10-10T08:1a:00Z"}) {
        EXPECT_EQ(parse_timestamp(text), std::nullopt) << text;
    }
}

TEST(TimestampTest, OrdersAsTextDoes) {
    const Timestamp earlier = utc(2024, 10, 10, 8, 15);
    const Timestamp later = earlier + minutes{30};
    EXPECT_LT(earlier, later);
    EXPECT_LT(earlier.iso(), later.iso());
    EXPECT_EQ(later - minutes{30}, earlier);
}

TEST(TimestampTest, TheSwedishDateFollowsSummerTime) {
    // Winter: UTC+1. 23:30 UTC on 15 January is already the 16th in Sweden.
    EXPECT_EQ(swedish_date(utc(2026, 1, 15, 23, 30)), date(2026, 1, 16));
    EXPECT_EQ(swedish_date(utc(2026, 1, 15, 22, 30)), date(2026, 1, 15));
    // Summer: UTC+2. 22:30 UTC on 15 July is the 16th in Sweden.
    EXPECT_EQ(swedish_date(utc(2026, 7, 15, 22, 30)), date(2026, 7, 16));
    EXPECT_EQ(swedish_date(utc(2026, 7, 15, 21, 30)), date(2026, 7, 15));
    // Summer time in 2026 starts at 01:00 UTC on 29 March and ends at 01:00 UTC on 25 October.
    EXPECT_EQ(swedish_date(utc(2026, 3, 28, 23, 30)), date(2026, 3, 29));
    EXPECT_EQ(swedish_date(utc(2026, 10, 24, 22, 30)), date(2026, 10, 25));
    EXPECT_EQ(swedish_date(utc(2026, 10, 25, 22, 30)), date(2026, 10, 25));
}

Timestamp utc_second(int year, unsigned month, unsigned day, int hour, int minute, int second) {
    return utc(year, month, day, hour, minute) + seconds{second};
}

TEST(TimestampTest, SummerTimeStartsAndEndsAtOneInTheMorningUtcOnTheLastSundays) {
    // 2026: the last Sunday of March is the 29th, of October the 25th.
    EXPECT_EQ(swedish_offset(utc_second(2026, 3, 29, 0, 59, 59)), hours{1});
    EXPECT_EQ(swedish_offset(utc(2026, 3, 29, 1, 0)), hours{2});
    EXPECT_EQ(swedish_offset(utc_second(2026, 10, 25, 0, 59, 59)), hours{2});
    EXPECT_EQ(swedish_offset(utc(2026, 10, 25, 1, 0)), hours{1});
    // 2027: the 28th and the 31st (a month whose last day is a Sunday).
    EXPECT_EQ(swedish_offset(utc_second(2027, 3, 28, 0, 59, 59)), hours{1});
    EXPECT_EQ(swedish_offset(utc(2027, 3, 28, 1, 0)), hours{2});
    EXPECT_EQ(swedish_offset(utc_second(2027, 10, 31, 0, 59, 59)), hours{2});
    EXPECT_EQ(swedish_offset(utc(2027, 10, 31, 1, 0)), hours{1});
}

TEST(TimestampTest, ATimeIsShownInSwedishTimeToTheMinute) {
    EXPECT_EQ(swedish_minute_text(utc(2026, 12, 7, 11, 5)), "2026-12-07 12:05");
    EXPECT_EQ(swedish_minute_text(utc(2026, 7, 15, 22, 30)), "2026-07-16 00:30");
    // The clocks jump from 02:00 to 03:00 in spring and from 03:00 back to 02:00 in autumn.
    EXPECT_EQ(swedish_minute_text(utc_second(2026, 3, 29, 0, 59, 59)), "2026-03-29 01:59");
    EXPECT_EQ(swedish_minute_text(utc(2026, 3, 29, 1, 0)), "2026-03-29 03:00");
    EXPECT_EQ(swedish_minute_text(utc_second(2026, 10, 25, 0, 59, 59)), "2026-10-25 02:59");
    EXPECT_EQ(swedish_minute_text(utc(2026, 10, 25, 1, 0)), "2026-10-25 02:00");
}

TEST(TimestampTest, ASwedishDayBeginsAtItsOwnMidnight) {
    EXPECT_EQ(swedish_midnight(date(2026, 1, 1)), utc(2025, 12, 31, 23, 0));
    EXPECT_EQ(swedish_midnight(date(2026, 7, 1)), utc(2026, 6, 30, 22, 0));
    // The days of the switches begin in the time before them.
    EXPECT_EQ(swedish_midnight(date(2026, 3, 29)), utc(2026, 3, 28, 23, 0));
    EXPECT_EQ(swedish_midnight(date(2026, 3, 30)), utc(2026, 3, 29, 22, 0));
    EXPECT_EQ(swedish_midnight(date(2026, 10, 25)), utc(2026, 10, 24, 22, 0));
    EXPECT_EQ(swedish_midnight(date(2026, 10, 26)), utc(2026, 10, 25, 23, 0));
}

TEST(TimestampTest, TheUtcDateIsTheDayInUtc) {
    EXPECT_EQ(utc(2026, 1, 15, 23, 30).utc_date(), date(2026, 1, 15));
}

} // namespace
} // namespace finsam
