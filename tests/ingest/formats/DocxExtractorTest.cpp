#include "TestSupport.h"
#include "ZipBuilder.h"
#include "ingest/formats/TextExtractors.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::build_docx;
using testing::build_zip;
using testing::fixture;
using testing::read_file;

std::string paragraph(std::string_view text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r></w:p>";
}

std::string cell(std::string_view text) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"4000\"/></w:tcPr>" + paragraph(text) + "</w:tc>";
}

ExtractError::Code error_code(const tl::expected<std::string, ExtractError>& result) {
    EXPECT_FALSE(result.has_value());
    return result.has_value() ? ExtractError::Code::Unsupported : result.error().code;
}

TEST(DocxExtractor, ReadsAWordReportWithItsRegistrationBoxAndWithoutItsFooter) {
    const auto text = extract_docx_text(read_file(fixture("quarterly-report.docx")));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_TRUE(text->starts_with("Kvartalsrapport\nInsats för samverkansmedel\n"));
    EXPECT_NE(text->find("\nDiarienummer\tSignatur\nSFX 25-03.07\tMBE\n"), std::string::npos);
    EXPECT_NE(text->find("\nOrganisations namn\tArbetsställets namn\n"
                         "Älvdalens kommun\tJobbtorget Öst\n"),
              std::string::npos);
    EXPECT_NE(text->find("\n1. Allmänna uppgifter\nInsatsens namn\nGröna vägen\n"),
              std::string::npos);
    EXPECT_EQ(text->find("www.exempelforbundet.se"), std::string::npos) << "footer is furniture";
}

TEST(DocxExtractor, JoinsTheCellsOfATwoColumnTableRowWithATab) {
    const std::string table = "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid>"
                              "<w:tr>" +
                              cell("Postnummer") + cell("Postadress") +
                              "</w:tr>"
                              "<w:tr>" +
                              cell("796 30 Älvdalen") + cell("Storgatan 12") + "</w:tr><w:tr>" +
                              cell("") + cell("Box 7") + "</w:tr></w:tbl>";

    const auto text = extract_docx_text(build_docx(paragraph("Kontakt") + table));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "Kontakt\nPostnummer\tPostadress\n796 30 Älvdalen\tStorgatan 12\n\tBox 7\n");
}

TEST(DocxExtractor, PutsTheParagraphsOfACellOnTheRowLine) {
    const std::string table = "<w:tbl><w:tr><w:tc>" + paragraph("Mål 1") + paragraph("30 %") +
                              "</w:tc>" + cell("Uppnått") + "</w:tr></w:tbl>";

    const auto text = extract_docx_text(build_docx(table));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "Mål 1 30 %\tUppnått\n");
}

TEST(DocxExtractor, WritesAPageBreakInTheMiddleOfASentenceAsAFormFeedLine) {
    const std::string body = "<w:p><w:r><w:t xml:space=\"preserve\">Deltagarna har fått stöd i "
                             "</w:t></w:r><w:r><w:br w:type=\"page\"/><w:t>vardagen.</w:t></w:r>"
                             "</w:p>" +
                             paragraph("Nästa stycke.");

    const auto text = extract_docx_text(build_docx(body));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "Deltagarna har fått stöd i \n\f\nvardagen.\nNästa stycke.\n");
}

TEST(DocxExtractor, WritesTabsLineBreaksAndExplicitPageBreaksOnly) {
    const std::string body =
        "<w:p><w:r><w:t>Datum</w:t><w:tab/><w:t>2025-04-14</w:t><w:br/><w:t>Namn</w:t></w:r></w:p>"
        "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Ingen brytning</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pageBreakBefore/><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"
        "</w:pPr><w:r><w:t>Ny sida</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Sist</w:t></w:r><w:r><w:br w:type=\"page\"/></w:r></w:p>";

    const auto text = extract_docx_text(build_docx(body));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "Datum\t2025-04-14\nNamn\nIngen brytning\n\f\nNy sida\nSist\n\f\n");
}

TEST(DocxExtractor, ReadsTextBoxesAndContentControlsOnce) {
    const std::string text_box = "<w:txbxContent>" + paragraph("Diarienummer") + "</w:txbxContent>";
    const std::string body =
        "<w:p><w:r><w:t>Rubrik</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
        "<w:drawing><wps:txbx>" +
        text_box +
        "</wps:txbx></w:drawing></mc:Choice><mc:Fallback>"
        "<w:pict><v:textbox>" +
        text_box +
        "</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        "<w:sdt><w:sdtPr><w:alias w:val=\"Namn\"/></w:sdtPr><w:sdtContent>" +
        paragraph("Stegvis tillbaka") + "</w:sdtContent></w:sdt>";

    const auto text = extract_docx_text(build_docx(body));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "Rubrik\nDiarienummer\nStegvis tillbaka\n");
}

TEST(DocxExtractor, LeavesOutDeletedRevisionsAndFieldCodes) {
    const std::string body =
        "<w:p><w:r><w:t xml:space=\"preserve\">Totalt </w:t></w:r><w:del><w:r><w:delText>12"
        "</w:delText></w:r></w:del><w:ins><w:r><w:t>14</w:t></w:r></w:ins><w:r><w:fldChar/>"
        "<w:instrText> PAGE </w:instrText></w:r><w:r><w:t xml:space=\"preserve\"> deltagare</w:t>"
        "</w:r></w:p>";

    const auto text = extract_docx_text(build_docx(body));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "Totalt 14 deltagare\n");
}

TEST(DocxExtractor, WritesHeadingStylesAndBoldParagraphsAsMarkdown) {
    const std::string bold = "<w:rPr><w:b/></w:rPr>";
    const std::string body =
        R"(<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Resultat</w:t></w:r></w:p>)"
        R"(<w:p><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr><w:r><w:t>Bakgrund</w:t></w:r></w:p>)"
        R"(<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Analys</w:t></w:r></w:p>)"
        "<w:p><w:r>" +
        bold + "<w:t xml:space=\"preserve\">Vad har </w:t></w:r><w:r>" + bold +
        "<w:t>fungerat</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>"
        "<w:p><w:r>" +
        bold +
        "<w:t>Period:</w:t></w:r><w:r><w:t xml:space=\"preserve\"> "
        "2024</w:t></w:r></w:p>"
        "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Inte fet</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r>" +
        bold +
        "<w:t>Diarienummer</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>SFG 24-08.02</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

    const auto text = extract_docx_text(build_docx(body));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "## Resultat\n# Bakgrund\n### Analys\n**Vad har fungerat**\nPeriod: 2024\n"
                     "Inte fet\nDiarienummer\tSFG 24-08.02\n");
}

TEST(DocxExtractor, IgnoresHeadersAndFooters) {
    const auto text = extract_docx_text(
        build_docx(paragraph("Brödtext"), {{"word/header1.xml", "<w:hdr>Sidhuvud</w:hdr>", 0},
                                           {"word/footer1.xml", "<w:ftr>Sida 1(2)</w:ftr>", 0}}));

    ASSERT_TRUE(text.has_value()) << text.error().message;
    EXPECT_EQ(*text, "Brödtext\n");
}

TEST(DocxExtractor, RefusesADocumentPartThatDeclaresMoreThanTheLimit) {
    constexpr std::uint64_t k_bomb_bytes = 200u * 1024u * 1024u;
    const std::string bomb = build_zip(
        {{"[Content_Types].xml", "<Types/>", 0}, {"word/document.xml", "", k_bomb_bytes}});
    ASSERT_LT(bomb.size(), 1024u * 1024u);

    EXPECT_EQ(error_code(extract_docx_text(bomb)), ExtractError::Code::TooLarge);
}

TEST(DocxExtractor, StopsInflatingAnEntryThatLiesAboutItsSize) {
    const std::string bomb = testing::with_declared_size(
        build_zip({{"word/document.xml", "", 80u * 1024u * 1024u}}), "word/document.xml", 4096);

    EXPECT_EQ(error_code(extract_docx_text(bomb)), ExtractError::Code::TooLarge);
}

TEST(DocxExtractor, StopsWritingTextLongerThanAnyReport) {
    const std::string_view line = "Insatsen har haft tolv deltagare under kvartalet.";
    std::string body;
    for (std::size_t text_bytes = 0; text_bytes <= k_max_text_bytes; text_bytes += line.size() + 1)
        body += paragraph(line);
    const std::string docx = build_docx(body);

    EXPECT_EQ(error_code(extract_docx_text(docx)), ExtractError::Code::TooLarge);
}

TEST(DocxExtractor, RefusesAPasswordProtectedWordFile) {
    // Word stores a protected .docx as an OLE compound file holding an "EncryptedPackage".
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.append(1024, '\0');
    ole.append(std::string_view("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32));
    ole.append(1024, '\0');

    EXPECT_EQ(error_code(extract_docx_text(ole)), ExtractError::Code::Encrypted);
}

TEST(DocxExtractor, RefusesAZipWithAnEncryptedDocumentPart) {
    const std::string encrypted =
        build_zip({{"word/document.xml", "<w:document/>", 0}}, testing::Encryption::Password);
    if (encrypted.empty()) {
        GTEST_SKIP() << "this libzip cannot write encrypted entries";
    }

    EXPECT_EQ(error_code(extract_docx_text(encrypted)), ExtractError::Code::Encrypted);
}

TEST(DocxExtractor, ReportsAnOldWordDocumentAsUnsupported) {
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.append(2048, '\0');

    EXPECT_EQ(error_code(extract_docx_text(ole)), ExtractError::Code::Unsupported);
}

TEST(DocxExtractor, ReportsAZipWithoutADocumentPartAsUnsupported) {
    const std::string spreadsheet = build_zip({{"xl/workbook.xml", "<workbook/>", 0}});

    EXPECT_EQ(error_code(extract_docx_text(spreadsheet)), ExtractError::Code::Unsupported);
}

TEST(DocxExtractor, ReportsATruncatedFileAsCorrupt) {
    const std::string whole = read_file(fixture("quarterly-report.docx"));

    EXPECT_EQ(error_code(extract_docx_text(whole.substr(0, whole.size() / 2))),
              ExtractError::Code::Corrupt);
}

TEST(DocxExtractor, ReportsBinaryGarbageAsCorrupt) {
    std::string garbage;
    for (unsigned value = 0; value < 4096; ++value) {
        garbage += static_cast<char>((value * 7919u + 13u) % 251u);
    }

    EXPECT_EQ(error_code(extract_docx_text(garbage)), ExtractError::Code::Corrupt);
}

TEST(DocxExtractor, ReportsMalformedXmlAsCorrupt) {
    const std::string broken = build_zip({{"word/document.xml", "<w:document><w:body><w:p>", 0}});

    EXPECT_EQ(error_code(extract_docx_text(broken)), ExtractError::Code::Corrupt);
}

TEST(DocxExtractor, ReportsHostileNestingAsCorrupt) {
    std::string opening;
    std::string closing;
    for (int level = 0; level < 5000; ++level) {
        opening += "<w:sdt><w:sdtContent>";
        closing += "</w:sdtContent></w:sdt>";
    }
    const std::string body = opening + paragraph("Djupt") + closing;

    EXPECT_EQ(error_code(extract_docx_text(build_docx(body))), ExtractError::Code::Corrupt);
}

TEST(DocxExtractor, ReportsAnEmptyFileOrDocumentAsEmpty) {
    EXPECT_EQ(error_code(extract_docx_text("")), ExtractError::Code::Empty);
    EXPECT_EQ(error_code(extract_docx_text(build_docx("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"))),
              ExtractError::Code::Empty);
}

} // namespace
} // namespace finsam
