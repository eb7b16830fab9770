#include "output/QrCodeSvg.h"

#include <gtest/gtest.h>
#include <regex>

namespace finsam::testing {
namespace {

TEST(QrCodeSvg, ALinkBecomesASquareOfModulesWithItsTextAlternative) {
    const std::string link = "https://finsam.example/e/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    const auto svg = qr_code_svg(link, "QR-kod till enkäten: \"länken\" & <mer>");

    ASSERT_TRUE(svg);
    EXPECT_NE(svg->find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg->find("aria-label=\"QR-kod till enkäten: &quot;länken&quot; &amp; &lt;mer&gt;\""),
              std::string::npos);
    // A QR code is 17 + 4 × version modules wide, with a quiet zone of 4 on each side.
    std::smatch size;
    ASSERT_TRUE(std::regex_search(*svg, size, std::regex("viewBox=\"0 0 (\\d+) (\\d+)\"")));
    EXPECT_EQ(size[1], size[2]);
    const int width = std::stoi(size[1]) - 8;
    EXPECT_EQ((width - 17) % 4, 0) << width;
    EXPECT_GE(width, 21);
    // The top-left finder pattern: its first row is seven dark modules from (4, 4).
    for (int column = 4; column < 11; ++column)
        EXPECT_NE(svg->find("M" + std::to_string(column) + " 4h1v1h-1z"), std::string::npos)
            << column;
    EXPECT_EQ(svg->find("M11 4h1v1h-1z"), std::string::npos);
}

TEST(QrCodeSvg, TextTooLongForAQrCodeHasNone) {
    EXPECT_FALSE(qr_code_svg(std::string(8000, 'x'), "för lång"));
}

} // namespace
} // namespace finsam::testing
