#include "domain/PeriodSelection.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

/// Every rejection ends with the forms the user may write.
std::string with_accepted_forms(const std::string& problem) {
    return problem + " Skriv till exempel 2024, 2024H1, 2024Q3 eller 2024-01-01..2024-08-31.";
}

Date date_of(int year_number, unsigned month_number, unsigned day_number) {
    return Date{year{year_number}, month{month_number}, day{day_number}};
}

Period period_of(Date start, Date end) {
    return Period{start, end};
}

PeriodSelection parsed(std::string_view text) {
    const auto selection = parse_period_selection(text);
    EXPECT_TRUE(selection.has_value()) << text << ": " << selection.error();
    return selection.value_or(PeriodSelection{});
}

std::string rejection_of(std::string_view text) {
    const auto selection = parse_period_selection(text);
    EXPECT_FALSE(selection.has_value()) << text << " was accepted";
    return selection ? std::string() : selection.error();
}

TEST(ParsePeriodSelection, ReadsAWholeYear) {
    EXPECT_EQ(parsed("2024"),
              (PeriodSelection{period_of(date_of(2024, 1, 1), date_of(2024, 12, 31)),
                               PeriodGranularity::Year}));
}

TEST(ParsePeriodSelection, ReadsBothHalfYearsInEitherCase) {
    const PeriodSelection first{period_of(date_of(2024, 1, 1), date_of(2024, 6, 30)),
                                PeriodGranularity::HalfYear};
    const PeriodSelection second{period_of(date_of(2024, 7, 1), date_of(2024, 12, 31)),
                                 PeriodGranularity::HalfYear};
    EXPECT_EQ(parsed("2024H1"), first);
    EXPECT_EQ(parsed("2024h1"), first);
    EXPECT_EQ(parsed("2024H2"), second);
}

TEST(ParsePeriodSelection, ReadsEveryQuarterInEitherCase) {
    EXPECT_EQ(parsed("2024Q1").period, period_of(date_of(2024, 1, 1), date_of(2024, 3, 31)));
    EXPECT_EQ(parsed("2024Q2").period, period_of(date_of(2024, 4, 1), date_of(2024, 6, 30)));
    EXPECT_EQ(parsed("2024q3"),
              (PeriodSelection{period_of(date_of(2024, 7, 1), date_of(2024, 9, 30)),
                               PeriodGranularity::Quarter}));
    EXPECT_EQ(parsed("2024Q4").period, period_of(date_of(2024, 10, 1), date_of(2024, 12, 31)));
}

TEST(ParsePeriodSelection, ReadsARangeOfDays) {
    EXPECT_EQ(parsed("2024-01-01..2024-08-31"),
              (PeriodSelection{period_of(date_of(2024, 1, 1), date_of(2024, 8, 31)),
                               PeriodGranularity::Range}));
}

TEST(ParsePeriodSelection, AcceptsARangeOfOneDay) {
    EXPECT_EQ(parsed("2024-02-29..2024-02-29").period,
              period_of(date_of(2024, 2, 29), date_of(2024, 2, 29)));
}

TEST(ParsePeriodSelection, IgnoresSpaceAroundThePeriod) {
    EXPECT_EQ(parsed("  2024Q3 \n").period, period_of(date_of(2024, 7, 1), date_of(2024, 9, 30)));
}

TEST(ParsePeriodSelection, AcceptsTheFirstAndLastSupportedYears) {
    EXPECT_EQ(parsed("1990").period, period_of(date_of(1990, 1, 1), date_of(1990, 12, 31)));
    EXPECT_EQ(parsed("2100Q4").period, period_of(date_of(2100, 10, 1), date_of(2100, 12, 31)));
}

TEST(ParsePeriodSelection, RejectsAQuarterThatDoesNotExist) {
    EXPECT_EQ(rejection_of("2024Q5"),
              with_accepted_forms("Perioden \"2024Q5\" finns inte: kvartal är Q1–Q4."));
    EXPECT_EQ(rejection_of("2024Q0"),
              with_accepted_forms("Perioden \"2024Q0\" finns inte: kvartal är Q1–Q4."));
    EXPECT_EQ(rejection_of("2024Q"),
              with_accepted_forms("Perioden \"2024Q\" finns inte: kvartal är Q1–Q4."));
}

TEST(ParsePeriodSelection, ReadsEveryDigitOfAQuarterNumber) {
    EXPECT_EQ(rejection_of("2024Q12"),
              with_accepted_forms("Perioden \"2024Q12\" finns inte: kvartal är Q1–Q4."));
}

TEST(ParsePeriodSelection, RejectsAHalfYearThatDoesNotExist) {
    EXPECT_EQ(rejection_of("2024H3"),
              with_accepted_forms("Perioden \"2024H3\" finns inte: halvår är H1 och H2."));
    EXPECT_EQ(rejection_of("2024h"),
              with_accepted_forms("Perioden \"2024h\" finns inte: halvår är H1 och H2."));
}

TEST(ParsePeriodSelection, RejectsEmptyInput) {
    EXPECT_EQ(rejection_of(""), with_accepted_forms("Ingen period är angiven."));
    EXPECT_EQ(rejection_of("   "), with_accepted_forms("Ingen period är angiven."));
}

TEST(ParsePeriodSelection, RejectsTextAfterThePeriod) {
    EXPECT_EQ(rejection_of("2024Q3x"),
              with_accepted_forms(
                  "Perioden \"2024Q3x\" känns inte igen: \"x\" efter \"2024Q3\" hör inte till en "
                  "period."));
    EXPECT_EQ(
        rejection_of("2024H1 och H2"),
        with_accepted_forms(
            "Perioden \"2024H1 och H2\" känns inte igen: \" och H2\" efter \"2024H1\" hör inte "
            "till en period."));
    EXPECT_EQ(rejection_of("2024 Q3"),
              with_accepted_forms(
                  "Perioden \"2024 Q3\" känns inte igen: \" Q3\" efter \"2024\" hör inte till en "
                  "period."));
}

TEST(ParsePeriodSelection, RejectsTextThatIsNoPeriod) {
    EXPECT_EQ(rejection_of("förra året"),
              with_accepted_forms("Perioden \"förra året\" känns inte igen."));
    EXPECT_EQ(rejection_of("Q3 2024"),
              with_accepted_forms("Perioden \"Q3 2024\" känns inte igen."));
}

TEST(ParsePeriodSelection, RejectsAYearNotWrittenWithFourDigits) {
    EXPECT_EQ(rejection_of("24Q3"),
              with_accepted_forms("Året i \"24Q3\" ska skrivas med fyra siffror."));
    EXPECT_EQ(rejection_of("20245"),
              with_accepted_forms("Året i \"20245\" ska skrivas med fyra siffror."));
}

TEST(ParsePeriodSelection, RejectsYearsOutsideTheSupportedRange) {
    EXPECT_EQ(
        rejection_of("1989"),
        with_accepted_forms("Året 1989 går inte att välja: året ska vara mellan 1990 och 2100."));
    EXPECT_EQ(
        rejection_of("2101Q1"),
        with_accepted_forms("Året 2101 går inte att välja: året ska vara mellan 1990 och 2100."));
    EXPECT_EQ(
        rejection_of("1989-12-01..2024-01-31"),
        with_accepted_forms("Året 1989 går inte att välja: året ska vara mellan 1990 och 2100."));
    EXPECT_EQ(
        rejection_of("2024-01-01..2101-01-31"),
        with_accepted_forms("Året 2101 går inte att välja: året ska vara mellan 1990 och 2100."));
}

TEST(ParsePeriodSelection, RejectsAReversedRange) {
    EXPECT_EQ(
        rejection_of("2024-08-31..2024-01-01"),
        with_accepted_forms(
            "Perioden \"2024-08-31..2024-01-01\" slutar innan den börjar: skriv det tidigaste "
            "datumet först."));
}

TEST(ParsePeriodSelection, RejectsImpossibleDates) {
    EXPECT_EQ(rejection_of("2024-02-30..2024-08-31"),
              with_accepted_forms("Datumet \"2024-02-30\" finns inte i kalendern."));
    EXPECT_EQ(rejection_of("2023-01-01..2023-02-29"),
              with_accepted_forms("Datumet \"2023-02-29\" finns inte i kalendern."));
    EXPECT_EQ(rejection_of("2024-13-01..2024-12-31"),
              with_accepted_forms("Datumet \"2024-13-01\" finns inte i kalendern."));
}

TEST(ParsePeriodSelection, RejectsDatesInAnotherForm) {
    EXPECT_EQ(rejection_of("2024-1-1..2024-08-31"),
              with_accepted_forms(
                  "\"2024-1-1\" är inget datum i perioden: skriv datumen som ÅÅÅÅ-MM-DD."));
    EXPECT_EQ(rejection_of("2024-01-01..2024-08-31x"),
              with_accepted_forms(
                  "\"2024-08-31x\" är inget datum i perioden: skriv datumen som ÅÅÅÅ-MM-DD."));
    EXPECT_EQ(rejection_of("2024-01-01..2024-03-31..2024-08-31"),
              with_accepted_forms(
                  "\"2024-03-31..2024-08-31\" är inget datum i perioden: skriv datumen som "
                  "ÅÅÅÅ-MM-DD."));
}

TEST(ParsePeriodSelection, RejectsARangeWithOneEndMissing) {
    EXPECT_EQ(rejection_of("2024-01-01.."),
              with_accepted_forms("Perioden \"2024-01-01..\" saknar slutdatum."));
    EXPECT_EQ(rejection_of("..2024-08-31"),
              with_accepted_forms("Perioden \"..2024-08-31\" saknar startdatum."));
}

TEST(ParsePeriodSelection, TellsThatASingleDateIsNoPeriod) {
    EXPECT_EQ(rejection_of("2024-01-01"),
              with_accepted_forms(
                  "\"2024-01-01\" är ett datum, inte en period: skriv två datum med .. emellan."));
}

TEST(PeriodSelectionLabel, NamesEachGranularityInSwedish) {
    EXPECT_EQ(period_selection_label(parsed("2024")), "2024");
    EXPECT_EQ(period_selection_label(parsed("2024H1")), "första halvåret 2024");
    EXPECT_EQ(period_selection_label(parsed("2024H2")), "andra halvåret 2024");
    EXPECT_EQ(period_selection_label(parsed("2024Q3")), "kvartal 3 2024");
    EXPECT_EQ(period_selection_label(parsed("2024-01-01..2024-08-31")), "2024-01-01–2024-08-31");
}

TEST(PeriodSelectionToString, GivesTheCommandLineFormBack) {
    for (const std::string_view text :
         {"2024", "2024H1", "2024H2", "2024Q1", "2024Q3", "2024-01-01..2024-08-31"}) {
        EXPECT_EQ(to_string(parsed(text)), text);
    }
    EXPECT_EQ(to_string(parsed("2024q4")), "2024Q4");
    EXPECT_EQ(to_string(parsed("2024h2")), "2024H2");
}

TEST(TypedPeriodOrYear, IsThePeriodTypedOrThisYear) {
    const Date today = date_of(2026, 12, 8);
    EXPECT_EQ(typed_period_or_year(" 2024H1 ", today), "2024H1");
    EXPECT_EQ(typed_period_or_year("", today), "2026");
    EXPECT_EQ(typed_period_or_year("  ", today), "2026");
}

} // namespace
} // namespace finsam
