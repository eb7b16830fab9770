#include "output/SurveyResultTables.h"

#include "output/SwedishLabels.h"

#include <cmath>

namespace finsam {

namespace {

constexpr int k_mean_decimals = 2;
constexpr int k_percent_decimals = 1;

double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

DataCell text(std::string_view value) {
    return DataCell{std::string(value)};
}

DataCell number(const ResultCell& cell, int decimals) {
    DataCell data;
    if (cell.value)
        data.value = rounded(*cell.value, decimals);
    data.hidden = cell.hidden;
    data.marked = cell.marked;
    return data;
}

DataCell count(const ResultCell& cell) {
    return number(cell, 0);
}

std::string about(const SurveyTableContext& context) {
    return context.survey_name + ", " + context.intervention_name + ", " + context.period;
}

std::vector<std::string> notes(const SurveyTableContext& context, bool marked) {
    std::vector<std::string> lines{
        about(context),
        "\"..\": visas inte; färre än " + std::to_string(context.small_count_threshold) +
            " svar, eller en uppgift som skulle avslöja ett så litet antal.",
        "Förändringen jämför gruppen som svarade vid start med gruppen som svarade vid slut; "
        "svaren är anonyma och ingen person följs."};
    if (marked)
        lines.emplace_back("Markerade värden visas inte för styrelsen.");
    return lines;
}

bool any_marked(const std::vector<DataTable>& tables) {
    for (const DataTable& table : tables)
        for (const auto& row : table.rows)
            for (const DataCell& cell : row)
                if (cell.marked)
                    return true;
    return false;
}

bool is_scale(const QuestionResult& result) {
    return result.question.kind == QuestionKind::Scale;
}

DataTable answer_table(const SurveyResults& results) {
    DataTable table{"Svar och medelvärden",
                    {"Fråga", "Tidpunkt", "Svarande", "Antal svar", "Medelvärde", "Median"},
                    {},
                    {}};
    for (const QuestionResult& result : results.questions)
        for (const GroupResult& group : result.groups)
            table.rows.push_back({text(result.question.text), text(time_point_label(group.time)),
                                  text(respondent_label(group.respondent)),
                                  count(group.answer_count), number(group.mean, k_mean_decimals),
                                  number(group.median, k_mean_decimals)});
    return table;
}

DataTable distribution_table(const SurveyResults& results) {
    DataTable table{"Fördelning",
                    {"Fråga", "Tidpunkt", "Svarande", "Svarsalternativ", "Antal", "Andel (%)"},
                    {},
                    {}};
    for (const QuestionResult& result : results.questions)
        for (const GroupResult& group : result.groups)
            for (const OptionResult& option : group.options)
                table.rows.push_back(
                    {text(result.question.text), text(time_point_label(group.time)),
                     text(respondent_label(group.respondent)), text(option.label),
                     count(option.count), number(option.percent, k_percent_decimals)});
    return table;
}

/// One question's distribution in percent: a row per time point and respondent, a column per
/// option. The counts are in the export's long table; a share reads better across a row.
DataTable question_distribution_table(const QuestionResult& result) {
    DataTable table{"Fördelning i procent: " + result.question.text,
                    {"Tidpunkt", "Svarande", "Antal svar"},
                    {},
                    {}};
    for (const std::string& option : result.question.options)
        table.columns.push_back(option);
    for (const GroupResult& group : result.groups) {
        std::vector<DataCell> row{text(time_point_label(group.time)),
                                  text(respondent_label(group.respondent)),
                                  count(group.answer_count)};
        for (std::size_t option = 0; option < result.question.options.size(); ++option)
            row.push_back(option < group.options.size()
                              ? number(group.options[option].percent, k_percent_decimals)
                              : DataCell{});
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::vector<DataTable> distribution_tables(const SurveyResults& results, SurveyTablesFor reader) {
    if (reader == SurveyTablesFor::Export)
        return {distribution_table(results)};
    std::vector<DataTable> tables;
    for (const QuestionResult& result : results.questions)
        if (!result.question.options.empty())
            tables.push_back(question_distribution_table(result));
    return tables;
}

DataTable change_table(const SurveyResults& results, SurveyTablesFor reader) {
    DataTable table{"Förändring start–slut",
                    {"Fråga", "Svarande", "Svarsalternativ", "Medelvärde start", "Medelvärde slut",
                     "Förändring (steg)", "Förändring av andel (procentenheter)"},
                    {},
                    {}};
    for (const QuestionResult& result : results.questions) {
        for (const ChangeResult& change : result.changes) {
            if (is_scale(result))
                table.rows.push_back({text(result.question.text),
                                      text(respondent_label(change.respondent)), text("Medelvärde"),
                                      number(change.start_mean, k_mean_decimals),
                                      number(change.end_mean, k_mean_decimals),
                                      number(change.mean_change, k_mean_decimals), DataCell{}});
            if (is_scale(result) && reader == SurveyTablesFor::Page)
                continue;
            for (std::size_t option = 0; option < change.percent_change.size(); ++option)
                table.rows.push_back(
                    {text(result.question.text), text(respondent_label(change.respondent)),
                     text(result.question.options[option]), DataCell{}, DataCell{}, DataCell{},
                     number(change.percent_change[option], k_percent_decimals)});
        }
    }
    return table;
}

DataTable comparison_table(const SurveyResults& results) {
    DataTable table{"Deltagare och handläggare",
                    {"Fråga", "Tidpunkt", "Deltagarnas medelvärde", "Handläggarnas medelvärde",
                     "Skillnad (handläggare − deltagare)"},
                    {},
                    {}};
    for (const QuestionResult& result : results.questions)
        for (const RespondentComparison& comparison : result.comparisons)
            table.rows.push_back({text(result.question.text),
                                  text(time_point_label(comparison.time)),
                                  number(comparison.participant_mean, k_mean_decimals),
                                  number(comparison.caseworker_mean, k_mean_decimals),
                                  number(comparison.difference, k_mean_decimals)});
    return table;
}

DataTable free_text_table(const SurveyResults& results) {
    DataTable table{"Fritextsvar", {"Fråga", "Tidpunkt", "Svarande", "Svar"}, {}, {}};
    for (const QuestionResult& result : results.questions)
        for (const GroupResult& group : result.groups)
            for (const std::string& answer : group.texts)
                table.rows.push_back({text(result.question.text),
                                      text(time_point_label(group.time)),
                                      text(respondent_label(group.respondent)), text(answer)});
    return table;
}

} // namespace

std::vector<DataTable> survey_result_tables(const SurveyResults& results,
                                            const SurveyTableContext& context,
                                            SurveyTablesFor reader) {
    std::vector<DataTable> tables{answer_table(results)};
    std::vector<DataTable> others = distribution_tables(results, reader);
    for (DataTable table :
         {change_table(results, reader), comparison_table(results), free_text_table(results)})
        others.push_back(std::move(table));
    for (DataTable& table : others)
        if (!table.rows.empty())
            tables.push_back(std::move(table));
    const bool marked = any_marked(tables);
    for (DataTable& table : tables)
        table.notes = notes(context, marked);
    return tables;
}

} // namespace finsam
