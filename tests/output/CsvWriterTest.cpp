#include "output/CsvWriter.h"

#include <gtest/gtest.h>
#include <limits>

namespace finsam {
namespace {

constexpr std::string_view k_byte_order_mark = "\xEF\xBB\xBF";

DataCell number(double value) {
    return DataCell{value};
}

DataCell text(std::string value) {
    return DataCell{std::move(value)};
}

DataCell hidden(double value) {
    return DataCell{value, true};
}

DataCell marked(double value) {
    return DataCell{value, false, true};
}

/// The CSV of one table with one row of these cells, without the byte order mark.
std::string csv_of_row(std::vector<DataCell> cells) {
    const std::string csv = write_csv({DataTable{"T", {"A"}, {std::move(cells)}, {}}});
    EXPECT_TRUE(csv.starts_with(k_byte_order_mark));
    return csv.substr(k_byte_order_mark.size());
}

/// The line a row of these cells is written as.
std::string row_line(std::vector<DataCell> cells) {
    return csv_of_row(std::move(cells)).substr(std::string_view("T\r\nA\r\n").size());
}

TEST(CsvWriterTest, WritesATableWithTitleHeaderRowsNotesAndAnEmptyLine) {
    const DataTable table{
        "Deltagare per kön",
        {"Kön", "Nya", "Aktiva"},
        {{text("Kvinna"), number(12), number(30)}, {text("Man"), number(8), hidden(3)}},
        {"Källa: kvartalsrapporter", "\"..\": uppgift får ej förekomma"}};
    EXPECT_EQ(write_csv({table}), std::string(k_byte_order_mark) +
                                      "Deltagare per kön\r\n"
                                      "Kön;Nya;Aktiva\r\n"
                                      "Kvinna;12;30\r\n"
                                      "Man;8;..\r\n"
                                      "Källa: kvartalsrapporter\r\n"
                                      "\"\"\"..\"\": uppgift får ej förekomma\"\r\n"
                                      "\r\n");
}

TEST(CsvWriterTest, WritesSeveralTablesOneAfterAnother) {
    const std::vector<DataTable> tables{
        {"Första", {"A"}, {{number(1)}}, {}},
        {"Andra", {"B"}, {{number(2)}}, {"Not"}},
    };
    EXPECT_EQ(write_csv(tables), std::string(k_byte_order_mark) + "Första\r\nA\r\n1\r\n\r\n"
                                                                  "Andra\r\nB\r\n2\r\nNot\r\n\r\n");
}

TEST(CsvWriterTest, WritesOnlyTheByteOrderMarkForNoTables) {
    EXPECT_EQ(write_csv({}), k_byte_order_mark);
}

TEST(CsvWriterTest, LeavesOutTheHeaderLineOfATableWithoutColumns) {
    EXPECT_EQ(write_csv({DataTable{"T", {}, {{number(1)}}, {}}}),
              std::string(k_byte_order_mark) + "T\r\n1\r\n\r\n");
}

TEST(CsvWriterTest, WritesNumbersWithADecimalCommaAndNoThousandsSeparator) {
    EXPECT_EQ(row_line({number(12.5), number(1234567), number(0.25), number(-3), number(-0.0),
                        number(1e21)}),
              "12,5;1234567;0,25;-3;0;1000000000000000000000\r\n\r\n");
}

TEST(CsvWriterTest, KeepsEveryDigitADoubleHolds) {
    EXPECT_EQ(row_line({number(100.0 / 3.0)}), "33,333333333333336\r\n\r\n");
}

TEST(CsvWriterTest, WritesEmptyCellsAndNumbersThatAreNotFiniteAsEmptyFields) {
    EXPECT_EQ(row_line({DataCell{}, number(std::numeric_limits<double>::quiet_NaN()),
                        number(std::numeric_limits<double>::infinity()), number(1)}),
              ";;;1\r\n\r\n");
}

TEST(CsvWriterTest, WritesAHiddenCellAsTwoDotsNeverItsValue) {
    EXPECT_EQ(row_line({hidden(3), DataCell{std::string("Kvinna"), true}}), "..;..\r\n\r\n");
}

TEST(CsvWriterTest, WritesTheNumberOfAMarkedCell) {
    EXPECT_EQ(row_line({marked(3), number(20)}), "3;20\r\n\r\n");
}

TEST(CsvWriterTest, QuotesFieldsWithSeparatorsQuotesAndLineBreaks) {
    EXPECT_EQ(
        row_line({text("a;b"), text("säger \"hej\""), text("rad\nrad"), text("cr\rx"),
                  text("vanlig text, med komma")}),
        "\"a;b\";\"säger \"\"hej\"\"\";\"rad\nrad\";\"cr\rx\";vanlig text, med komma\r\n\r\n");
}

TEST(CsvWriterTest, GuardsTextThatASpreadsheetWouldRunAsAFormula) {
    EXPECT_EQ(row_line({text("=SUM(A1:A2)"), text("+46 70"), text("-5"), text("@cmd"),
                        text("\tTAB"), text("a=b")}),
              "'=SUM(A1:A2);'+46 70;'-5;'@cmd;'\tTAB;a=b\r\n\r\n");
}

TEST(CsvWriterTest, QuotesAGuardedFieldThatStartsWithACarriageReturn) {
    EXPECT_EQ(row_line({text("\r=1+1")}), "\"'\r=1+1\"\r\n\r\n");
}

TEST(CsvWriterTest, GuardsTitlesColumnNamesAndNotesToo) {
    const DataTable table{"=Titel", {"-Kolumn"}, {}, {"+Not"}};
    EXPECT_EQ(write_csv({table}),
              std::string(k_byte_order_mark) + "'=Titel\r\n'-Kolumn\r\n'+Not\r\n\r\n");
}

TEST(CsvWriterTest, LeavesNegativeNumbersAlone) {
    EXPECT_EQ(row_line({number(-12.5)}), "-12,5\r\n\r\n");
}

} // namespace
} // namespace finsam
