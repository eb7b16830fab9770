#include "output/SurveyResultTables.h"

#include "XlsxReading.h"
#include "analytics/SurveyDisclosure.h"
#include "output/CsvWriter.h"
#include "output/XlsxWriter.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace finsam {
namespace {

using testing::cell;
using testing::shared_string;
using testing::sheet_names;
using testing::XlsxPackage;

const ResultQuestion k_health = ResultQuestion::scale("halsa", "Upplevd hälsa", 1, 10);
const ResultQuestion k_comment{"ovrigt", "Vill du säga något mer?", QuestionKind::FreeText};
const SurveyTableContext k_context{"Självskattningsenkät", "Kärnhuset 2.0",
                                   "2024-01-01 – 2024-12-31", 5};

void add_scale(std::vector<AnswerSheet>& sheets, SurveyTimePoint time, RespondentKind respondent,
               std::initializer_list<int> values) {
    for (const int value : values)
        sheets.push_back(AnswerSheet{time, respondent, {QuestionAnswer{"halsa", {value - 1}}}});
}

/// Start: 6 fives and 6 sixes (mean 5.5); end: 3, 7, 7, 8, 8, 9 (mean 7); caseworkers at the
/// start: 3, 4 (a small group); and one free-text answer at the end.
std::vector<AnswerSheet> answers() {
    std::vector<AnswerSheet> sheets;
    add_scale(sheets, SurveyTimePoint::Start, RespondentKind::Participant,
              {5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6});
    add_scale(sheets, SurveyTimePoint::End, RespondentKind::Participant, {3, 7, 7, 8, 8, 9});
    add_scale(sheets, SurveyTimePoint::Start, RespondentKind::Caseworker, {3, 4});
    sheets.push_back(AnswerSheet{SurveyTimePoint::End,
                                 RespondentKind::Participant,
                                 {QuestionAnswer{"ovrigt", {}, "Mer praktik"}}});
    return sheets;
}

std::vector<DataTable> tables_for(Role role, SurveyTablesFor reader = SurveyTablesFor::Export) {
    const SurveyResults results = disclose_survey_results(
        compute_survey_results({k_health, k_comment}, answers()), disclosure_for(role, 5));
    return survey_result_tables(results, k_context, reader);
}

const DataTable& table_titled(const std::vector<DataTable>& tables, const std::string& title) {
    for (const DataTable& table : tables)
        if (table.title == title)
            return table;
    ADD_FAILURE() << "no table " << title;
    return tables.front();
}

TEST(SurveyResultTablesTest, TheBoardGetsTheTablesWithoutFreeText) {
    std::vector<std::string> titles;
    for (const DataTable& table : tables_for(Role::Board))
        titles.push_back(table.title);
    EXPECT_EQ(titles,
              (std::vector<std::string>{"Svar och medelvärden", "Fördelning",
                                        "Förändring start–slut", "Deltagare och handläggare"}));
}

TEST(SurveyResultTablesTest, TheKansliAlsoGetsTheFreeTextAndANoteOnMarkedValues) {
    const std::vector<DataTable> tables = tables_for(Role::Kansli);
    const DataTable& free_text = table_titled(tables, "Fritextsvar");
    ASSERT_EQ(free_text.rows.size(), 1u);
    EXPECT_EQ(std::get<std::string>(free_text.rows[0][3].value), "Mer praktik");
    EXPECT_EQ(free_text.notes.back(), "Markerade värden visas inte för styrelsen.");
}

TEST(SurveyResultTablesTest, TheXlsxHasOneSheetPerTableAndNumbersAsNumbers) {
    const auto bytes = write_xlsx(tables_for(Role::Board));
    ASSERT_TRUE(bytes.has_value()) << bytes.error();
    const XlsxPackage package(*bytes);
    ASSERT_TRUE(package.is_open());
    EXPECT_EQ(sheet_names(package).size(), 4u);

    // Svar och medelvärden: row 3 is the participants' start group, row 4 the caseworkers'
    // (hidden: 2 answers), row 5 the participants' end group, row 6 the free text.
    const pugi::xml_document answers_sheet = package.part("xl/worksheets/sheet1.xml");
    EXPECT_EQ(shared_string(package, cell(answers_sheet, "A3")), "Upplevd hälsa");
    EXPECT_EQ(shared_string(package, cell(answers_sheet, "B3")), "Start");
    EXPECT_FALSE(cell(answers_sheet, "D3").attribute("t"));
    EXPECT_EQ(cell(answers_sheet, "D3").child("v").text().as_double(), 12.0);
    EXPECT_EQ(cell(answers_sheet, "E3").child("v").text().as_double(), 5.5);
    EXPECT_EQ(shared_string(package, cell(answers_sheet, "C4")), "Handläggare");
    EXPECT_EQ(shared_string(package, cell(answers_sheet, "D4")), "..");
    EXPECT_EQ(shared_string(package, cell(answers_sheet, "E4")), "..");
    EXPECT_EQ(shared_string(package, cell(answers_sheet, "B5")), "Avslut");
    EXPECT_EQ(cell(answers_sheet, "E5").child("v").text().as_double(), 7.0);

    // Förändring start–slut: the mean's row first, 7 − 5.5 steps.
    const pugi::xml_document change_sheet = package.part("xl/worksheets/sheet3.xml");
    EXPECT_EQ(shared_string(package, cell(change_sheet, "C3")), "Medelvärde");
    EXPECT_EQ(cell(change_sheet, "F3").child("v").text().as_double(), 1.5);
}

TEST(SurveyResultTablesTest, OnAPageEachQuestionsDistributionIsATableOfShares) {
    const std::vector<DataTable> tables = tables_for(Role::Kansli, SurveyTablesFor::Page);
    std::vector<std::string> titles;
    for (const DataTable& table : tables)
        titles.push_back(table.title);
    // The free-text question has no options, so no distribution.
    EXPECT_EQ(titles, (std::vector<std::string>{
                          "Svar och medelvärden", "Fördelning i procent: Upplevd hälsa",
                          "Förändring start–slut", "Deltagare och handläggare", "Fritextsvar"}));
    const DataTable& health = tables[1];
    ASSERT_EQ(health.columns.size(), 3u + 10u);
    EXPECT_EQ(health.columns[3], "1");
    EXPECT_EQ(health.columns[12], "10");
    ASSERT_EQ(health.rows.size(), 3u); // participants at start and end, caseworkers at start
    for (const auto& row : health.rows)
        EXPECT_EQ(row.size(), health.columns.size());
    const auto end_row = std::find_if(health.rows.begin(), health.rows.end(), [](const auto& row) {
        return std::get<std::string>(row[0].value) == "Avslut";
    });
    ASSERT_NE(end_row, health.rows.end());
    EXPECT_EQ(std::get<double>((*end_row)[2].value), 6.0);      // answers
    EXPECT_EQ(std::get<double>((*end_row)[3 + 6].value), 33.3); // the 7s: 2 of 6
    EXPECT_TRUE((*end_row)[3 + 6].marked);
}

TEST(SurveyResultTablesTest, OnAPageAScalesChangeIsItsMeanAndAnExportHasEveryStep) {
    const auto change_rows = [](SurveyTablesFor reader) {
        const std::vector<DataTable> tables = tables_for(Role::Kansli, reader);
        return table_titled(tables, "Förändring start–slut").rows;
    };

    const auto page = change_rows(SurveyTablesFor::Page);
    const auto exported = change_rows(SurveyTablesFor::Export);

    ASSERT_EQ(page.size(), 1u);
    EXPECT_EQ(std::get<std::string>(page[0][2].value), "Medelvärde");
    EXPECT_EQ(std::get<double>(page[0][5].value), 1.5);
    EXPECT_EQ(exported.size(), 1u + 10u); // the mean and each step's share
}

TEST(SurveyResultTablesTest, OnTheBoardsPageAShareOfASmallGroupIsHidden) {
    const std::vector<DataTable> tables = tables_for(Role::Board, SurveyTablesFor::Page);
    const DataTable& health = table_titled(tables, "Fördelning i procent: Upplevd hälsa");
    for (const auto& row : health.rows) {
        if (std::get<std::string>(row[1].value) != "Handläggare")
            continue;
        for (std::size_t column = 2; column < row.size(); ++column)
            EXPECT_TRUE(row[column].hidden) << health.columns[column];
    }
}

TEST(SurveyResultTablesTest, TheCsvRoundsAndUsesADecimalComma) {
    const std::string csv = write_csv(tables_for(Role::Kansli));
    // The end group's share of 7s: 2 of 6 = 33.3 %, shown to the kansli and marked (small).
    EXPECT_NE(csv.find("Upplevd hälsa;Avslut;Deltagare;7;2;33,3\r\n"), std::string::npos);
    // The caseworkers' 2 answers: the kansli sees them.
    EXPECT_NE(csv.find("Upplevd hälsa;Start;Handläggare;2;3,5;3,5\r\n"), std::string::npos);
    EXPECT_NE(csv.find("Självskattningsenkät, Kärnhuset 2.0, 2024-01-01 – 2024-12-31\r\n"),
              std::string::npos);
}

TEST(SurveyResultTablesTest, TheBoardsCsvNeverHoldsAHiddenValue) {
    const std::string csv = write_csv(tables_for(Role::Board));
    EXPECT_NE(csv.find("Upplevd hälsa;Start;Handläggare;..;..;..\r\n"), std::string::npos);
    EXPECT_EQ(csv.find("Mer praktik"), std::string::npos);
}

} // namespace
} // namespace finsam
