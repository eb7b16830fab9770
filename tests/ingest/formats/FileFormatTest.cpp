#include "ingest/formats/FileFormat.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using namespace std::string_view_literals;

constexpr std::string_view k_docx_head = "PK\x03\x04\x14\x00\x06\x00\x08\x00...word/document.xml"sv;
constexpr std::string_view k_ole_head = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

TEST(FileFormat, NamesEachFormatByItsContractName) {
    EXPECT_EQ(to_string(FileFormat::Text), "txt");
    EXPECT_EQ(to_string(FileFormat::Markdown), "md");
    EXPECT_EQ(to_string(FileFormat::Pdf), "pdf");
    EXPECT_EQ(to_string(FileFormat::Docx), "docx");
    EXPECT_EQ(to_string(FileFormat::Email), "eml");
}

TEST(FileFormat, TrustsMagicBytesOverTheExtension) {
    EXPECT_EQ(detect_format("rapport.docx", "%PDF-1.7\n%\xE2\xE3"), FileFormat::Pdf);
    EXPECT_EQ(detect_format("rapport", "\r\n%PDF-1.4\n"), FileFormat::Pdf);
    EXPECT_EQ(detect_format("rapport.pdf", k_docx_head), FileFormat::Docx);
    EXPECT_EQ(detect_format("rapport.txt", "From: kansli@example.se\r\nTo: a@example.se\r\n"),
              FileFormat::Email);
    EXPECT_EQ(detect_format("utan-namn", "MIME-Version: 1.0\n"), FileFormat::Email);
    EXPECT_EQ(detect_format("utan-namn", "Received: from mx.example.se\n"), FileFormat::Email);
    EXPECT_EQ(detect_format("utan-namn", "Date: Mon, 14 Apr 2025 10:00:00 +0200\n"),
              FileFormat::Email);
    EXPECT_EQ(detect_format("export.mbox", "From kansli@example.se Mon Apr 14 10:00:00 2025\n"
                                           "Subject: Rapport\n"),
              FileFormat::Email);
}

TEST(FileFormat, FallsBackToTheExtension) {
    EXPECT_EQ(detect_format("rapport.txt", "Kvartalsrapport\n"), FileFormat::Text);
    EXPECT_EQ(detect_format("rapport.md", "# Kvartalsrapport\n"), FileFormat::Markdown);
    EXPECT_EQ(detect_format("rapport.markdown", ""), FileFormat::Markdown);
    EXPECT_EQ(detect_format("RAPPORT.PDF", "garbage"), FileFormat::Pdf);
    EXPECT_EQ(detect_format("mapp/Rapport.Docx", ""), FileFormat::Docx);
    EXPECT_EQ(detect_format("rapport.eml", "Hej\n"), FileFormat::Email);
    EXPECT_EQ(detect_format("datum.txt", "Datum: 2025-04-14\n"), FileFormat::Text);
}

TEST(FileFormat, LeavesAContainerThatIsNoWordDocumentToItsExtension) {
    EXPECT_EQ(detect_format("skyddad.docx", k_ole_head), FileFormat::Docx);
    EXPECT_EQ(detect_format("stor.docx", "PK\x03\x04[Content_Types].xml"), FileFormat::Docx);
    EXPECT_EQ(detect_format("gammal.doc", k_ole_head), std::nullopt);
    EXPECT_EQ(detect_format("bytt-namn.txt", k_ole_head), std::nullopt);
    EXPECT_EQ(detect_format("budget.txt", "PK\x03\x04xl/workbook.xml"), std::nullopt);
}

TEST(FileFormat, RejectsWhatTheImporterDoesNotRead) {
    EXPECT_EQ(detect_format("budget.xlsx", "PK\x03\x04xl/workbook.xml"), std::nullopt);
    EXPECT_EQ(detect_format("rapport.doc", "gammalt"), std::nullopt);
    EXPECT_EQ(detect_format("bild.png", "\x89PNG\r\n"), std::nullopt);
    EXPECT_EQ(detect_format("utan-filandelse", "Kvartalsrapport\n"), std::nullopt);
}

} // namespace
} // namespace finsam
