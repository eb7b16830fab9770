#include "output/BoardJson.h"

#include "domain/ReportKind.h"

#include <utility>

namespace finsam {

namespace {

using nlohmann::json;

template <typename Value> json or_null(const std::optional<Value>& value) {
    return value ? json(*value) : json(nullptr);
}

json period_json(const Period& period) {
    return {{"start", format_iso(period.start)}, {"end", format_iso(period.end)}};
}

json period_json(const std::optional<Period>& period) {
    return period ? period_json(*period) : json(nullptr);
}

json kind_json(InterventionKind kind) {
    return kind == InterventionKind::Unknown ? json(nullptr) : json(to_string(kind));
}

/// The summary row's participant counts, and which of them are hidden, marked or unconfirmed.
void add_counts(const BoardSummaryRow& row, bool kansli_copy, json& object) {
    const std::pair<const char*, const BoardCount*> counts[] = {
        {"total", &row.participants_total},
        {"active", &row.participants_active},
        {"ended", &row.participants_ended},
        {"women", &row.women},
        {"men", &row.men},
        {"ended_to_work_or_studies", &row.ended_to_work_or_studies}};
    json participants = json::object();
    json hidden = json::array();
    json marked = json::array();
    json unconfirmed = json::array();
    for (const auto& [name, count] : counts) {
        participants[name] = count->hidden ? json(nullptr) : or_null(count->value);
        if (count->hidden)
            hidden.push_back(name);
        if (count->marked)
            marked.push_back(name);
        if (count->unconfirmed)
            unconfirmed.push_back(name);
    }
    object["participants"] = std::move(participants);
    object["hidden"] = std::move(hidden);
    if (kansli_copy) {
        object["marked"] = std::move(marked);
        object["unconfirmed"] = std::move(unconfirmed);
    }
}

json summary_row_json(const BoardSummaryRow& row, bool kansli_copy) {
    json object{
        {"intervention_id", row.intervention_id},
        {"name", row.name},
        {"owner", row.owner},
        {"period", period_json(row.period)},
        {"kind", kind_json(row.kind)},
        {"granted_sek", or_null(row.granted_sek)},
        {"used_sek", or_null(row.used_sek)},
        {"goals",
         {{"reached", row.goals_reached}, {"judged", row.goals_judged}, {"all", row.goals}}},
        {"reports_missing", row.reports_missing}};
    add_counts(row, kansli_copy, object);
    return object;
}

json sections_json(const std::vector<BoardSection>& sections) {
    json array = json::array();
    for (const auto& section : sections)
        array.push_back({{"id", section.id},
                         {"title", section.title},
                         {"text", section.text},
                         {"edited", section.edited}});
    return array;
}

json goal_json(const BoardGoal& goal, bool kansli_copy) {
    json object{{"text", goal.text},
                {"target", or_null(goal.target)},
                {"outcome", goal.outcome_hidden ? json(nullptr) : or_null(goal.outcome)},
                {"percent", goal.percent},
                {"outcome_hidden", goal.outcome_hidden},
                {"status", to_string(goal.status)},
                {"trend", to_string(goal.trend)},
                {"steps", goal.steps},
                {"answer_count", goal.answer_count ? json(*goal.answer_count) : json(nullptr)}};
    if (kansli_copy)
        object["unconfirmed"] = goal.unconfirmed;
    return object;
}

json chart_json(const std::optional<BoardChart>& chart) {
    if (!chart)
        return nullptr;
    json series = json::array();
    for (const auto& line : chart->series) {
        json points = json::array();
        for (const auto& point : line.points)
            points.push_back({{"period_end", format_iso(point.period_end)},
                              {"value", point.hidden ? json(nullptr) : or_null(point.value)},
                              {"hidden", point.hidden}});
        series.push_back({{"label", line.label}, {"points", std::move(points)}});
    }
    return {{"title", chart->title}, {"series", std::move(series)}};
}

/// A survey table's cell: its number or text; null when empty or hidden.
json survey_cell_json(const DataCell& cell) {
    if (cell.hidden)
        return nullptr;
    if (const auto* number = std::get_if<double>(&cell.value))
        return *number;
    if (const auto* text = std::get_if<std::string>(&cell.value))
        return *text;
    return nullptr;
}

/// The insats's survey tables: title, columns, rows (cells as values, null when hidden), the
/// names of the hidden cells' columns per row, and the notes.
json surveys_json(const std::vector<DataTable>& surveys, bool kansli_copy) {
    json tables = json::array();
    for (const DataTable& survey : surveys) {
        json rows = json::array();
        for (const auto& row : survey.rows) {
            json cells = json::array();
            json hidden = json::array();
            json marked = json::array();
            for (std::size_t index = 0; index < row.size(); ++index) {
                cells.push_back(survey_cell_json(row[index]));
                if (row[index].hidden)
                    hidden.push_back(survey.columns[index]);
                if (kansli_copy && row[index].marked)
                    marked.push_back(survey.columns[index]);
            }
            json object{{"cells", std::move(cells)}, {"hidden", std::move(hidden)}};
            if (kansli_copy)
                object["marked"] = std::move(marked);
            rows.push_back(std::move(object));
        }
        tables.push_back({{"title", survey.title},
                          {"columns", survey.columns},
                          {"rows", std::move(rows)},
                          {"notes", survey.notes}});
    }
    return tables;
}

json intervention_json(const BoardIntervention& part, bool kansli_copy) {
    json goals = json::array();
    for (const auto& goal : part.goals)
        goals.push_back(goal_json(goal, kansli_copy));
    json object{{"intervention_id", part.intervention_id},
                {"name", part.name},
                {"owner", part.owner},
                {"period", period_json(part.period)},
                {"kind", kind_json(part.kind)},
                {"source", part.source.empty() ? json(nullptr) : json(part.source)},
                {"sections", sections_json(part.sections)},
                {"goals", std::move(goals)},
                {"surveys", surveys_json(part.surveys, kansli_copy)},
                {"chart", chart_json(part.chart)}};
    if (kansli_copy) {
        json choices = json::array();
        for (const auto& choice : part.source_choices)
            choices.push_back({{"report_id", choice.report_id},
                               {"label", choice.label},
                               {"chosen", choice.chosen}});
        object["source_choices"] = std::move(choices);
        object["source_chosen"] = part.source_chosen;
    }
    return object;
}

} // namespace

nlohmann::json board_report_json(const BoardDocument& document) {
    const bool kansli = document.kansli_copy;
    json summary = json::array();
    for (const auto& row : document.summary)
        summary.push_back(summary_row_json(row, kansli));
    json interventions = json::array();
    for (const auto& part : document.interventions)
        interventions.push_back(intervention_json(part, kansli));
    json lessons = json::array();
    for (const auto& lesson : document.lessons)
        lessons.push_back(
            {{"intervention", lesson.intervention}, {"sections", sections_json(lesson.sections)}});
    json object{{"title", document.title},
                {"association", document.association},
                {"period", period_json(document.period)},
                {"period_label", document.period_label},
                {"made_on", format_iso(document.made_on)},
                {"copy", kansli ? "kansli" : "styrelse"},
                {"small_count_threshold", document.small_count_threshold},
                {"summary", std::move(summary)},
                {"interventions", std::move(interventions)},
                {"lessons", std::move(lessons)}};
    if (kansli) {
        json attention = json::array();
        for (const auto& item : document.attention)
            attention.push_back({{"intervention", item.intervention}, {"text", item.text}});
        object["attention"] = std::move(attention);
    }
    return object;
}

} // namespace finsam
