#include "app/statistics/StatisticsExport.h"

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

json goal_json(const GoalFollowUpRow& row) {
    const Goal& goal = row.goal;
    return {{"text", goal.text},
            {"target", optional_number(goal.target)},
            {"unit", goal.unit ? json(to_string(*goal.unit)) : json(nullptr)},
            {"measure", goal.measure ? json(to_string(*goal.measure)) : json(nullptr)},
            {"outcome", optional_number(row.outcome)},
            {"status", to_string(row.status)},
            {"trend", to_string(row.trend)}};
}

json intervention_json(const InterventionStatistics& insats, const Statistics& statistics) {
    json figures = json::object();
    json shares = json::object();
    json suppressed = json::array();
    json marked = json::array();
    json conflicts = json::object();
    for (const auto& figure : insats.figures) {
        const std::string measure(to_string(figure.measure));
        (figure.unit == Unit::Count ? figures : shares)[measure] = optional_number(figure.value);
        const std::string name = figure.unit == Unit::Count ? measure : measure + "_percent";
        if (figure.hidden)
            suppressed.push_back(name);
        if (figure.marked)
            marked.push_back(name);
        if (!figure.conflicting.empty() && figure.value) {
            json values = json::array({number_json(*figure.value)});
            for (const double other : figure.conflicting)
                values.push_back(number_json(other));
            conflicts[name] = std::move(values);
        }
    }
    json goals = json::array();
    for (const auto& row : insats.goals)
        goals.push_back(goal_json(row));
    json report = nullptr;
    if (insats.report_id) {
        report = {{"id", *insats.report_id},
                  {"kind", to_string(insats.report_kind)},
                  {"period", period_json(*insats.report_period)}};
    }
    json object = {{"insats", insats.name}, {"period", period_json(statistics.selection.period)},
                   {"figures", figures},    {"suppressed", suppressed},
                   {"goals", goals},        {"report", report},
                   {"shares", shares}};
    if (statistics.marks_small_counts)
        object["marked"] = marked;
    if (!conflicts.empty())
        object["conflicts"] = conflicts;
    return object;
}

/// The measures any insats states in the unit, in measure order: the table's columns.
std::vector<Measure> stated_measures(const Statistics& statistics, Unit unit) {
    std::set<Measure> measures;
    for (const auto& insats : statistics.interventions) {
        for (const auto& figure : insats.figures) {
            if (figure.unit == unit)
                measures.insert(figure.measure);
        }
    }
    return {measures.begin(), measures.end()};
}

DataCell figure_cell(const InterventionStatistics& insats, Measure measure, Unit unit) {
    const auto found =
        std::find_if(insats.figures.begin(), insats.figures.end(),
                     [&](const auto& f) { return f.measure == measure && f.unit == unit; });
    if (found == insats.figures.end())
        return {};
    DataCell cell;
    if (found->value)
        cell.value = *found->value;
    cell.hidden = found->hidden;
    cell.marked = found->marked;
    return cell;
}

DataCell text_cell(std::string text) {
    DataCell cell;
    cell.value = std::move(text);
    return cell;
}

std::string report_label(const InterventionStatistics& insats) {
    if (!insats.report_period)
        return "Ingen rapport";
    return std::string(kind_label(insats.report_kind)) + " " +
           format_iso(insats.report_period->start) + "–" + format_iso(insats.report_period->end);
}

std::vector<std::string> notes(const Statistics& statistics) {
    const std::string threshold = std::to_string(statistics.small_count_threshold);
    std::vector<std::string> lines{
        "Siffrorna gäller vid periodens slut: de från insatsens senaste rapport som slutar inom "
        "perioden."};
    if (statistics.marks_small_counts) {
        lines.push_back("Markerade värden (antal under " + threshold +
                        " och det som skulle avslöja dem) visas inte för styrelsen eller i "
                        "exporter för den.");
    } else {
        lines.push_back(".. = uppgiften visas inte: antal under " + threshold +
                        " och det som skulle avslöja dem döljs.");
    }
    return lines;
}

DataTable participants_table(const Statistics& statistics) {
    const auto counts = stated_measures(statistics, Unit::Count);
    const auto shares = stated_measures(statistics, Unit::Percent);
    DataTable table;
    table.title = "Deltagare " + period_selection_label(statistics.selection);
    table.columns = {"Insats", "Insatsägare", "Rapport"};
    for (const auto measure : counts)
        table.columns.emplace_back(measure_label(measure));
    for (const auto measure : shares)
        table.columns.push_back(std::string(measure_label(measure)) + " (%)");
    for (const auto& insats : statistics.interventions) {
        std::vector<DataCell> row{text_cell(insats.name), text_cell(insats.owner.value_or("")),
                                  text_cell(report_label(insats))};
        for (const auto measure : counts)
            row.push_back(figure_cell(insats, measure, Unit::Count));
        for (const auto measure : shares)
            row.push_back(figure_cell(insats, measure, Unit::Percent));
        table.rows.push_back(std::move(row));
    }
    table.notes = notes(statistics);
    return table;
}

DataCell number_cell(std::optional<double> value, bool hidden) {
    DataCell cell;
    if (value)
        cell.value = rounded(*value);
    cell.hidden = hidden;
    return cell;
}

DataTable goals_table(const Statistics& statistics) {
    DataTable table;
    table.title = "Måluppfyllelse " + period_selection_label(statistics.selection);
    table.columns = {"Insats", "Mål", "Målvärde", "Enhet", "Utfall", "Status", "Trend"};
    for (const auto& insats : statistics.interventions) {
        for (const auto& row : insats.goals) {
            const auto unit = row.goal.unit;
            table.rows.push_back({text_cell(insats.name), text_cell(row.goal.text),
                                  number_cell(row.goal.target, false),
                                  text_cell(!unit                    ? ""
                                            : *unit == Unit::Percent ? "%"
                                                                     : "antal"),
                                  number_cell(row.outcome, row.outcome_hidden),
                                  text_cell(std::string(goal_status_label(row.status))),
                                  text_cell(std::string(trend_label(row.trend)))});
        }
    }
    return table;
}

} // namespace

std::vector<json> statistics_json(const Statistics& statistics) {
    std::vector<json> objects;
    for (const auto& insats : statistics.interventions)
        objects.push_back(intervention_json(insats, statistics));
    return objects;
}

std::vector<DataTable> statistics_tables(const Statistics& statistics) {
    return {participants_table(statistics), goals_table(statistics)};
}

} // namespace finsam
