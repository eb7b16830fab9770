#include "output/BoardHtml.h"

#include "domain/Text.h"
#include "output/BoardChartDrawing.h"
#include "output/BoardChartText.h"
#include "output/BoardGoalText.h"
#include "output/BoardNotes.h"
#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"

#include <fstream>
#include <map>
#include <mstch/mstch.hpp>
#include <sstream>
#include <stdexcept>

namespace finsam {

namespace {

// The ids the table of contents links to. Insatser are numbered rather than named by their
// names, which need not be unique nor make valid ids.
constexpr const char* k_summary_id = "sammanstallning";
constexpr const char* k_lessons_id = "lardomar";
constexpr const char* k_attention_id = "att-se-over";

// Keeps a number and its unit on one line: "30 %".
constexpr const char* k_no_break_space = "\u00a0";

std::string read_template(const std::filesystem::path& file) {
    std::ifstream input(file, std::ios::binary);
    if (!input)
        throw std::runtime_error("cannot read the template " + file.string());
    std::ostringstream content;
    content << input.rdbuf();
    return content.str();
}

std::string text_or(const std::string& text, const std::string& otherwise) {
    return text.empty() ? otherwise : text;
}

std::string period_text(const std::optional<Period>& period) {
    return period ? board_period_text(*period) : std::string("Ej angiven");
}

/// A table cell. Every key is set on every cell, so that none is looked up in the row around
/// it.
mstch::map cell_view(std::string text, bool number, bool missing = false) {
    return mstch::map{{"text", std::move(text)}, {"class", std::string(number ? "number" : "text")},
                      {"hidden", false},         {"marked", false},
                      {"unconfirmed", false},    {"missing", missing}};
}

mstch::map count_view(const BoardCount& count, BoardMarks& marks) {
    marks.add(count);
    if (count.hidden) {
        mstch::map cell = cell_view("", true);
        cell["hidden"] = true;
        return cell;
    }
    if (!count.value)
        return cell_view("", true, true);
    mstch::map cell = cell_view(format_swedish_number(*count.value, 1), true);
    std::string css_class = "number";
    if (count.marked)
        css_class += " marked";
    if (count.unconfirmed)
        css_class += " unconfirmed";
    cell["class"] = css_class;
    cell["marked"] = count.marked;
    cell["unconfirmed"] = count.unconfirmed;
    return cell;
}

mstch::map amount_view(const std::optional<std::int64_t>& kronor) {
    if (!kronor)
        return cell_view("", true, true);
    return cell_view(format_swedish_amount(*kronor), true);
}

std::string goals_reached_text(const BoardSummaryRow& row) {
    if (row.goals == 0)
        return "Inga mål";
    std::string text = std::to_string(row.goals_reached) + " av " + std::to_string(row.goals);
    if (const int not_judged = row.goals - row.goals_judged; not_judged > 0)
        text += " (" + std::to_string(not_judged) + " kan inte bedömas)";
    return text;
}

mstch::array notes_view(const BoardDocument& document, const BoardMarks& marks) {
    mstch::array notes;
    if (marks.hidden) {
        notes.push_back(mstch::map{
            {"text", ".. = " + board_hidden_explanation(document.small_count_threshold) + "."}});
    }
    if (marks.marked) {
        notes.push_back(mstch::map{
            {"text", "* = " + board_marked_explanation(document.small_count_threshold) + "."}});
    }
    if (marks.unconfirmed)
        notes.push_back(mstch::map{{"text", "† = " + board_unconfirmed_explanation() + "."}});
    return notes;
}

/// The insats's part's id by name, for linking the summary's rows to the parts.
using PartIds = std::map<std::string, std::string>;

mstch::map summary_view(const BoardDocument& document, const PartIds& part_ids) {
    BoardMarks marks;
    mstch::array rows;
    for (const BoardSummaryRow& row : document.summary) {
        mstch::map period = cell_view(period_text(row.period), false);
        period["class"] = std::string("text period");
        mstch::array cells{
            cell_view(text_or(row.owner, "Ej angiven"), false),
            std::move(period),
            cell_view(std::string(intervention_kind_label(row.kind)), false),
            amount_view(row.granted_sek),
            amount_view(row.used_sek),
            count_view(row.participants_total, marks),
            count_view(row.participants_active, marks),
            count_view(row.participants_ended, marks),
            count_view(row.women, marks),
            count_view(row.men, marks),
            count_view(row.ended_to_work_or_studies, marks),
            cell_view(goals_reached_text(row), false),
            cell_view(std::to_string(row.reports_missing), true),
        };
        const auto part = part_ids.find(row.name);
        rows.push_back(
            mstch::map{{"name", row.name},
                       {"has_part", part != part_ids.end()},
                       {"part_id", part == part_ids.end() ? std::string() : part->second},
                       {"cells", std::move(cells)}});
    }
    const bool has_rows = !rows.empty();
    return mstch::map{{"id", std::string(k_summary_id)},
                      {"rows", std::move(rows)},
                      {"has_rows", has_rows},
                      {"notes", notes_view(document, marks)}};
}

/// The paragraphs of a text, split at blank lines; the lines within one are kept (the
/// stylesheet shows them), since a report's lists are written one item per line.
mstch::array paragraphs_view(const std::string& text) {
    mstch::array paragraphs;
    for (auto& paragraph : split_paragraphs(text))
        paragraphs.push_back(mstch::map{{"text", std::move(paragraph)}});
    return paragraphs;
}

mstch::array sections_view(const std::vector<BoardSection>& sections) {
    mstch::array views;
    for (const BoardSection& section : sections) {
        views.push_back(mstch::map{{"title", section.title},
                                   {"edited", section.edited},
                                   {"paragraphs", paragraphs_view(section.text)}});
    }
    return views;
}

std::string html_number(double value) {
    return format_swedish_number(value, 1);
}

constexpr GoalNumberStyle k_goal_numbers{html_number, k_no_break_space};

mstch::map outcome_view(const BoardGoal& goal) {
    if (goal.outcome_hidden) {
        mstch::map cell = cell_view("", true);
        cell["hidden"] = true;
        return cell;
    }
    if (!goal.outcome)
        return cell_view("", true, true);
    mstch::map cell = cell_view(goal_outcome_text(*goal.outcome, goal, k_goal_numbers), true);
    if (goal.unconfirmed) {
        cell["class"] = std::string("number unconfirmed");
        cell["unconfirmed"] = true;
    }
    return cell;
}

mstch::map goal_view(const BoardGoal& goal) {
    mstch::array cells{
        goal.target ? cell_view(goal_value_text(*goal.target, goal, k_goal_numbers), true)
                    : cell_view("", true, true),
        outcome_view(goal),
        cell_view(std::string(goal_status_label(goal.status)), false),
        cell_view(std::string(trend_label(goal.trend)), false),
    };
    return mstch::map{{"text", goal.text}, {"cells", std::move(cells)}};
}

// The chart's drawing size in SVG units; the stylesheet scales it to the column, so the text in
// it grows by about half on a screen.
constexpr double k_chart_width = 480;
constexpr double k_chart_height = 250;

/// The chart as inline SVG with its values in a table beside it, for a reader who does not see
/// the drawing, and a note on "..".
mstch::map chart_view(const BoardDocument& document, const BoardChart& chart,
                      const std::string& id) {
    const std::vector<Date> periods = board_chart_periods(chart);
    mstch::array period_views;
    for (const Date period_end : periods)
        period_views.push_back(mstch::map{{"label", board_chart_period_label(period_end)}});
    bool hidden = false;
    mstch::array series_views;
    for (const BoardChartSeries& series : chart.series) {
        mstch::array cells;
        for (const Date period_end : periods) {
            const bool hidden_point = board_chart_point_hidden(series, period_end);
            const std::string text = board_chart_value_text(series, period_end);
            mstch::map cell =
                cell_view(hidden_point ? std::string() : text, true, !hidden_point && text.empty());
            cell["hidden"] = hidden_point;
            hidden = hidden || hidden_point;
            cells.push_back(std::move(cell));
        }
        series_views.push_back(mstch::map{{"label", series.label}, {"cells", std::move(cells)}});
    }
    // The drawing says what its gaps mean; the table's ".." is explained here.
    mstch::array notes;
    if (hidden) {
        notes.push_back(mstch::map{
            {"text", ".. = " + board_hidden_explanation(document.small_count_threshold) + "."}});
    }
    const bool has_notes = !notes.empty();
    return mstch::map{{"id", id},
                      {"title", chart.title},
                      {"svg", board_chart_svg(chart, k_chart_width, k_chart_height, id + "-svg-")},
                      {"periods", std::move(period_views)},
                      {"series", std::move(series_views)},
                      {"has_notes", has_notes},
                      {"notes", std::move(notes)}};
}

mstch::map survey_cell_view(const DataCell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell.value))
        return cell_view(*text, false);
    mstch::map view = cell_view("", true);
    if (const auto* number = std::get_if<double>(&cell.value))
        view["text"] = format_swedish_number(*number, 1);
    view["hidden"] = cell.hidden;
    view["marked"] = cell.marked;
    return view;
}

/// An insats's survey results: a table per survey (survey_board_table), its first column the
/// question, which heads the row.
mstch::array survey_views(const BoardIntervention& insats) {
    mstch::array surveys;
    for (const DataTable& table : insats.surveys) {
        mstch::array columns;
        for (std::size_t index = 1; index < table.columns.size(); ++index)
            columns.push_back(mstch::map{{"title", table.columns[index]}});
        mstch::array rows;
        for (const auto& row : table.rows) {
            mstch::array cells;
            for (std::size_t index = 1; index < row.size(); ++index)
                cells.push_back(survey_cell_view(row[index]));
            const auto* question = std::get_if<std::string>(&row.front().value);
            rows.push_back(mstch::map{{"question", question ? *question : std::string()},
                                      {"cells", std::move(cells)}});
        }
        mstch::array notes;
        for (const std::string& note : table.notes)
            notes.push_back(mstch::map{{"text", note}});
        surveys.push_back(mstch::map{{"title", table.title},
                                     {"first_column", table.columns.front()},
                                     {"columns", std::move(columns)},
                                     {"rows", std::move(rows)},
                                     {"notes", std::move(notes)}});
    }
    return surveys;
}

mstch::map intervention_view(const BoardDocument& document, const BoardIntervention& insats,
                             const std::string& id) {
    BoardMarks marks;
    mstch::array goals;
    for (const BoardGoal& goal : insats.goals) {
        marks.add(goal);
        goals.push_back(goal_view(goal));
    }
    const bool has_goals = !goals.empty();
    return mstch::map{
        {"id", id},
        {"name", insats.name},
        {"owner", text_or(insats.owner, "Ej angiven")},
        {"period", period_text(insats.period)},
        {"has_source", !insats.source.empty()},
        {"source", insats.source},
        {"sections", sections_view(insats.sections)},
        {"has_goals", has_goals},
        {"goals", std::move(goals)},
        {"goal_notes", notes_view(document, marks)},
        {"has_surveys", !insats.surveys.empty()},
        {"surveys", survey_views(insats)},
        {"chart", insats.chart ? mstch::node(chart_view(document, *insats.chart, id + "-diagram"))
                               : mstch::node(false)}};
}

struct Group {
    InterventionKind kind;
    const char* id;
    const char* heading;
    const char* empty_text; // nullptr: the group is left out when it is empty
};

// The order of the parts, as the board is used to reading them.
constexpr Group k_groups[] = {
    {InterventionKind::Individual, "individinriktade-insatser", "Individinriktade insatser",
     "Inga individinriktade insatser under perioden."},
    {InterventionKind::Structural, "strukturinriktade-insatser", "Strukturinriktade insatser",
     "Inga strukturinriktade insatser under perioden."},
    {InterventionKind::Unknown, "ovriga-insatser", "Övriga insatser", nullptr},
};

std::string part_id(std::size_t index) {
    return "insats-" + std::to_string(index + 1);
}

mstch::array groups_view(const BoardDocument& document) {
    mstch::array groups;
    for (const Group& group : k_groups) {
        mstch::array interventions;
        for (std::size_t index = 0; index < document.interventions.size(); ++index) {
            const BoardIntervention& insats = document.interventions[index];
            if (insats.kind == group.kind)
                interventions.push_back(intervention_view(document, insats, part_id(index)));
        }
        if (interventions.empty() && group.empty_text == nullptr)
            continue;
        const bool has_interventions = !interventions.empty();
        groups.push_back(
            mstch::map{{"id", std::string(group.id)},
                       {"heading", std::string(group.heading)},
                       {"has_interventions", has_interventions},
                       {"empty_text", std::string(group.empty_text ? group.empty_text : "")},
                       {"interventions", std::move(interventions)}});
    }
    return groups;
}

mstch::map lessons_view(const BoardDocument& document) {
    mstch::array lessons;
    for (const BoardLessons& insats : document.lessons) {
        if (insats.sections.empty())
            continue;
        lessons.push_back(
            mstch::map{{"id", k_lessons_id + ("-" + std::to_string(lessons.size() + 1))},
                       {"name", insats.intervention},
                       {"sections", sections_view(insats.sections)}});
    }
    const bool has_lessons = !lessons.empty();
    return mstch::map{{"id", std::string(k_lessons_id)},
                      {"has_lessons", has_lessons},
                      {"interventions", std::move(lessons)}};
}

mstch::map attention_view(const BoardDocument& document) {
    mstch::array items;
    for (const BoardAttention& item : document.attention) {
        items.push_back(mstch::map{{"has_intervention", !item.intervention.empty()},
                                   {"intervention", item.intervention},
                                   {"text", item.text}});
    }
    const bool has_items = !items.empty();
    return mstch::map{
        {"id", std::string(k_attention_id)}, {"has_items", has_items}, {"items", std::move(items)}};
}

mstch::map document_view(const BoardDocument& document) {
    PartIds part_ids;
    for (std::size_t index = 0; index < document.interventions.size(); ++index)
        part_ids.try_emplace(document.interventions[index].name, part_id(index));
    const std::string dates = board_period_text(document.period);
    mstch::map view{{"title", document.title},
                    {"association", document.association},
                    {"period_label", document.period_label},
                    {"has_period_dates", dates != document.period_label},
                    {"period_dates", dates},
                    {"made_on", format_iso(document.made_on)},
                    {"kansli_copy", document.kansli_copy},
                    {"summary", summary_view(document, part_ids)},
                    {"groups", groups_view(document)},
                    {"lessons", lessons_view(document)}};
    // The board's copy has no attention list at all, whatever the model holds.
    if (document.kansli_copy)
        view["attention"] = attention_view(document);
    return view;
}

} // namespace

BoardHtml::BoardHtml(const std::filesystem::path& template_file)
    : m_template(read_template(template_file)) {}

std::string BoardHtml::render(const BoardDocument& document) const {
    return mstch::render(m_template, document_view(document));
}

} // namespace finsam
