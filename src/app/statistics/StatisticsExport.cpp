#include "app/statistics/StatisticsExport.h"

#include "domain/ParticipantTable.h"
#include "output/ReportJson.h"
#include "output/SwedishLabels.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>

namespace finsam {

namespace {

using nlohmann::json;

/// Counts as whole numbers; a computed share to one decimal.
double rounded(double value) {
    return std::round(value * 10) / 10;
}

json number_json(double value) {
    const double shown = rounded(value);
    if (shown == std::floor(shown) && std::abs(shown) < 1e15)
        return json(static_cast<std::int64_t>(shown));
    return json(shown);
}

json optional_number(std::optional<double> value) {
    return value ? number_json(*value) : json(nullptr);
}

json period_json(const Period& period) {
    return {{"start", format_iso(period.start)}, {"end", format_iso(period.end)}};
}

json goal_follow_up_json(const GoalFollowUpRow& row, const Statistics& statistics) {
    json object = goal_json(row.goal);
    object["target"] = optional_number(row.goal.target);
    object["outcome"] = optional_number(row.outcome);
    object["outcome_hidden"] = row.outcome_hidden;
    object["answer_count"] = row.answer_count ? json(*row.answer_count) : json(nullptr);
    object["status"] = to_string(row.status);
    object["trend"] = to_string(row.trend);
    if (statistics.marks_unconfirmed)
        object["unconfirmed"] = row.unconfirmed;
    return object;
}

/// The goal's unit in the goals table: "%", "antal", or a survey's change in "steg".
std::string unit_text(const Goal& goal) {
    if (goal.survey && goal.survey->rule == SurveyGoalRule::MeanChange)
        return "steg";
    if (!goal.unit)
        return "";
    return *goal.unit == Unit::Percent ? "%" : "antal";
}

json intervention_json(const InterventionStatistics& insats, const Statistics& statistics) {
    json figures = json::object();
    json shares = json::object();
    json suppressed = json::array();
    json marked = json::array();
    json unconfirmed = json::array();
    json conflicts = json::object();
    for (const auto& figure : insats.figures) {
        const std::string key = figure_name(figure);
        (figure.unit == Unit::Count ? figures : shares)[key] = optional_number(figure.value);
        const std::string name = figure.unit == Unit::Count ? key : key + "_percent";
        if (figure.hidden)
            suppressed.push_back(name);
        if (figure.marked)
            marked.push_back(name);
        if (figure.unconfirmed)
            unconfirmed.push_back(name);
        if (!figure.conflicting.empty() && figure.value) {
            json values = json::array({number_json(*figure.value)});
            for (const double other : figure.conflicting)
                values.push_back(number_json(other));
            conflicts[name] = std::move(values);
        }
    }
    json goals = json::array();
    for (const auto& row : insats.goals)
        goals.push_back(goal_follow_up_json(row, statistics));
    json report = nullptr;
    if (insats.report_id) {
        report = {{"id", *insats.report_id},
                  {"kind", to_string(insats.report_kind)},
                  {"period", period_json(*insats.report_period)}};
    }
    json object = {{"insats", insats.name},
                   {"forbund", statistics.association},
                   {"period", period_json(statistics.selection.period)},
                   {"figures", figures},
                   {"suppressed", suppressed},
                   {"goals", goals},
                   {"report", report},
                   {"shares", shares}};
    if (statistics.marks_small_counts)
        object["marked"] = marked;
    if (statistics.marks_unconfirmed)
        object["unconfirmed"] = unconfirmed;
    if (!conflicts.empty())
        object["conflicts"] = conflicts;
    return object;
}

/// Whether a figure belongs in the participants table: a whole, or a part by kön. Parts by a
/// code list go to the breakdowns table.
bool in_participants_table(const StatisticFigure& figure) {
    return figure.category.empty() || !breakdown_whole(figure.measure);
}

struct Column {
    Measure measure;
    std::string category;
    Unit unit;
    bool operator<(const Column& other) const {
        return std::tie(unit, measure, category) <
               std::tie(other.unit, other.measure, other.category);
    }
};

std::vector<Column> participant_columns(const std::vector<Statistics>& every) {
    std::set<Column> columns;
    for (const auto& statistics : every) {
        for (const auto& insats : statistics.interventions) {
            for (const auto& figure : insats.figures) {
                if (in_participants_table(figure))
                    columns.insert({figure.measure, figure.category, figure.unit});
            }
        }
    }
    return {columns.begin(), columns.end()};
}

std::string column_title(const Column& column) {
    std::string title(measure_label(column.measure));
    if (!column.category.empty())
        title += ", " + category_label(column.measure, column.category);
    return column.unit == Unit::Percent ? title + " (%)" : title;
}

DataCell number_cell(std::optional<double> value, bool hidden, bool marked = false,
                     bool unconfirmed = false) {
    DataCell cell;
    if (value)
        cell.value = rounded(*value);
    cell.hidden = hidden;
    cell.marked = marked;
    cell.unconfirmed = unconfirmed;
    return cell;
}

DataCell figure_number_cell(const StatisticFigure& figure) {
    return number_cell(figure.value, figure.hidden, figure.marked, figure.unconfirmed);
}

DataCell figure_cell(const std::vector<StatisticFigure>& figures, const Column& column) {
    const auto found = std::find_if(figures.begin(), figures.end(), [&](const auto& figure) {
        return figure.measure == column.measure && figure.unit == column.unit &&
               figure.category == column.category;
    });
    if (found == figures.end())
        return {};
    return figure_number_cell(*found);
}

DataCell text_cell(std::string text) {
    DataCell cell;
    cell.value = std::move(text);
    return cell;
}

/// What "läst ur texten, ej bekräftad" marks, said in each table's notes.
constexpr const char* k_unconfirmed_note =
    "† = läst ur texten, ej bekräftad (i Excel blå celler): värdet vilar på siffror som lästes "
    "ur en importerad rapports text och som kansliet inte har bekräftat än. Styrelsens "
    "statistik räknar inte med dem.";

bool rests_on_unconfirmed(const std::vector<StatisticFigure>& figures) {
    return std::any_of(figures.begin(), figures.end(),
                       [](const StatisticFigure& figure) { return figure.unconfirmed; });
}

std::string report_label(const InterventionStatistics& insats) {
    if (!insats.report_period)
        return "Ingen rapport";
    std::string label = std::string(kind_label(insats.report_kind)) + " " +
                        format_iso(insats.report_period->start) + "–" +
                        format_iso(insats.report_period->end);
    return rests_on_unconfirmed(insats.figures) ? label + " (läst ur texten, ej bekräftad)" : label;
}

bool rests_on_unconfirmed(const std::vector<Statistics>& every) {
    return std::any_of(every.begin(), every.end(), [](const Statistics& statistics) {
        return rests_on_unconfirmed(statistics.totals) ||
               std::any_of(statistics.interventions.begin(), statistics.interventions.end(),
                           [](const auto& insats) { return rests_on_unconfirmed(insats.figures); });
    });
}

std::vector<std::string> notes(const std::vector<Statistics>& every) {
    const Statistics& statistics = every.front();
    const std::string threshold = std::to_string(statistics.small_count_threshold);
    std::vector<std::string> lines{
        "Antal vid periodens slut kommer från insatsens senaste rapport som slutar inom "
        "perioden; nya och avslutade under perioden är summan av dess kvartalsrapporter."};
    if (statistics.marks_small_counts) {
        lines.push_back("Markerade värden (antal under " + threshold +
                        " och det som skulle avslöja dem) visas inte för styrelsen eller i "
                        "exporter för den.");
    } else {
        lines.push_back(".. = uppgiften visas inte: antal under " + threshold +
                        " och det som skulle avslöja dem döljs.");
    }
    if (rests_on_unconfirmed(every))
        lines.push_back(k_unconfirmed_note);
    return lines;
}

/// The first columns of every table: the förbund (of several), then the insats.
std::vector<std::string> leading_columns(bool several, std::vector<std::string> rest) {
    std::vector<std::string> columns;
    if (several)
        columns.push_back("Förbund");
    columns.insert(columns.end(), rest.begin(), rest.end());
    return columns;
}

std::vector<DataCell> leading_cells(bool several, const Statistics& statistics,
                                    std::vector<DataCell> rest) {
    std::vector<DataCell> cells;
    if (several)
        cells.push_back(text_cell(statistics.association));
    cells.insert(cells.end(), rest.begin(), rest.end());
    return cells;
}

DataTable participants_table(const std::vector<Statistics>& every, const std::string& label) {
    const bool several = every.size() > 1;
    const auto columns = participant_columns(every);
    DataTable table;
    table.title = "Deltagare " + label;
    table.columns = leading_columns(several, {"Insats", "Insatsägare", "Rapport"});
    for (const auto& column : columns)
        table.columns.push_back(column_title(column));
    for (const auto& statistics : every) {
        for (const auto& insats : statistics.interventions) {
            auto row = leading_cells(several, statistics,
                                     {text_cell(insats.name), text_cell(insats.owner.value_or("")),
                                      text_cell(report_label(insats))});
            for (const auto& column : columns)
                row.push_back(figure_cell(insats.figures, column));
            table.rows.push_back(std::move(row));
        }
        auto total = leading_cells(several, statistics,
                                   {text_cell("Hela förbundet"), text_cell(""), text_cell("")});
        for (const auto& column : columns)
            total.push_back(figure_cell(statistics.totals, column));
        table.rows.push_back(std::move(total));
    }
    table.notes = notes(every);
    return table;
}

/// The code's label in the förbund's code lists; the code itself for one no list has (any
/// longer).
std::string code_label(const CodeLabels& labels, const StatisticFigure& figure) {
    const auto found = labels.find({figure.measure, figure.category});
    return found == labels.end() ? category_label(figure.measure, figure.category) : found->second;
}

void add_breakdown_rows(DataTable& table, bool several, const Statistics& statistics,
                        const std::string& name, const std::vector<StatisticFigure>& figures,
                        const CodeLabels& labels) {
    for (const auto& figure : figures) {
        if (in_participants_table(figure) || figure.unit != Unit::Count)
            continue;
        table.rows.push_back(
            leading_cells(several, statistics,
                          {text_cell(name), text_cell(std::string(measure_label(figure.measure))),
                           text_cell(code_label(labels, figure)), figure_number_cell(figure)}));
    }
}

DataTable breakdowns_table(const std::vector<Statistics>& every, const std::string& label,
                           const CodeLabels& labels) {
    const bool several = every.size() > 1;
    DataTable table;
    table.title = "Fördelningar " + label;
    table.columns = leading_columns(several, {"Insats", "Fördelning", "Kategori", "Antal"});
    for (const auto& statistics : every) {
        for (const auto& insats : statistics.interventions)
            add_breakdown_rows(table, several, statistics, insats.name, insats.figures, labels);
        add_breakdown_rows(table, several, statistics, "Hela förbundet", statistics.totals, labels);
    }
    table.notes = notes(every);
    return table;
}

DataTable goals_table(const std::vector<Statistics>& every, const std::string& label) {
    const bool several = every.size() > 1;
    DataTable table;
    table.title = "Måluppfyllelse " + label;
    table.columns = leading_columns(
        several, {"Insats", "Mål", "Målvärde", "Enhet", "Utfall", "Status", "Trend", "Antal svar"});
    bool unconfirmed = false;
    for (const auto& statistics : every) {
        for (const auto& insats : statistics.interventions) {
            for (const auto& row : insats.goals) {
                const std::optional<double> answers =
                    row.answer_count ? std::optional<double>(*row.answer_count) : std::nullopt;
                table.rows.push_back(leading_cells(
                    several, statistics,
                    {text_cell(insats.name), text_cell(row.goal.text),
                     number_cell(row.goal.target, false), text_cell(unit_text(row.goal)),
                     number_cell(row.outcome, row.outcome_hidden, false, row.unconfirmed),
                     text_cell(std::string(goal_status_label(row.status))),
                     text_cell(std::string(trend_label(row.trend))), number_cell(answers, false)}));
                unconfirmed = unconfirmed || row.unconfirmed;
            }
        }
    }
    if (unconfirmed)
        table.notes.push_back(k_unconfirmed_note);
    return table;
}

} // namespace

std::string figure_name(const StatisticFigure& figure) {
    const std::string measure(to_string(figure.measure));
    return figure.category.empty() ? measure : measure + "." + figure.category;
}

std::vector<json> statistics_json(const Statistics& statistics) {
    std::vector<json> objects;
    for (const auto& insats : statistics.interventions)
        objects.push_back(intervention_json(insats, statistics));
    return objects;
}

CodeLabels code_labels(const ReportTemplates& templates) {
    CodeLabels labels;
    for (const auto& definition : templates.all()) {
        for (const auto& breakdown : definition.form.participant_table.breakdowns) {
            for (const auto& column : breakdown.columns) {
                for (const auto& code : breakdown.codes.codes)
                    labels.try_emplace({column.measure, code.code}, code.label);
            }
        }
    }
    return labels;
}

std::vector<DataTable> statistics_tables(const std::vector<Statistics>& statistics,
                                         const ReportTemplates& templates) {
    if (statistics.empty())
        return {};
    const std::string label = period_selection_label(statistics.front().selection);
    return {participants_table(statistics, label),
            breakdowns_table(statistics, label, code_labels(templates)),
            goals_table(statistics, label)};
}

} // namespace finsam
