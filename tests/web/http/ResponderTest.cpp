#include "web/http/Responder.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

TEST(AttachmentDispositionTest, AnAsciiNameIsGivenAsItIsInBothForms) {
    EXPECT_EQ(attachment_disposition("handelselogg.csv"),
              "attachment; filename=\"handelselogg.csv\"; filename*=UTF-8''handelselogg.csv");
}

TEST(AttachmentDispositionTest, ASwedishNameIsPercentEncodedWithAnAsciiStandIn) {
    EXPECT_EQ(attachment_disposition("Rapport Vägvisaren.docx"),
              "attachment; filename=\"Rapport V__gvisaren.docx\"; "
              "filename*=UTF-8''Rapport%20V%C3%A4gvisaren.docx");
}

TEST(AttachmentDispositionTest, QuotesAndLineBreaksCannotEndTheHeader) {
    const std::string header = attachment_disposition("a\"b\\c\r\nSet-Cookie: x.pdf");
    EXPECT_EQ(header.find('\r'), std::string::npos);
    EXPECT_EQ(header.find('\n'), std::string::npos);
    EXPECT_EQ(header, "attachment; filename=\"a_b_c__Set-Cookie: x.pdf\"; "
                      "filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x.pdf");
}

} // namespace
} // namespace finsam::testing
