#include "domain/Period.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date date_of(int year_number, unsigned month_number, unsigned day_number) {
    return Date{year{year_number}, month{month_number}, day{day_number}};
}

StatedPeriod stated(Date start, Date end) {
    return StatedPeriod{start, end};
}

struct PeriodCase {
    const char* text;
    Date start;
    Date end;
};

TEST(ParsePeriod, ReadsEveryWrittenForm) {
    const PeriodCase cases[] = {
        {"240701 - 240930", date_of(2024, 7, 1), date_of(2024, 9, 30)},
        {"20260101 - 20260331", date_of(2026, 1, 1), date_of(2026, 3, 31)},
        {"20211016\xE2\x80\x93"
         "20220115",
         date_of(2021, 10, 16), date_of(2022, 1, 15)},
        {"210101-230228", date_of(2021, 1, 1), date_of(2023, 2, 28)},
        {"220101\xE2\x80\x93"
         "220831",
         date_of(2022, 1, 1), date_of(2022, 8, 31)},
        {"2024-01-01 - 2024-03-31", date_of(2024, 1, 1), date_of(2024, 3, 31)},
        {"2024-01-01-2024-03-31", date_of(2024, 1, 1), date_of(2024, 3, 31)},
        {"2024-01-01 -- 2024-03-31", date_of(2024, 1, 1), date_of(2024, 3, 31)},
        {"2024-01-01--2024-03-31", date_of(2024, 1, 1), date_of(2024, 3, 31)},
        {"2024-01-01 till 2024-03-31", date_of(2024, 1, 1), date_of(2024, 3, 31)},
        {"22-01-01 \xE2\x80\x94 22-06-30", date_of(2022, 1, 1), date_of(2022, 6, 30)},
        {"240701 \xE2\x80\x93 2024-09-30", date_of(2024, 7, 1), date_of(2024, 9, 30)},
    };
    for (const PeriodCase& period_case : cases) {
        const PeriodParse parse = parse_period(period_case.text);
        EXPECT_EQ(parse.period, stated(period_case.start, period_case.end)) << period_case.text;
        EXPECT_TRUE(parse.errors.empty()) << period_case.text;
    }
}

TEST(ParsePeriod, ToleratesSurroundingText) {
    const PeriodParse parse = parse_period("Period: 240701 - 240930 (kvartal 3)");
    EXPECT_EQ(parse.period, stated(date_of(2024, 7, 1), date_of(2024, 9, 30)));
    EXPECT_TRUE(parse.errors.empty());

    const PeriodParse labelled =
        parse_period("Kvartalsrapporten gäller för perioden 2024-01-01 - 2024-03-31");
    EXPECT_EQ(labelled.period, stated(date_of(2024, 1, 1), date_of(2024, 3, 31)));
}

TEST(ParsePeriod, KeepsReadableSideOfMistypedPeriod) {
    const PeriodParse parse = parse_period("20101\xE2\x80\x93"
                                           "220831");
    EXPECT_EQ(parse.period.start, std::nullopt);
    EXPECT_EQ(parse.period.end, date_of(2022, 8, 31));
    ASSERT_EQ(parse.errors.size(), 1U);
    EXPECT_EQ(parse.errors.front().input, "20101");
}

TEST(ParsePeriod, ReportsImpossibleDateOnOneSide) {
    const PeriodParse parse = parse_period("240701 - 240931");
    EXPECT_EQ(parse.period.start, date_of(2024, 7, 1));
    EXPECT_EQ(parse.period.end, std::nullopt);
    ASSERT_EQ(parse.errors.size(), 1U);
    EXPECT_EQ(parse.errors.front().input, "240931");
}

TEST(ParsePeriod, KeepsReversedPeriodAsWritten) {
    const PeriodParse parse = parse_period("240930 - 240701");
    ASSERT_TRUE(parse.period.complete().has_value());
    EXPECT_TRUE(parse.period.complete()->is_reversed());
}

TEST(ParsePeriod, ReadsOneSidedPeriods) {
    const PeriodParse open_end = parse_period("Från 240701");
    EXPECT_EQ(open_end.period.start, date_of(2024, 7, 1));
    EXPECT_EQ(open_end.period.end, std::nullopt);

    const PeriodParse open_start = parse_period("- 240930");
    EXPECT_EQ(open_start.period.start, std::nullopt);
    EXPECT_EQ(open_start.period.end, date_of(2024, 9, 30));
}

TEST(ParsePeriod, FindsNothingInTextWithoutDates) {
    const PeriodParse parse = parse_period("Kvartal 3, 2024, sida 2-3");
    EXPECT_EQ(parse.period, StatedPeriod{});
    EXPECT_TRUE(parse.errors.empty());
}

TEST(Period, QuarterOfDate) {
    EXPECT_EQ(Period::quarter_of(date_of(2024, 8, 15)),
              (Period{date_of(2024, 7, 1), date_of(2024, 9, 30)}));
    EXPECT_EQ(Period::quarter_of(date_of(2024, 1, 1)),
              (Period{date_of(2024, 1, 1), date_of(2024, 3, 31)}));
    EXPECT_EQ(Period::quarter_of(date_of(2024, 12, 31)),
              (Period{date_of(2024, 10, 1), date_of(2024, 12, 31)}));
}

TEST(Period, HalfYearOfDate) {
    EXPECT_EQ(Period::half_year_of(date_of(2022, 6, 30)),
              (Period{date_of(2022, 1, 1), date_of(2022, 6, 30)}));
    EXPECT_EQ(Period::half_year_of(date_of(2022, 7, 1)),
              (Period{date_of(2022, 7, 1), date_of(2022, 12, 31)}));
}

TEST(Period, YearOfDate) {
    EXPECT_EQ(Period::year_of(date_of(2023, 5, 5)),
              (Period{date_of(2023, 1, 1), date_of(2023, 12, 31)}));
}

TEST(Period, CalendarQuarterOnlyForExactQuarters) {
    EXPECT_EQ((Period{date_of(2024, 7, 1), date_of(2024, 9, 30)}).calendar_quarter(), 3);
    EXPECT_EQ((Period{date_of(2024, 1, 1), date_of(2024, 3, 31)}).calendar_quarter(), 1);
    EXPECT_EQ((Period{date_of(2021, 10, 16), date_of(2022, 1, 15)}).calendar_quarter(),
              std::nullopt);
    EXPECT_EQ((Period{date_of(2024, 2, 1), date_of(2024, 4, 30)}).calendar_quarter(), std::nullopt);
    EXPECT_EQ((Period{date_of(2024, 1, 1), date_of(2024, 6, 30)}).calendar_quarter(), std::nullopt);
}

TEST(Period, ContainsAndReversed) {
    const Period quarter{date_of(2024, 7, 1), date_of(2024, 9, 30)};
    EXPECT_TRUE(quarter.contains(date_of(2024, 7, 1)));
    EXPECT_TRUE(quarter.contains(date_of(2024, 9, 30)));
    EXPECT_FALSE(quarter.contains(date_of(2024, 10, 1)));
    EXPECT_FALSE(quarter.is_reversed());
}

TEST(StatedPeriod, CompleteOnlyWithBothSides) {
    EXPECT_EQ(stated(date_of(2024, 7, 1), date_of(2024, 9, 30)).complete(),
              (Period{date_of(2024, 7, 1), date_of(2024, 9, 30)}));
    EXPECT_EQ((StatedPeriod{date_of(2024, 7, 1), std::nullopt}).complete(), std::nullopt);
    EXPECT_EQ((StatedPeriod{std::nullopt, date_of(2024, 9, 30)}).complete(), std::nullopt);
}

} // namespace
} // namespace finsam
