#include "domain/Intervention.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

Date date(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

TEST(InterventionTest, AnInsatsIsNotStartedThenOngoingThenEnded) {
    InterventionDetails details;
    details.period_start = date(2024, 1, 1);
    details.period_end = date(2025, 12, 31);
    EXPECT_EQ(details.phase_on(date(2023, 12, 31)), InterventionPhase::NotStarted);
    EXPECT_EQ(details.phase_on(date(2024, 1, 1)), InterventionPhase::Ongoing);
    EXPECT_EQ(details.phase_on(date(2025, 12, 31)), InterventionPhase::Ongoing);
    EXPECT_EQ(details.phase_on(date(2026, 1, 1)), InterventionPhase::Ended);
}

TEST(InterventionTest, TheKansliEndingAnInsatsEndsItBeforeItsPeriod) {
    InterventionDetails details;
    details.period_start = date(2024, 1, 1);
    details.period_end = date(2025, 12, 31);
    details.ended_on = date(2024, 6, 30);
    EXPECT_EQ(details.last_day(), date(2024, 6, 30));
    EXPECT_EQ(details.phase_on(date(2024, 7, 1)), InterventionPhase::Ended);
}

TEST(InterventionTest, WithoutAStartDateThePeriodIsUnknownUntilItEnds) {
    InterventionDetails details;
    EXPECT_EQ(details.phase_on(date(2024, 7, 1)), InterventionPhase::PeriodUnknown);
    details.period_end = date(2024, 12, 31);
    EXPECT_EQ(details.phase_on(date(2024, 7, 1)), InterventionPhase::PeriodUnknown);
    EXPECT_EQ(details.phase_on(date(2025, 1, 1)), InterventionPhase::Ended);
}

} // namespace
} // namespace finsam
