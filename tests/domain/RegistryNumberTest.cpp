#include "domain/RegistryNumber.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

TEST(RegistryNumberTest, FillsTheSeedsPattern) {
    const auto number = format_registry_number("SFG {yy}-{seq:02}.{n:02}", {2024, 8, 2});
    ASSERT_TRUE(number) << number.error();
    EXPECT_EQ(*number, "SFG 24-08.02");
}

TEST(RegistryNumberTest, WidthsPadButNeverCut) {
    EXPECT_EQ(format_registry_number("{yyyy}/{seq}-{n:03}", {2031, 123, 7}).value(),
              "2031/123-007");
    EXPECT_EQ(format_registry_number("Dnr {seq:02}.{n:02}", {2024, 345, 12}).value(), "Dnr 345.12");
    EXPECT_EQ(format_registry_number("{yy}/{seq}-{n}", {2005, 3, 1}).value(), "05/3-1");
}

TEST(RegistryNumberTest, RefusesPatternsThatCannotNumberDocuments) {
    EXPECT_FALSE(format_registry_number("SFG {yy}-{seq}", {2024, 1, 1}));
    EXPECT_FALSE(format_registry_number("SFG {yy-{n}", {2024, 1, 1}));
    EXPECT_FALSE(format_registry_number("{year}-{n}", {2024, 1, 1}));
    EXPECT_FALSE(format_registry_number("{yy:02}-{n}", {2024, 1, 1}));
    EXPECT_FALSE(format_registry_number("{n:x}", {2024, 1, 1}));
    EXPECT_FALSE(validate_registry_pattern("{yy}-{seq:0}.{n}"));
    EXPECT_TRUE(validate_registry_pattern("SFG {yy}-{seq:02}.{n:02}"));
}

// Without {seq}, the first report of every insats in a year would get the same number.
TEST(RegistryNumberTest, RefusesPatternsWithoutTheCase) {
    EXPECT_FALSE(format_registry_number("SFG {yy}.{n:02}", {2024, 8, 1}));
    EXPECT_FALSE(validate_registry_pattern("{yyyy}-{n}"));
    EXPECT_TRUE(validate_registry_pattern("{seq}.{n}"));
}

TEST(RegistryNumberTest, ReadsTheCaseAndNumberOfANumberThePatternWrites) {
    const auto parts = parse_registry_number("SFG {yy}-{seq:02}.{n:02}", "SFG 24-08.02");
    ASSERT_TRUE(parts);
    EXPECT_EQ(parts->year, 2024);
    EXPECT_EQ(parts->case_number, 8);
    EXPECT_EQ(parts->number, 2);
}

TEST(RegistryNumberTest, ReadsANumberWrittenAsPeopleWriteIt) {
    const std::string pattern = "SFG {yy}-{seq:02}.{n:02}";
    for (const std::string written :
         {"sfg 24-8.2", "SFG24-08.02", "  SFG 24-008.02 ", "SFG  24-08.2"}) {
        const auto parts = parse_registry_number(pattern, written);
        ASSERT_TRUE(parts) << written;
        EXPECT_EQ(parts->case_number, 8) << written;
        EXPECT_EQ(parts->number, 2) << written;
    }
    const auto four_digit = parse_registry_number("{yyyy}/{seq}-{n:03}", "2031/123-007");
    ASSERT_TRUE(four_digit);
    EXPECT_EQ(four_digit->year, 2031);
    EXPECT_EQ(four_digit->case_number, 123);
    EXPECT_EQ(four_digit->number, 7);
    const auto without_year = parse_registry_number("Dnr {seq}.{n}", "Dnr 345.12");
    ASSERT_TRUE(without_year);
    EXPECT_EQ(without_year->year, 0);
    EXPECT_EQ(without_year->case_number, 345);
}

TEST(RegistryNumberTest, ANumberThePatternDoesNotWriteIsNotRead) {
    const std::string pattern = "SFG {yy}-{seq:02}.{n:02}";
    for (const std::string written :
         {"", "SFG 24-08", "KS 24-08.02", "SFG 24-08.02 b", "SFG 2024-08.02", "SFG 24-00.02",
          "SFG ab-08.02", "SFG 24-08.02.01"})
        EXPECT_FALSE(parse_registry_number(pattern, written)) << written;
    EXPECT_FALSE(parse_registry_number("{yy}-{n}", "24-2")) << "an unusable pattern reads nothing";
}

TEST(RegistryNumberTest, PlaceholdersSideBySideTakeTheirWidths) {
    const auto parts = parse_registry_number("{yy}{seq:03}{n:02}", "2400812");
    ASSERT_TRUE(parts);
    EXPECT_EQ(parts->year, 2024);
    EXPECT_EQ(parts->case_number, 8);
    EXPECT_EQ(parts->number, 12);
}

} // namespace
} // namespace finsam
