#include "output/BoardTables.h"

#include "output/BoardNotes.h"
#include "output/SwedishLabels.h"

#include <algorithm>
#include <utility>

namespace finsam {

namespace {

DataCell text_cell(std::string text) {
    return DataCell{std::move(text)};
}

DataCell number_cell(std::optional<double> value) {
    DataCell cell;
    if (value)
        cell.value = *value;
    return cell;
}

DataCell amount_cell(std::optional<std::int64_t> kronor) {
    if (!kronor)
        return {};
    return DataCell{static_cast<double>(*kronor)};
}

DataCell count_cell(const BoardCount& count, BoardMarks& marks) {
    marks.add(count);
    DataCell cell;
    cell.hidden = count.hidden;
    // The use case already leaves a hidden count without its value; a value that is there
    // anyway still stays out of the file.
    if (count.hidden)
        return cell;
    if (count.value)
        cell.value = *count.value;
    cell.marked = count.marked;
    cell.unconfirmed = count.unconfirmed;
    return cell;
}

DataCell date_cell(const std::optional<Period>& period, Date Period::*side) {
    if (!period)
        return {};
    return text_cell(format_iso((*period).*side));
}

/// The first note of every sheet: what the table is part of.
std::string document_note(const BoardDocument& document) {
    std::string period = document.period_label;
    const std::string dates = board_period_text(document.period);
    if (period != dates)
        period += " (" + dates + ")";
    return document.title + " för " + document.association + ", " + period + ". Upprättad " +
           format_iso(document.made_on) + (document.kansli_copy ? ", kansliets exemplar." : ".");
}

std::vector<std::string> mark_notes(const BoardDocument& document, const BoardMarks& marks) {
    std::vector<std::string> notes;
    if (marks.hidden)
        notes.push_back(".. = " + board_hidden_explanation(document.small_count_threshold) + ".");
    if (marks.marked) {
        notes.push_back("Kursiv stil på gul botten = " +
                        board_marked_explanation(document.small_count_threshold) + ".");
    }
    if (marks.unconfirmed)
        notes.push_back("Blå botten = " + board_unconfirmed_explanation() + ".");
    return notes;
}

DataTable summary_table(const BoardDocument& document) {
    DataTable table;
    table.title = "Sammanställning";
    table.columns = {"Insats",
                     "Insatsägare",
                     "Start",
                     "Slut",
                     "Inriktning",
                     "Beviljade medel (kr)",
                     "Utnyttjade medel (kr)",
                     "Deltagare totalt",
                     "Aktiva deltagare",
                     "Avslutade deltagare",
                     "Kvinnor",
                     "Män",
                     "Avslutade till arbete eller studier",
                     "Mål uppnådda",
                     "Mål som kan bedömas",
                     "Mål",
                     "Rapporter som saknas"};
    BoardMarks marks;
    for (const BoardSummaryRow& row : document.summary) {
        table.rows.push_back(
            {text_cell(row.name), text_cell(row.owner), date_cell(row.period, &Period::start),
             date_cell(row.period, &Period::end),
             text_cell(std::string(intervention_kind_label(row.kind))),
             amount_cell(row.granted_sek), amount_cell(row.used_sek),
             count_cell(row.participants_total, marks), count_cell(row.participants_active, marks),
             count_cell(row.participants_ended, marks), count_cell(row.women, marks),
             count_cell(row.men, marks), count_cell(row.ended_to_work_or_studies, marks),
             DataCell{static_cast<double>(row.goals_reached)},
             DataCell{static_cast<double>(row.goals_judged)},
             DataCell{static_cast<double>(row.goals)},
             DataCell{static_cast<double>(row.reports_missing)}});
    }
    table.notes.push_back(document_note(document));
    const std::vector<std::string> notes = mark_notes(document, marks);
    table.notes.insert(table.notes.end(), notes.begin(), notes.end());
    return table;
}

DataCell outcome_cell(const BoardGoal& goal) {
    DataCell cell;
    cell.hidden = goal.outcome_hidden;
    if (goal.outcome_hidden)
        return cell;
    if (goal.outcome)
        cell.value = *goal.outcome;
    cell.unconfirmed = goal.unconfirmed;
    return cell;
}

/// A goal without a target or an outcome has nothing to measure in a unit.
std::string unit_text(const BoardGoal& goal) {
    if (!goal.target && !goal.outcome && !goal.outcome_hidden)
        return "";
    if (goal.steps)
        return "steg";
    return goal.percent ? "%" : "antal";
}

/// A survey's share: the end answers it is of; empty for any other goal.
DataCell answers_cell(const BoardGoal& goal) {
    return goal.answer_count ? DataCell{static_cast<double>(*goal.answer_count)} : DataCell{};
}

DataTable goals_table(const BoardDocument& document) {
    DataTable table;
    table.title = "Mål";
    table.columns = {"Insats", "Mål",    "Målvärde", "Utfall",
                     "Enhet",  "Status", "Trend",    "Antal svar"};
    BoardMarks marks;
    for (const BoardIntervention& insats : document.interventions) {
        for (const BoardGoal& goal : insats.goals) {
            marks.add(goal);
            table.rows.push_back(
                {text_cell(insats.name), text_cell(goal.text), number_cell(goal.target),
                 outcome_cell(goal), text_cell(unit_text(goal)),
                 text_cell(std::string(goal_status_label(goal.status))),
                 text_cell(std::string(trend_label(goal.trend))), answers_cell(goal)});
        }
    }
    table.notes.push_back(document_note(document));
    const std::vector<std::string> notes = mark_notes(document, marks);
    table.notes.insert(table.notes.end(), notes.begin(), notes.end());
    return table;
}

/// Every insats's survey results on one sheet, the insats first on each row.
DataTable survey_table(const BoardDocument& document) {
    DataTable table;
    table.title = "Enkätresultat";
    BoardMarks marks;
    for (const BoardIntervention& insats : document.interventions) {
        for (const DataTable& survey : insats.surveys) {
            if (table.columns.empty()) {
                table.columns = {"Insats", "Enkät"};
                table.columns.insert(table.columns.end(), survey.columns.begin(),
                                     survey.columns.end());
            }
            for (const auto& row : survey.rows) {
                std::vector<DataCell> cells{text_cell(insats.name), text_cell(survey.title)};
                cells.insert(cells.end(), row.begin(), row.end());
                for (const DataCell& cell : row) {
                    marks.hidden = marks.hidden || cell.hidden;
                    marks.marked = marks.marked || cell.marked;
                }
                table.rows.push_back(std::move(cells));
            }
            table.notes.push_back(insats.name + ", " + survey.title + ": " + survey.notes.front());
        }
    }
    table.notes.insert(table.notes.begin(), document_note(document));
    const std::vector<std::string> notes = mark_notes(document, marks);
    table.notes.insert(table.notes.end(), notes.begin(), notes.end());
    return table;
}

bool has_surveys(const BoardDocument& document) {
    return std::any_of(document.interventions.begin(), document.interventions.end(),
                       [](const BoardIntervention& insats) { return !insats.surveys.empty(); });
}

DataTable attention_table(const BoardDocument& document) {
    DataTable table;
    table.title = "Att se över";
    table.columns = {"Insats", "Att se över"};
    for (const BoardAttention& item : document.attention) {
        table.rows.push_back(
            {text_cell(item.intervention.empty() ? "Hela rapporten" : item.intervention),
             text_cell(item.text)});
    }
    table.notes.push_back(document_note(document));
    if (document.attention.empty())
        table.notes.push_back("Inget att se över innan rapporten går till styrelsen.");
    return table;
}

} // namespace

std::vector<DataTable> board_report_tables(const BoardDocument& document) {
    std::vector<DataTable> tables{summary_table(document), goals_table(document)};
    if (has_surveys(document))
        tables.push_back(survey_table(document));
    if (document.kansli_copy)
        tables.push_back(attention_table(document));
    return tables;
}

} // namespace finsam
