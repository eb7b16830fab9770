#include "domain/Date.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date date_of(int year_number, unsigned month_number, unsigned day_number) {
    return Date{year{year_number}, month{month_number}, day{day_number}};
}

TEST(ParseDate, ReadsIsoDate) {
    const auto date = parse_date("2024-10-10");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, date_of(2024, 10, 10));
}

TEST(ParseDate, ReadsTwoDigitYearWithHyphensAsThisCentury) {
    const auto date = parse_date("22-02-15");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, date_of(2022, 2, 15));
}

TEST(ParseDate, ReadsSixDigitsAsYearMonthDay) {
    const auto date = parse_date("240701");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, date_of(2024, 7, 1));
}

TEST(ParseDate, ReadsEightDigitsAsFullYearMonthDay) {
    const auto date = parse_date("20260101");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, date_of(2026, 1, 1));
}

TEST(ParseDate, ToleratesSurroundingWhitespace) {
    const auto date = parse_date("  230228 ");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, date_of(2023, 2, 28));
}

TEST(ParseDate, AcceptsLeapDayOnlyInLeapYears) {
    EXPECT_TRUE(parse_date("2024-02-29").has_value());
    EXPECT_FALSE(parse_date("2023-02-29").has_value());
}

TEST(ParseDate, RejectsImpossibleDates) {
    for (const char* text : {"2024-02-30", "241301", "20240431", "22-00-10", "240700"}) {
        const auto date = parse_date(text);
        ASSERT_FALSE(date.has_value()) << text;
        EXPECT_EQ(date.error().input, text);
        EXPECT_FALSE(date.error().reason.empty());
    }
}

TEST(ParseDate, RejectsWrongLengthsAndText) {
    for (const char* text :
         {"20101", "2024101", "", "igår", "2024-1-1", "2024/10/10", "123456789"}) {
        EXPECT_FALSE(parse_date(text).has_value()) << text;
    }
    EXPECT_EQ(parse_date("20101").error().input, "20101");
}

TEST(FormatIso, WritesPaddedYearMonthDay) {
    EXPECT_EQ(format_iso(date_of(2024, 7, 1)), "2024-07-01");
    EXPECT_EQ(format_iso(date_of(2021, 12, 31)), "2021-12-31");
}

TEST(ParseIsoDate, AcceptsOnlyFullIsoForm) {
    EXPECT_EQ(parse_iso_date("2024-10-10"), date_of(2024, 10, 10));
    EXPECT_EQ(parse_iso_date("22-02-15"), std::nullopt);
    EXPECT_EQ(parse_iso_date("20260101"), std::nullopt);
    EXPECT_EQ(parse_iso_date("240701"), std::nullopt);
    EXPECT_EQ(parse_iso_date(" 2024-10-10"), std::nullopt);
    EXPECT_EQ(parse_iso_date("2024-02-30"), std::nullopt);
}

TEST(ParseIsoDate, RoundTripsFormatIso) {
    const Date date = date_of(2025, 3, 9);
    EXPECT_EQ(parse_iso_date(format_iso(date)), date);
}

} // namespace
} // namespace finsam
