#include "output/SwedishFormat.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <pugixml.hpp>
#include <string>

namespace finsam {
namespace {

TEST(SwedishFormat, EscapesTheFiveMarkupCharacters) {
    EXPECT_EQ(escape_xml("A & B <C> \"D\" 'E'"), "A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;");
    EXPECT_EQ(escape_xml("&amp;"), "&amp;amp;");
    EXPECT_EQ(escape_xml(""), "");
}

TEST(SwedishFormat, DropsControlCharactersXmlForbids) {
    const std::string text = std::string("a\x01") + "b\x1f" + "c\x0b" + "d" + std::string(1, '\0');
    EXPECT_EQ(escape_xml(text), "abcd");
    EXPECT_EQ(escape_xml("rad 1\r\n\trad 2"), "rad 1\r\n\trad 2");
}

TEST(SwedishFormat, KeepsUtf8AsItIs) {
    const std::string text = "Åsa, Örjan och Élise – 12\u202f000 kr";
    EXPECT_EQ(escape_xml(text), text);
}

TEST(SwedishFormat, EscapedTextParsesBackAsElementAndAttribute) {
    const std::string text = "Mål & \"delmål\" <2024> 'Skåne'";
    const std::string markup = "<r a=\"" + escape_xml(text) + "\" b='" + escape_xml(text) + "'>" +
                               escape_xml(text) + "</r>";
    pugi::xml_document document;
    ASSERT_TRUE(document.load_string(markup.c_str()));
    const pugi::xml_node root = document.child("r");
    EXPECT_EQ(std::string(root.child_value()), text);
    EXPECT_EQ(std::string(root.attribute("a").value()), text);
    EXPECT_EQ(std::string(root.attribute("b").value()), text);
}

TEST(SwedishFormat, NumbersHaveGroupedThousandsAndADecimalComma) {
    EXPECT_EQ(format_swedish_number(12, 2), "12");
    EXPECT_EQ(format_swedish_number(0, 2), "0");
    EXPECT_EQ(format_swedish_number(999, 0), "999");
    EXPECT_EQ(format_swedish_number(1000, 0), "1\u202f000");
    EXPECT_EQ(format_swedish_number(1234.5, 2), "1\u202f234,5");
    EXPECT_EQ(format_swedish_number(1234567.891, 2), "1\u202f234\u202f567,89");
    EXPECT_EQ(format_swedish_number(0.25, 2), "0,25");
    EXPECT_EQ(format_swedish_number(0.05, 2), "0,05");
    EXPECT_EQ(format_swedish_number(-1234.5, 1), "-1\u202f234,5");
}

TEST(SwedishFormat, NumbersAreRoundedWithoutTrailingZerosOrMinusZero) {
    EXPECT_EQ(format_swedish_number(2.5, 0), "3");
    EXPECT_EQ(format_swedish_number(1.20, 2), "1,2");
    EXPECT_EQ(format_swedish_number(999.999, 2), "1\u202f000");
    EXPECT_EQ(format_swedish_number(-0.004, 2), "0");
    EXPECT_EQ(format_swedish_number(-0.0, 0), "0");
}

TEST(SwedishFormat, OutOfRangeDecimalsAreClamped) {
    EXPECT_EQ(format_swedish_number(1.5, -3), "2");
    EXPECT_EQ(format_swedish_number(0.5, 400), "0,5");
}

TEST(SwedishFormat, HugeNumbersLoseTheirDecimalsNotTheirDigits) {
    EXPECT_EQ(format_swedish_number(1e17, 2), "100\u202f000\u202f000\u202f000\u202f000\u202f000");
    EXPECT_EQ(format_swedish_number(-1e20, 2),
              "-100\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000");
}

TEST(SwedishFormat, NumbersThatAreNotFiniteGiveNothing) {
    EXPECT_EQ(format_swedish_number(std::numeric_limits<double>::quiet_NaN(), 2), "");
    EXPECT_EQ(format_swedish_number(std::numeric_limits<double>::infinity(), 2), "");
    EXPECT_EQ(format_swedish_number(-std::numeric_limits<double>::infinity(), 0), "");
}

TEST(SwedishFormat, AmountsAreWholeKronor) {
    EXPECT_EQ(format_swedish_amount(1'200'000), "1\u202f200\u202f000 kr");
    EXPECT_EQ(format_swedish_amount(96'997), "96\u202f997 kr");
    EXPECT_EQ(format_swedish_amount(999), "999 kr");
    EXPECT_EQ(format_swedish_amount(0), "0 kr");
    EXPECT_EQ(format_swedish_amount(-500), "-500 kr");
    EXPECT_EQ(format_swedish_amount(-1'000), "-1\u202f000 kr");
    EXPECT_EQ(format_swedish_amount(std::numeric_limits<std::int64_t>::min()),
              "-9\u202f223\u202f372\u202f036\u202f854\u202f775\u202f808 kr");
}

TEST(SwedishFormat, ACountTakesTheSingularOnlyForOne) {
    EXPECT_EQ(count_of(1, "rapport", "rapporter"), "1 rapport");
    EXPECT_EQ(count_of(2, "rapport", "rapporter"), "2 rapporter");
    EXPECT_EQ(count_of(0, "varning", "varningar"), "0 varningar");
    EXPECT_EQ(count_of(21, "insats", "insatser"), "21 insatser");
}

TEST(SwedishFormat, ListsJoinTheLastItemWithOch) {
    EXPECT_EQ(format_swedish_list({}), "");
    EXPECT_EQ(format_swedish_list({"Arbetsförmedlingen"}), "Arbetsförmedlingen");
    EXPECT_EQ(format_swedish_list({"A", "B"}), "A och B");
    EXPECT_EQ(format_swedish_list({"A", "B", "C"}), "A, B och C");
}

} // namespace
} // namespace finsam
