#include "ingest/figures/FigureExtractor.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

TEST(ParseSwedishNumber, ReadsDigits) {
    EXPECT_EQ(parse_swedish_number("39"), 39);
    EXPECT_EQ(parse_swedish_number("374"), 374);
    EXPECT_EQ(parse_swedish_number("0"), 0);
}

TEST(ParseSwedishNumber, ReadsSpaceAsThousandsSeparatorOnlyBeforeThreeDigits) {
    EXPECT_EQ(parse_swedish_number("1 200"), 1200);
    EXPECT_EQ(parse_swedish_number("12 500"), 12500);
    EXPECT_EQ(parse_swedish_number("1 000 000"), 1000000);
    EXPECT_EQ(parse_swedish_number("1 20"), std::nullopt);
    EXPECT_EQ(parse_swedish_number("1200 000"), std::nullopt);
    EXPECT_EQ(parse_swedish_number("1 2000"), std::nullopt);
}

TEST(ParseSwedishNumber, ReadsNumberWordsInAnyCase) {
    EXPECT_EQ(parse_swedish_number("sju"), 7);
    EXPECT_EQ(parse_swedish_number("Femton"), 15);
    EXPECT_EQ(parse_swedish_number("ÅTTA"), 8);
    EXPECT_EQ(parse_swedish_number("Åttio"), 80);
    EXPECT_EQ(parse_swedish_number("två"), 2);
    EXPECT_EQ(parse_swedish_number("TVÅ"), 2);
    EXPECT_EQ(parse_swedish_number("en"), 1);
    EXPECT_EQ(parse_swedish_number("ett"), 1);
    EXPECT_EQ(parse_swedish_number("tio"), 10);
    EXPECT_EQ(parse_swedish_number("elva"), 11);
    EXPECT_EQ(parse_swedish_number("tolv"), 12);
    EXPECT_EQ(parse_swedish_number("arton"), 18);
    EXPECT_EQ(parse_swedish_number("nitton"), 19);
    EXPECT_EQ(parse_swedish_number("tjugo"), 20);
    EXPECT_EQ(parse_swedish_number("nittio"), 90);
    EXPECT_EQ(parse_swedish_number("hundra"), 100);
}

TEST(ParseSwedishNumber, ReadsCompounds) {
    EXPECT_EQ(parse_swedish_number("tjugoen"), 21);
    EXPECT_EQ(parse_swedish_number("tjugoett"), 21);
    EXPECT_EQ(parse_swedish_number("tjugotre"), 23);
    EXPECT_EQ(parse_swedish_number("tjugonio"), 29);
    EXPECT_EQ(parse_swedish_number("trettiofem"), 35);
    EXPECT_EQ(parse_swedish_number("Fyrtiosju"), 47);
    EXPECT_EQ(parse_swedish_number("tvåhundrafemtio"), 250);
}

TEST(ParseSwedishNumber, RefusesNumbersTooLongForACountWithoutOverflow) {
    EXPECT_EQ(parse_swedish_number("999999999"), 999999999);
    EXPECT_FALSE(parse_swedish_number("1234567890"));
    EXPECT_FALSE(parse_swedish_number("99999999999999999999"));
}

TEST(ParseSwedishNumber, RejectsOtherWords) {
    for (const char* word : {"", "deltagare", "tjugoelva", "femx", "3fk", "10h", "sexa",
                             "hundraen x", "22-60", "21%"}) {
        EXPECT_EQ(parse_swedish_number(word), std::nullopt) << word;
    }
}

} // namespace
} // namespace finsam
