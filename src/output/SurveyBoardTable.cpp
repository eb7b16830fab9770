#include "output/SurveyBoardTable.h"

#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"

#include <cmath>

namespace finsam {

namespace {

/// A figure rounded to one decimal: a board reads a mean of 6.3, not 6.2857.
DataCell shown(const ResultCell& cell) {
    DataCell data;
    if (cell.value)
        data.value = std::round(*cell.value * 10.0) / 10.0;
    data.hidden = cell.hidden;
    data.marked = cell.marked;
    return data;
}

const GroupResult* group_at(const QuestionResult& result, SurveyTimePoint time,
                            RespondentKind respondent) {
    for (const GroupResult& group : result.groups)
        if (group.time == time && group.respondent == respondent)
            return &group;
    return nullptr;
}

/// The figure a row compares: a scale's mean, a yes/no question's share of yes.
ResultCell compared(const QuestionResult& result, const GroupResult* group) {
    if (group == nullptr)
        return {};
    if (result.question.kind == QuestionKind::Scale)
        return group->mean;
    return group->options.at(k_yes_option).percent;
}

ResultCell change_of(const QuestionResult& result, RespondentKind respondent) {
    for (const ChangeResult& change : result.changes) {
        if (change.respondent != respondent)
            continue;
        return result.question.kind == QuestionKind::Scale ? change.mean_change
                                                           : change.percent_change.at(k_yes_option);
    }
    return {};
}

DataCell answers_of(const GroupResult* group) {
    return group == nullptr ? DataCell{} : shown(group->answer_count);
}

bool is_compared(const QuestionResult& result) {
    return result.question.kind == QuestionKind::Scale ||
           result.question.kind == QuestionKind::YesNo;
}

} // namespace

DataTable survey_board_table(const std::string& survey_name, const SurveyResults& results,
                             const std::string& period_note) {
    DataTable table{
        survey_name,
        {"Fråga", "Svarande", "Svar vid start", "Start", "Svar vid slut", "Slut", "Förändring"},
        {},
        {period_note,
         "Start och Slut: medelvärdet på skalan 1–10, eller andelen som svarat ja "
         "(%). Förändringen jämför gruppen vid start med gruppen vid slut (steg, "
         "eller procentenheter); svaren är anonyma och ingen person följs.",
         "\"..\": visas inte; för få svar, eller en uppgift som skulle avslöja ett "
         "litet antal."}};
    for (const QuestionResult& result : results.questions) {
        if (!is_compared(result))
            continue;
        for (const RespondentKind respondent :
             {RespondentKind::Participant, RespondentKind::Caseworker}) {
            const GroupResult* start = group_at(result, SurveyTimePoint::Start, respondent);
            const GroupResult* end = group_at(result, SurveyTimePoint::End, respondent);
            if (start == nullptr && end == nullptr)
                continue;
            table.rows.push_back({DataCell{result.question.text},
                                  DataCell{std::string(respondent_label(respondent))},
                                  answers_of(start), shown(compared(result, start)),
                                  answers_of(end), shown(compared(result, end)),
                                  shown(change_of(result, respondent))});
        }
    }
    return table;
}

std::string survey_cell_text(const DataCell& cell, bool kansli_copy) {
    if (cell.hidden)
        return "..";
    if (const auto* text = std::get_if<std::string>(&cell.value))
        return *text;
    const auto* number = std::get_if<double>(&cell.value);
    if (number == nullptr)
        return "";
    return format_swedish_number(*number, 1) + (kansli_copy && cell.marked ? "*" : "");
}

bool has_answers(const SurveyResults& results) {
    for (const QuestionResult& result : results.questions)
        for (const GroupResult& group : result.groups)
            if (group.answer_count.hidden || group.answer_count.value.value_or(0) > 0)
                return true;
    return false;
}

} // namespace finsam
