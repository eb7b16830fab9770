#include "ingest/text/PersonalNumbers.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

std::string redacted(std::string text) {
    redact_personal_numbers(text);
    return text;
}

TEST(PersonalNumbers, RemovesEveryWrittenForm) {
    EXPECT_EQ(redacted("Deltagaren 640823-3234 har fått arbete."),
              "Deltagaren [personnummer borttaget] har fått arbete.");
    EXPECT_EQ(redacted("(19640823-3234)"), "([personnummer borttaget])");
    EXPECT_EQ(redacted("pnr 196408233234."), "pnr [personnummer borttaget].");
    EXPECT_EQ(redacted("900101+1239"), "[personnummer borttaget]");
    std::string two = "121212-1212 och 640823-3234";
    EXPECT_EQ(redact_personal_numbers(two), 2);
}

TEST(PersonalNumbers, LeavesDatesPeriodsPhonesAndAmounts) {
    for (std::string text : {"Period 230901-250228.", "20250701 - 20250930", "2025-04-12",
                             "Tfn 070-123 45 67", "100 000 kr", "640823-3235 (fel kontrollsiffra)",
                             "991301-1234", "Diarienummer 2024-1234", "6408233234"}) {
        auto copy = text;
        EXPECT_EQ(redact_personal_numbers(copy), 0) << text;
        EXPECT_EQ(copy, text);
    }
}

} // namespace
} // namespace finsam
