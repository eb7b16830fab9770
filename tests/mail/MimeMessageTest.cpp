#include "mail/MimeMessage.h"

#include <gtest/gtest.h>

namespace finsam::testing {
namespace {

TEST(MimeMessageTest, ALongSubjectIsFoldedIntoWordsNoLongerThanTheStandardAllows) {
    const std::string subject =
        "Påminnelse: kvartalsrapport för Unga på väg – arbetsträning i Åre kommun senast "
        "2025-01-15";

    const std::string words = encoded_words(subject);

    std::size_t start = 0;
    int count = 0;
    while (start < words.size()) {
        const auto end = words.find("\r\n ", start);
        const std::string word = words.substr(start, end == words.npos ? words.npos : end - start);
        EXPECT_LE(word.size(), 75u) << word;
        EXPECT_EQ(word.rfind("=?UTF-8?B?", 0), 0u) << word;
        ++count;
        start = end == words.npos ? words.size() : end + 3;
    }
    EXPECT_GE(count, 2);
}

TEST(MimeMessageTest, TheMessageHasItsHeadersAndABase64BodyWithCrlfLines) {
    const MailMessage message{"anna@exempel.se", "Anna Ägare", "Rapport", "Rad ett\nRad två\n",
                              "<1@finsam.invalid>"};

    const std::string mime = mime_message(message, "uppfoljning@exempel.se", "Finsam", Timestamp{});

    EXPECT_NE(mime.find("From: =?UTF-8?B?Rmluc2Ft?= <uppfoljning@exempel.se>\r\n"), mime.npos);
    EXPECT_NE(mime.find("To: =?UTF-8?B?QW5uYSDDhGdhcmU=?= <anna@exempel.se>\r\n"), mime.npos);
    EXPECT_NE(mime.find("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"), mime.npos);
    EXPECT_NE(mime.find("Message-ID: <1@finsam.invalid>\r\n"), mime.npos);
    // "Rad ett\r\nRad två\r\n" in base64.
    EXPECT_NE(mime.find("\r\n\r\nUmFkIGV0dA0KUmFkIHR2w6UNCg==\r\n"), mime.npos);
}

} // namespace
} // namespace finsam::testing
