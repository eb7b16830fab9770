#include "output/BoardTables.h"

#include "BoardTestDocument.h"
#include "XlsxReading.h"
#include "output/XlsxWriter.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::board_test_document;
using testing::BoardCopy;

std::vector<std::string> titles(const std::vector<DataTable>& tables) {
    std::vector<std::string> result;
    for (const DataTable& table : tables)
        result.push_back(table.title);
    return result;
}

/// The cell of a table's row under the column named `column`.
const DataCell& cell_in(const DataTable& table, std::size_t row, const std::string& column) {
    const auto found = std::ranges::find(table.columns, column);
    EXPECT_NE(found, table.columns.end()) << column;
    return table.rows.at(row).at(static_cast<std::size_t>(found - table.columns.begin()));
}

double number_in(const DataTable& table, std::size_t row, const std::string& column) {
    const DataCell& cell = cell_in(table, row, column);
    EXPECT_TRUE(std::holds_alternative<double>(cell.value)) << column;
    return std::holds_alternative<double>(cell.value) ? std::get<double>(cell.value) : -1;
}

std::string text_in(const DataTable& table, std::size_t row, const std::string& column) {
    const DataCell& cell = cell_in(table, row, column);
    EXPECT_TRUE(std::holds_alternative<std::string>(cell.value)) << column;
    return std::holds_alternative<std::string>(cell.value) ? std::get<std::string>(cell.value) : "";
}

TEST(BoardTablesTest, GivesTheBoardTheSummaryAndTheGoals) {
    EXPECT_EQ(titles(board_report_tables(board_test_document(BoardCopy::Board))),
              (std::vector<std::string>{"Sammanställning", "Mål"}));
}

TEST(BoardTablesTest, GivesTheKansliWhatToLookAtToo) {
    const std::vector<DataTable> tables =
        board_report_tables(board_test_document(BoardCopy::Kansli));
    ASSERT_EQ(titles(tables), (std::vector<std::string>{"Sammanställning", "Mål", "Att se över"}));
    const DataTable& attention = tables[2];
    ASSERT_EQ(attention.rows.size(), 2U);
    EXPECT_EQ(text_in(attention, 0, "Insats"), testing::k_board_individual);
    EXPECT_EQ(text_in(attention, 0, "Att se över"), testing::k_board_missing_report);
    EXPECT_EQ(text_in(attention, 1, "Insats"), "Hela rapporten");
}

TEST(BoardTablesTest, WritesTheSummaryWithNumbersAsNumbers) {
    const DataTable summary = board_report_tables(board_test_document(BoardCopy::Board)).front();
    ASSERT_EQ(summary.rows.size(), 3U);
    EXPECT_EQ(text_in(summary, 0, "Insats"), testing::k_board_individual);
    EXPECT_EQ(text_in(summary, 0, "Insatsägare"), "Sandvikens kommun");
    EXPECT_EQ(text_in(summary, 0, "Start"), "2021-01-01");
    EXPECT_EQ(text_in(summary, 0, "Slut"), "2023-02-28");
    EXPECT_EQ(text_in(summary, 0, "Inriktning"), "Individinriktad");
    EXPECT_EQ(number_in(summary, 0, "Beviljade medel (kr)"), 1200000.0);
    EXPECT_EQ(number_in(summary, 0, "Utnyttjade medel (kr)"), 964997.0);
    EXPECT_EQ(number_in(summary, 0, "Deltagare totalt"), 23.0);
    EXPECT_EQ(number_in(summary, 0, "Kvinnor"), 20.0);
    EXPECT_EQ(number_in(summary, 0, "Mål uppnådda"), 1.0);
    EXPECT_EQ(number_in(summary, 0, "Mål som kan bedömas"), 2.0);
    EXPECT_EQ(number_in(summary, 0, "Mål"), 3.0);
    EXPECT_EQ(number_in(summary, 0, "Rapporter som saknas"), 1.0);
    // What is not known stays empty.
    EXPECT_TRUE(
        std::holds_alternative<std::monostate>(cell_in(summary, 1, "Utnyttjade medel (kr)").value));
    EXPECT_TRUE(std::holds_alternative<std::monostate>(cell_in(summary, 1, "Start").value));
}

TEST(BoardTablesTest, HidesAHiddenCountWithoutItsValue) {
    const DataTable summary = board_report_tables(board_test_document(BoardCopy::Board)).front();
    for (const char* column : {"Män", "Avslutade till arbete eller studier"}) {
        const DataCell& cell = cell_in(summary, 0, column);
        EXPECT_TRUE(cell.hidden) << column;
        EXPECT_TRUE(std::holds_alternative<std::monostate>(cell.value)) << column;
    }
    EXPECT_NE(std::ranges::find(summary.notes,
                                ".. = uppgiften visas inte: färre än 5 deltagare, eller en uppgift "
                                "som skulle avslöja ett sådant antal."),
              summary.notes.end());
    EXPECT_EQ(summary.notes.front(), "Projektredovisning för Samordningsförbundet Gävleborg, "
                                     "2022 halvår 1 (2022-01-01 – 2022-06-30). Upprättad "
                                     "2022-09-15.");
}

TEST(BoardTablesTest, MarksTheKansliCopysFigures) {
    const DataTable summary = board_report_tables(board_test_document(BoardCopy::Kansli)).front();
    const DataCell& men = cell_in(summary, 0, "Män");
    EXPECT_FALSE(men.hidden);
    EXPECT_TRUE(men.marked);
    EXPECT_EQ(std::get<double>(men.value), 3.0);
    EXPECT_TRUE(cell_in(summary, 0, "Aktiva deltagare").unconfirmed);
    EXPECT_EQ(summary.notes.size(), 3U); // what the table is, then the two marks
    EXPECT_TRUE(summary.notes[1].starts_with("Kursiv stil på gul botten = visas inte för "
                                             "styrelsen"));
    EXPECT_TRUE(summary.notes[2].starts_with("Blå botten = läst ur rapportens text"));
}

TEST(BoardTablesTest, ListsEveryInsatssGoals) {
    const DataTable goals = board_report_tables(board_test_document(BoardCopy::Board))[1];
    EXPECT_EQ(goals.columns, (std::vector<std::string>{"Insats", "Mål", "Målvärde", "Utfall",
                                                       "Enhet", "Status", "Trend", "Antal svar"}));
    ASSERT_EQ(goals.rows.size(), 4U);
    EXPECT_EQ(text_in(goals, 0, "Insats"), testing::k_board_individual);
    EXPECT_EQ(number_in(goals, 0, "Målvärde"), 30.0);
    EXPECT_EQ(number_in(goals, 0, "Utfall"), 25.0);
    EXPECT_EQ(text_in(goals, 0, "Enhet"), "%");
    EXPECT_EQ(text_in(goals, 0, "Status"), "På väg");
    EXPECT_EQ(text_in(goals, 0, "Trend"), "↑ ökar");
    EXPECT_EQ(text_in(goals, 1, "Enhet"), "antal");
    EXPECT_TRUE(cell_in(goals, 1, "Utfall").hidden);
    // A goal with nothing to measure has no unit.
    EXPECT_EQ(text_in(goals, 2, "Enhet"), "");
    EXPECT_EQ(text_in(goals, 3, "Insats"), testing::k_board_structural);
}

/// The test document with survey-measured goals added to the structural insats: a share of
/// 72 % of 25 answers, a change of 1.8 steps, and a share hidden from the board.
BoardDocument with_survey_goals(BoardCopy copy) {
    BoardDocument document = board_test_document(copy);
    BoardGoal share{"70 % mår bättre",   70.0,          72.0, true, false, false,
                    GoalStatus::Reached, Trend::Unknown};
    share.answer_count = 25;
    BoardGoal change{"Hälsan ökar 1,5 steg", 1.5,           1.8, false, false, false,
                     GoalStatus::Reached,    Trend::Unknown};
    change.steps = true;
    const BoardGoal hidden{"80 % rekommenderar",  80.0,          std::nullopt, true, true, false,
                           GoalStatus::NotJudged, Trend::Unknown};
    for (auto& part : document.interventions)
        if (part.name == testing::k_board_structural)
            part.goals = {share, change, hidden};
    return document;
}

TEST(BoardTablesTest, ListsASurveysShareWithItsAnswersAndAChangeInSteps) {
    const DataTable goals = board_report_tables(with_survey_goals(BoardCopy::Board))[1];
    ASSERT_EQ(goals.rows.size(), 6U);
    EXPECT_EQ(number_in(goals, 3, "Utfall"), 72.0);
    EXPECT_EQ(text_in(goals, 3, "Enhet"), "%");
    EXPECT_EQ(number_in(goals, 3, "Antal svar"), 25.0);
    EXPECT_EQ(number_in(goals, 4, "Målvärde"), 1.5);
    EXPECT_EQ(number_in(goals, 4, "Utfall"), 1.8);
    EXPECT_EQ(text_in(goals, 4, "Enhet"), "steg");
    EXPECT_TRUE(std::holds_alternative<std::monostate>(cell_in(goals, 4, "Antal svar").value));
    EXPECT_TRUE(cell_in(goals, 5, "Utfall").hidden);
    EXPECT_TRUE(std::holds_alternative<std::monostate>(cell_in(goals, 5, "Antal svar").value));

    const auto bytes = write_xlsx(board_report_tables(with_survey_goals(BoardCopy::Board)));
    ASSERT_TRUE(bytes.has_value()) << bytes.error();
    const testing::XlsxPackage package(*bytes);
    const pugi::xml_document sheet = package.part("xl/worksheets/sheet2.xml");
    // Row 2 is the header; the structural insats's goals are rows 6–8. D is "Utfall", E
    // "Enhet", H "Antal svar": numbers as numbers, the hidden outcome "..".
    EXPECT_EQ(testing::cell(sheet, "D6").child("v").text().as_double(), 72.0);
    EXPECT_EQ(testing::cell(sheet, "H6").child("v").text().as_double(), 25.0);
    EXPECT_EQ(testing::shared_string(package, testing::cell(sheet, "E7")), "steg");
    EXPECT_EQ(testing::shared_string(package, testing::cell(sheet, "D8")), "..");
}

TEST(BoardTablesTest, ReadsBackFromTheWorkbookCellByCell) {
    const auto bytes = write_xlsx(board_report_tables(board_test_document(BoardCopy::Kansli)));
    ASSERT_TRUE(bytes.has_value()) << bytes.error();
    const testing::XlsxPackage package(*bytes);
    ASSERT_TRUE(package.is_open());
    EXPECT_EQ(testing::sheet_names(package),
              (std::vector<std::string>{"Sammanställning", "Mål", "Att se över"}));
    const pugi::xml_document summary = package.part("xl/worksheets/sheet1.xml");
    EXPECT_EQ(testing::shared_string(package, testing::cell(summary, "A3")),
              testing::k_board_individual);
    // F is "Beviljade medel (kr)", H "Deltagare totalt": numbers, not text.
    EXPECT_FALSE(testing::cell(summary, "F3").attribute("t"));
    EXPECT_EQ(testing::cell(summary, "F3").child("v").text().as_double(), 1200000.0);
    EXPECT_EQ(testing::cell(summary, "H3").child("v").text().as_double(), 23.0);

    const auto board = write_xlsx(board_report_tables(board_test_document(BoardCopy::Board)));
    ASSERT_TRUE(board.has_value()) << board.error();
    const testing::XlsxPackage board_package(*board);
    const pugi::xml_document board_summary = board_package.part("xl/worksheets/sheet1.xml");
    // L is "Män": hidden in the board's copy.
    EXPECT_EQ(testing::shared_string(board_package, testing::cell(board_summary, "L3")), "..");
}

} // namespace
} // namespace finsam
