#include "TestSupport.h"
#include "ingest/formats/TextExtractors.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::chrono_literals;
using testing::fixture;
using testing::read_file;

ExtractError::Code error_code(const tl::expected<EmailMessage, ExtractError>& result) {
    EXPECT_FALSE(result.has_value());
    return result.has_value() ? ExtractError::Code::Unsupported : result.error().code;
}

std::string mail_with_attachment(std::string_view date_header, std::string_view content_type,
                                 std::string_view file_name, std::string_view base64) {
    return std::string(date_header) +
           "From: a@example.se\nMIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n"
           "Hej\n--b\nContent-Type: " +
           std::string(content_type) + "\nContent-Disposition: inline; filename=\"" +
           std::string(file_name) + "\"\nContent-Transfer-Encoding: base64\n\n" +
           std::string(base64) + "\n--b--\n";
}

// "%PDF-1.4\n" and "PK\x03\x04word/document.xml" in base64.
constexpr std::string_view k_pdf_base64 = "JVBERi0xLjQK";
constexpr std::string_view k_docx_base64 = "UEsDBHdvcmQvZG9jdW1lbnQueG1s";

TEST(EmailReader, ReadsTheDateTheSubjectAndTheAttachedPdf) {
    const auto email = read_email(read_file(fixture("report-attached.eml")));

    ASSERT_TRUE(email.has_value()) << email.error().message;
    // Sent 23:30 UTC on the 14th, which is 01:30 on the 15th in Sweden.
    EXPECT_EQ(email->sent_date, Date{2025y / 4 / 15});
    EXPECT_EQ(email->subject, "Slutrapport för Stegvis tillbaka");
    ASSERT_EQ(email->attachments.size(), 1u);
    EXPECT_EQ(email->attachments[0].file_name, "Slutrapport Stegvis tillbaka År 2024.pdf");
    EXPECT_EQ(email->attachments[0].format, FileFormat::Pdf);
    EXPECT_EQ(email->attachments[0].bytes, read_file(fixture("final-report-short.pdf")));
}

TEST(EmailReader, FindsADocxInAForwardedMessageAndSkipsImages) {
    const auto email = read_email(read_file(fixture("forwarded-docx.eml")));

    ASSERT_TRUE(email.has_value()) << email.error().message;
    EXPECT_EQ(email->sent_date, Date{2025y / 4 / 16});
    EXPECT_EQ(email->subject, "Fwd: Kvartalsrapport");
    ASSERT_EQ(email->attachments.size(), 1u);
    EXPECT_EQ(email->attachments[0].file_name, "kvartalsrapport.docx");
    EXPECT_EQ(email->attachments[0].format, FileFormat::Docx);
    EXPECT_EQ(email->attachments[0].bytes, read_file(fixture("quarterly-report.docx")));
}

TEST(EmailReader, LetsTheContentDecideTheFormatOfAnAttachment) {
    const auto email =
        read_email(mail_with_attachment("Date: Tue, 15 Apr 2025 10:00:00 +0200\n",
                                        "application/octet-stream", "rapport.docx", k_pdf_base64));

    ASSERT_TRUE(email.has_value()) << email.error().message;
    ASSERT_EQ(email->attachments.size(), 1u);
    EXPECT_EQ(email->attachments[0].format, FileFormat::Pdf);
    EXPECT_EQ(email->attachments[0].bytes, "%PDF-1.4\n");
}

TEST(EmailReader, NamesAnAttachmentThatOnlyItsContentTypeIdentifies) {
    const auto email = read_email(mail_with_attachment(
        "", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "../../Rapport", k_docx_base64));

    ASSERT_TRUE(email.has_value()) << email.error().message;
    EXPECT_EQ(email->sent_date, std::nullopt);
    ASSERT_EQ(email->attachments.size(), 1u);
    EXPECT_EQ(email->attachments[0].file_name, "Rapport.docx");
    EXPECT_EQ(email->attachments[0].format, FileFormat::Docx);
}

TEST(EmailReader, KeepsTheDateAsWrittenWhenItIsTheSameDayInSweden) {
    const auto email = read_email(mail_with_attachment("Date: Thu, 2 Jan 2025 08:05:00 -0500\n",
                                                       "application/pdf", "r.pdf", k_pdf_base64));

    ASSERT_TRUE(email.has_value()) << email.error().message;
    EXPECT_EQ(email->sent_date, Date{2025y / 1 / 2});
}

TEST(EmailReader, ReportsAMailWithoutAttachmentAsNoReport) {
    EXPECT_EQ(error_code(read_email(read_file(fixture("no-attachment.eml")))),
              ExtractError::Code::NoReport);
    EXPECT_EQ(error_code(read_email(mail_with_attachment("", "image/png", "logga.png", "iVBO"))),
              ExtractError::Code::NoReport);
}

TEST(EmailReader, ReportsGarbageAsCorrupt) {
    std::string garbage;
    for (unsigned value = 0; value < 4096; ++value) {
        garbage += static_cast<char>((value * 7919u + 13u) % 251u);
    }

    EXPECT_EQ(error_code(read_email(garbage)), ExtractError::Code::Corrupt);
    EXPECT_EQ(error_code(read_email("Hej!\nDetta är ingen e-post.\n")),
              ExtractError::Code::Corrupt);
}

TEST(EmailReader, ReportsAnEmptyFileAsEmpty) {
    EXPECT_EQ(error_code(read_email("")), ExtractError::Code::Empty);
}

} // namespace
} // namespace finsam
