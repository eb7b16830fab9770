#include "output/XlsxWriter.h"

#include "TestSupport.h"
#include "XlsxReading.h"

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace finsam {
namespace {

using testing::cell;
using testing::shared_string;
using testing::sheet_names;
using testing::XlsxPackage;

DataCell number(double value) {
    return DataCell{value};
}

DataCell text(std::string value) {
    return DataCell{std::move(value)};
}

const std::string k_long_title = "Deltagare per kön och avslutsorsak år 2024"; // 42 characters

/// Points TMPDIR, where write_xlsx() puts its working file, at a directory of the test's own
/// while it lives.
class TemporaryDirectoryForFiles {
public:
    explicit TemporaryDirectoryForFiles(const std::filesystem::path& directory) {
        if (const char* previous = std::getenv("TMPDIR"))
            m_previous = previous;
        setenv("TMPDIR", directory.c_str(), 1);
    }
    ~TemporaryDirectoryForFiles() {
        if (m_previous)
            setenv("TMPDIR", m_previous->c_str(), 1);
        else
            unsetenv("TMPDIR");
    }
    TemporaryDirectoryForFiles(const TemporaryDirectoryForFiles&) = delete;
    TemporaryDirectoryForFiles& operator=(const TemporaryDirectoryForFiles&) = delete;

private:
    std::optional<std::string> m_previous;
};

/// The cell format (cellXfs entry) of a cell.
pugi::xml_node cell_format(const pugi::xml_document& styles, const pugi::xml_node& cell_node) {
    const int index = cell_node.attribute("s").as_int(0);
    return styles.select_nodes("/styleSheet/cellXfs/xf")[static_cast<std::size_t>(index)].node();
}

pugi::xml_node font_of(const pugi::xml_document& styles, const pugi::xml_node& format) {
    const auto index = static_cast<std::size_t>(format.attribute("fontId").as_int());
    return styles.select_nodes("/styleSheet/fonts/font")[index].node();
}

pugi::xml_node fill_of(const pugi::xml_document& styles, const pugi::xml_node& format) {
    const auto index = static_cast<std::size_t>(format.attribute("fillId").as_int());
    return styles.select_nodes("/styleSheet/fills/fill")[index].node();
}

std::vector<DataTable> two_tables() {
    return {
        DataTable{k_long_title,
                  {"Avslutsorsak", "Kvinnor", "Män"},
                  {{text("Arbete"), number(12), DataCell{3.0, true}},
                   {text("Studier på högskola"), number(2.5), DataCell{4.0, false, true}}},
                  {"\"..\": uppgift får ej förekomma", "Källa: slutrapporter"}},
        DataTable{k_long_title, {"Kön", "Antal"}, {{text("Övriga"), number(-7)}}, {}},
    };
}

XlsxPackage written(const std::vector<DataTable>& tables) {
    const auto bytes = write_xlsx(tables);
    EXPECT_TRUE(bytes.has_value()) << bytes.error();
    return XlsxPackage(bytes.value_or(std::string()));
}

TEST(XlsxWriterTest, WritesOneSheetPerTableNamedAfterItsTitle) {
    const XlsxPackage package = written(two_tables());
    ASSERT_TRUE(package.is_open());
    // The 42-character title is cut to Excel's 31, and the second sheet's name made unique
    // within the same 31.
    EXPECT_EQ(sheet_names(package), (std::vector<std::string>{"Deltagare per kön och avslutsor",
                                                              "Deltagare per kön och avslu (2)"}));
}

TEST(XlsxWriterTest, WritesTheWholeTitleAboveTheTable) {
    const XlsxPackage package = written(two_tables());
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document sheet = package.part("xl/worksheets/sheet1.xml");
    EXPECT_EQ(shared_string(package, cell(sheet, "A1")), k_long_title);
    EXPECT_EQ(shared_string(package, cell(sheet, "B2")), "Kvinnor");
}

TEST(XlsxWriterTest, WritesNumbersAsNumbers) {
    const XlsxPackage package = written(two_tables());
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document sheet = package.part("xl/worksheets/sheet1.xml");
    const pugi::xml_node whole = cell(sheet, "B3");
    EXPECT_FALSE(whole.attribute("t"));
    EXPECT_EQ(whole.child("v").text().as_double(), 12.0);
    EXPECT_EQ(cell(sheet, "B4").child("v").text().as_double(), 2.5);
    const pugi::xml_document second = package.part("xl/worksheets/sheet2.xml");
    EXPECT_FALSE(cell(second, "B3").attribute("t"));
    EXPECT_EQ(cell(second, "B3").child("v").text().as_double(), -7.0);
}

TEST(XlsxWriterTest, WritesAHiddenCellAsTwoDotsNeverItsValue) {
    const XlsxPackage package = written(two_tables());
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document sheet = package.part("xl/worksheets/sheet1.xml");
    EXPECT_EQ(shared_string(package, cell(sheet, "C3")), "..");
}

TEST(XlsxWriterTest, KeepsSwedishCharacters) {
    const XlsxPackage package = written(two_tables());
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document sheet = package.part("xl/worksheets/sheet1.xml");
    EXPECT_EQ(shared_string(package, cell(sheet, "A4")), "Studier på högskola");
    EXPECT_EQ(shared_string(package, cell(sheet, "C2")), "Män");
    const pugi::xml_document second = package.part("xl/worksheets/sheet2.xml");
    EXPECT_EQ(shared_string(package, cell(second, "A3")), "Övriga");
}

TEST(XlsxWriterTest, WritesTheNotesBelowTheTableAfterAnEmptyRow) {
    const XlsxPackage package = written(two_tables());
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document sheet = package.part("xl/worksheets/sheet1.xml");
    EXPECT_FALSE(sheet.select_node("//sheetData/row[@r='5']/c"));
    EXPECT_EQ(shared_string(package, cell(sheet, "A6")), "\"..\": uppgift får ej förekomma");
    EXPECT_EQ(shared_string(package, cell(sheet, "A7")), "Källa: slutrapporter");
}

TEST(XlsxWriterTest, MakesTheHeaderBoldAndKeepsItInView) {
    const XlsxPackage package = written(two_tables());
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document sheet = package.part("xl/worksheets/sheet1.xml");
    const pugi::xml_document styles = package.part("xl/styles.xml");
    EXPECT_TRUE(font_of(styles, cell_format(styles, cell(sheet, "A2"))).child("b"));
    EXPECT_FALSE(font_of(styles, cell_format(styles, cell(sheet, "A3"))).child("b"));
    const pugi::xml_node pane = sheet.select_node("//sheetView/pane").node();
    EXPECT_STREQ(pane.attribute("state").value(), "frozen");
    EXPECT_STREQ(pane.attribute("topLeftCell").value(), "A3");
}

TEST(XlsxWriterTest, ShowsAMarkedCellInItalicOnAFill) {
    const XlsxPackage package = written(two_tables());
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document sheet = package.part("xl/worksheets/sheet1.xml");
    const pugi::xml_document styles = package.part("xl/styles.xml");
    const pugi::xml_node marked = cell(sheet, "C4");
    EXPECT_EQ(marked.child("v").text().as_double(), 4.0);
    const pugi::xml_node format = cell_format(styles, marked);
    EXPECT_TRUE(font_of(styles, format).child("i"));
    EXPECT_STREQ(fill_of(styles, format).child("patternFill").attribute("patternType").value(),
                 "solid");
    EXPECT_FALSE(font_of(styles, cell_format(styles, cell(sheet, "B4"))).child("i"));
}

TEST(XlsxWriterTest, FitsColumnWidthsToTheirContents) {
    const XlsxPackage package = written(two_tables());
    ASSERT_TRUE(package.is_open());
    const pugi::xml_document sheet = package.part("xl/worksheets/sheet1.xml");
    // "Studier på högskola" is 19 characters; "Kvinnor" fits the default width.
    EXPECT_GE(sheet.select_node("//cols/col[@min='1']").node().attribute("width").as_double(),
              19.0);
    EXPECT_LT(sheet.select_node("//cols/col[@min='2']").node().attribute("width").as_double(),
              10.0);
}

TEST(XlsxWriterTest, MakesTitlesValidSheetNames) {
    const std::vector<DataTable> tables{
        DataTable{"Kön: kvinnor/män [2024]?", {}, {}, {}},
        DataTable{"'Citerad'", {}, {}, {}},
        DataTable{"", {}, {}, {}},
        DataTable{"KÖN KVINNOR MÄN 2024", {}, {}, {}},
        DataTable{"History", {}, {}, {}},
    };
    const XlsxPackage package = written(tables);
    ASSERT_TRUE(package.is_open());
    EXPECT_EQ(sheet_names(package),
              (std::vector<std::string>{"Kön kvinnor män 2024", "Citerad", "Tabell 3",
                                        "KÖN KVINNOR MÄN 2024 (2)", "History (2)"}));
}

TEST(XlsxWriterTest, CutsASheetNameBetweenCharacters) {
    // 30 ASCII characters and then "å": the cut falls after the 31st character, not inside it.
    const std::string title = std::string(30, 'x') + "åäö";
    const XlsxPackage package = written({DataTable{title, {}, {}, {}}});
    ASSERT_TRUE(package.is_open());
    EXPECT_EQ(sheet_names(package), std::vector<std::string>{std::string(30, 'x') + "å"});
}

TEST(XlsxWriterTest, RefusesAWorkbookWithoutTables) {
    EXPECT_FALSE(write_xlsx({}).has_value());
}

TEST(XlsxWriterTest, ReportsATextTooLongForACell) {
    const std::string too_long(40000, 'x');
    const auto bytes = write_xlsx({DataTable{"T", {}, {{text(too_long)}}, {}}});
    ASSERT_FALSE(bytes.has_value());
    EXPECT_NE(bytes.error().find("\"T\""), std::string::npos) << bytes.error();
}

TEST(XlsxWriterTest, LeavesNoWorkingFileBehind) {
    const testing::TemporaryDirectory directory;
    const TemporaryDirectoryForFiles files_there(directory.path());
    ASSERT_TRUE(write_xlsx(two_tables()).has_value());
    EXPECT_TRUE(std::filesystem::is_empty(directory.path()));
}

TEST(XlsxWriterTest, LeavesNoWorkingFileBehindWhenWritingFails) {
    const testing::TemporaryDirectory directory;
    const TemporaryDirectoryForFiles files_there(directory.path());
    const std::string too_long(40000, 'x');
    ASSERT_FALSE(write_xlsx({DataTable{"T", {}, {{text(too_long)}}, {}}}).has_value());
    EXPECT_TRUE(std::filesystem::is_empty(directory.path()));
}

TEST(XlsxWriterTest, ReportsATemporaryDirectoryThatIsNotThere) {
    const testing::TemporaryDirectory directory;
    const TemporaryDirectoryForFiles files_there(directory.path() / "missing");
    const auto bytes = write_xlsx(two_tables());
    ASSERT_FALSE(bytes.has_value());
    EXPECT_NE(bytes.error().find("temporary"), std::string::npos) << bytes.error();
}

} // namespace
} // namespace finsam
