#include "domain/Text.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using Strings = std::vector<std::string>;

TEST(TextTest, ParagraphsAreThePartsBetweenBlankLinesWithTheirLinesKept) {
    const std::string text = "  Första stycket,\n  rad två.  \n\n \t\nAndra:\n- en\r\n- två\n\n";

    EXPECT_EQ(split_paragraphs(text),
              (Strings{"Första stycket,\nrad två.", "Andra:\n- en\n- två"}));
    EXPECT_TRUE(split_paragraphs(" \n\n\t").empty());
    EXPECT_EQ(split_paragraphs("En rad"), (Strings{"En rad"}));
}

} // namespace
} // namespace finsam
