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

} // namespace
} // namespace finsam
