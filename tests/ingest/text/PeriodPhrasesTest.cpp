#include "ingest/text/PeriodPhrases.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono;

std::string month_period(std::string_view text) {
    const auto phrase = find_month_period(text);
    return phrase ? format_iso(phrase->period.start) + ".." + format_iso(phrase->period.end)
                  : "(none)";
}

std::string year_period(std::string_view text) {
    const auto phrase = find_year_period(text);
    return phrase ? format_iso(phrase->period.start) + ".." + format_iso(phrase->period.end) +
                        (phrase->assumed ? " assumed" : "")
                  : "(none)";
}

TEST(PeriodPhrases, MonthRanges) {
    EXPECT_EQ(month_period("Lägesrapport januari–juni 2024"), "2024-01-01..2024-06-30");
    EXPECT_EQ(month_period("jan - jun 2024"), "2024-01-01..2024-06-30");
    EXPECT_EQ(month_period("under perioden 1 januari – 15 juni 2024"), "2024-01-01..2024-06-15");
    EXPECT_EQ(month_period("juli 2023 – juni 2024"), "2023-07-01..2024-06-30");
    EXPECT_EQ(month_period("september till december 2024"), "2024-09-01..2024-12-31");
    EXPECT_EQ(month_period("oktober—februari 2025"), "2024-10-01..2025-02-28");
    EXPECT_EQ(month_period("februari 2024"), "(none)") << "one month is no range";
    EXPECT_EQ(month_period("januari och juni 2024"), "(none)");
    EXPECT_EQ(month_period("januari–juni"), "(none)") << "no year";
}

TEST(PeriodPhrases, HalvesAndQuarters) {
    EXPECT_EQ(month_period("första halvåret 2024"), "2024-01-01..2024-06-30");
    EXPECT_EQ(month_period("Andra halvåret 2023"), "2023-07-01..2023-12-31");
    EXPECT_EQ(month_period("H1 2025"), "2025-01-01..2025-06-30");
    EXPECT_EQ(month_period("kvartal 3 2024"), "2024-07-01..2024-09-30");
    EXPECT_EQ(month_period("Q4 2024"), "2024-10-01..2024-12-31");
    EXPECT_EQ(month_period("tredje kvartalet 2024"), "2024-07-01..2024-09-30");
    EXPECT_EQ(month_period("kvartal 5 2024"), "(none)");
}

TEST(PeriodPhrases, Years) {
    EXPECT_EQ(year_period("Årsrapport 2023"), "2023-01-01..2023-12-31");
    EXPECT_EQ(year_period("Verksamheten 2023–2024"), "2023-01-01..2024-12-31");
    EXPECT_EQ(year_period("Delår 2024"), "2024-01-01..2024-06-30 assumed");
    EXPECT_EQ(year_period("DELÅRSRAPPORT 2024"), "2024-01-01..2024-06-30 assumed");
    EXPECT_EQ(year_period("Rapport till styrelsen"), "(none)");
    EXPECT_EQ(year_period("SFG 24-08.02"), "(none)");
}

} // namespace
} // namespace finsam
