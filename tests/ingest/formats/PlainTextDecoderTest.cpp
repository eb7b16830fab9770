#include "TestSupport.h"
#include "ingest/formats/TextExtractors.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::fixture;
using testing::read_file;

TEST(PlainTextDecoder, DecodesAnOldWordTextExportAsWindows1252) {
    const auto text = decode_plain_text(read_file(fixture("windows-1252-crlf.txt")));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "Kvartalsrapport\n1. Allmänna uppgifter\nInsatsens namn\n"
                     "Gröna vägen – Östra delen\n");
}

TEST(PlainTextDecoder, StripsTheByteOrderMarkOfMarkdown) {
    const auto text = decode_plain_text(read_file(fixture("utf8-bom.md")));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "# Kvartalsrapport\n\n**2.1 Aktiviteter:**\nTvå deltagare har börjat.\n");
}

TEST(PlainTextDecoder, TurnsCarriageReturnsIntoLineFeeds) {
    EXPECT_EQ(decode_plain_text("a\r\nb\rc\n\r\nd").value(), "a\nb\nc\n\nd");
}

TEST(PlainTextDecoder, KeepsValidUtf8AsItIs) {
    const std::string text = "Måluppfyllelse 85 % – “bra” 🙂\n";

    EXPECT_EQ(decode_plain_text(text).value(), text);
}

TEST(PlainTextDecoder, ReadsUtf8ThatOnlyLooksLikeWindows1252AsWindows1252) {
    // An overlong form and a lone continuation byte are not UTF-8.
    EXPECT_EQ(decode_plain_text("\xC0\xAF").value(), "À¯");
    EXPECT_EQ(decode_plain_text("5\x80 \x81").value(), "5€ \xC2\x81");
}

TEST(PlainTextDecoder, DecodesUtf16WithAByteOrderMark) {
    const std::string little_endian("\xFF\xFE\xE5\x00r\x00\r\x00\n\x00\x3D\xD8\x42\xDE", 14);
    const std::string big_endian("\xFE\xFF\x00\xF6\x00k", 6);

    EXPECT_EQ(decode_plain_text(little_endian).value(), "år\n🙂");
    EXPECT_EQ(decode_plain_text(big_endian).value(), "ök");
}

TEST(PlainTextDecoder, ReportsAnEmptyOrBlankFileAsEmpty) {
    for (const std::string_view blank : {std::string_view(""), std::string_view("\xEF\xBB\xBF"),
                                         std::string_view(" \r\n\t\n\xC2\xA0")}) {
        const auto text = decode_plain_text(blank);
        ASSERT_FALSE(text.has_value());
        EXPECT_EQ(text.error().code, ExtractError::Code::Empty);
    }
}

} // namespace
} // namespace finsam
