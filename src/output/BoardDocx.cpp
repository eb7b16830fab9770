#include "output/BoardDocx.h"

#include "domain/Text.h"
#include "output/BoardChartDrawing.h"
#include "output/BoardChartText.h"
#include "output/BoardGoalText.h"
#include "output/SurveyBoardTable.h"
#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"
#include "output/WordDocument.h"

namespace finsam {

namespace {

constexpr std::string_view k_hidden = "..";
constexpr std::string_view k_not_stated = "–";
constexpr std::string_view k_marked = "*";
constexpr std::string_view k_unconfirmed = "†";

/// A number as format_swedish_number() writes it, with a no-break space (U+00A0) between the
/// thousands: the fonts Word offers, Arial among them, lack the narrow one (U+202F).
std::string docx_number(double value) {
    std::string text = format_swedish_number(value, 1);
    std::string result;
    for (std::size_t index = 0; index < text.size();) {
        if (std::string_view(text).substr(index).starts_with(k_thousands_separator)) {
            result += "\u00a0";
            index += k_thousands_separator.size();
        } else {
            result += text[index++];
        }
    }
    return result;
}

std::string period_text(const Period& period) {
    return format_iso(period.start) + " – " + format_iso(period.end);
}

std::string count_text(const BoardCount& count, bool kansli_copy) {
    if (count.hidden)
        return std::string(k_hidden);
    if (!count.value)
        return std::string(k_not_stated);
    std::string text = docx_number(*count.value);
    if (kansli_copy && count.marked)
        text += k_marked;
    if (kansli_copy && count.unconfirmed)
        text += k_unconfirmed;
    return text;
}

std::string amount_text(const std::optional<std::int64_t>& kronor) {
    return kronor ? docx_number(static_cast<double>(*kronor)) : std::string(k_not_stated);
}

constexpr GoalNumberStyle k_goal_numbers{docx_number, "\u00a0"};

std::string target_text(const BoardGoal& goal) {
    return goal.target ? goal_value_text(*goal.target, goal, k_goal_numbers)
                       : std::string(k_not_stated);
}

std::string outcome_text(const BoardGoal& goal) {
    return goal.outcome ? goal_outcome_text(*goal.outcome, goal, k_goal_numbers)
                        : std::string(k_not_stated);
}

std::string kind_heading(InterventionKind kind) {
    switch (kind) {
    case InterventionKind::Individual:
        return "Individinriktade insatser";
    case InterventionKind::Structural:
        return "Strukturinriktade insatser";
    case InterventionKind::Unknown:
        break;
    }
    return "Övriga insatser";
}

/// What ".." and, in the kansli's copy, the marks mean.
void add_count_notes(WordDocument& word, const BoardDocument& document) {
    word.add_paragraph("”..” betyder att uppgiften inte visas eftersom den gäller färre än " +
                           std::to_string(document.small_count_threshold) +
                           " deltagare eller skulle låta en läsare räkna fram en sådan "
                           "uppgift. ”–” betyder att uppgiften saknas.",
                       ParagraphStyle::Note);
    if (document.kansli_copy) {
        word.add_paragraph("* Uppgiften visas inte i styrelsens exemplar. † Uppgiften bygger på "
                           "siffror ur rapportens text som kansliet inte har bekräftat.",
                           ParagraphStyle::Note);
    }
}

void add_cover(WordDocument& word, const BoardDocument& document) {
    word.add_title(document.title);
    word.add_paragraph(document.association, ParagraphStyle::Subtitle);
    std::string period = "Period: " + document.period_label;
    // A year or half year is named, not dated: the dates say where it starts and ends.
    if (document.period_label.find(format_iso(document.period.start)) == std::string::npos)
        period += " (" + period_text(document.period) + ")";
    word.add_paragraph(period, ParagraphStyle::Subtitle);
    word.add_paragraph("Datum: " + format_iso(document.made_on), ParagraphStyle::Subtitle);
    if (document.kansli_copy) {
        word.add_paragraph("Kansliets exemplar, med uppgifter som inte visas i styrelsens "
                           "exemplar. Skicka inte detta exemplar till styrelsen.",
                           ParagraphStyle::Subtitle);
    }
}

WordTable summary_table(const BoardDocument& document) {
    using enum CellAlignment;
    const std::string funds = "Medel (kr)";
    const std::string participants = "Deltagare";
    WordTable table{{{"Insats", 34, Left},
                     {"Huvudman", 26, Left},
                     {"Period", 21, Left},
                     {"Inriktning", 24, Left},
                     {"Beviljade", 16, Right, funds},
                     {"Utnyttjade", 17, Right, funds},
                     {"Totalt", 11, Right, participants},
                     {"Aktiva", 11, Right, participants},
                     {"Avslutade", 16, Right, participants},
                     {"Kvinnor", 14, Right, participants},
                     {"Män", 10, Right, participants},
                     {"Till arbete eller studier", 15, Right, participants},
                     {"Mål uppnådda", 16, Right}},
                    {},
                    TableSize::Compact};
    if (document.kansli_copy)
        table.columns.push_back({"Saknade rapporter", 16, Right});
    const bool kansli = document.kansli_copy;
    for (const BoardSummaryRow& row : document.summary) {
        std::vector<std::string> cells{
            row.name,
            row.owner.empty() ? std::string(k_not_stated) : row.owner,
            row.period ? period_text(*row.period) : std::string(k_not_stated),
            row.kind == InterventionKind::Unknown ? std::string(k_not_stated)
                                                  : std::string(intervention_kind_label(row.kind)),
            amount_text(row.granted_sek),
            amount_text(row.used_sek),
            count_text(row.participants_total, kansli),
            count_text(row.participants_active, kansli),
            count_text(row.participants_ended, kansli),
            count_text(row.women, kansli),
            count_text(row.men, kansli),
            count_text(row.ended_to_work_or_studies, kansli),
            row.goals == 0
                ? std::string(k_not_stated)
                : std::to_string(row.goals_reached) + " av " + std::to_string(row.goals)};
        if (kansli)
            cells.push_back(std::to_string(row.reports_missing));
        table.rows.push_back(std::move(cells));
    }
    return table;
}

void add_summary(WordDocument& word, const BoardDocument& document) {
    word.add_heading(1, "Sammanställning");
    if (document.summary.empty()) {
        word.add_paragraph("Inga insatser var aktiva under perioden.");
        return;
    }
    word.add_table(summary_table(document));
    add_count_notes(word, document);
}

void add_sections(WordDocument& word, const std::vector<BoardSection>& sections, bool kansli_copy) {
    for (const BoardSection& section : sections) {
        word.add_heading(3, section.title);
        if (kansli_copy && section.edited)
            word.add_paragraph("Kansliets text i stället för rapportens.", ParagraphStyle::Note);
        for (const std::string& paragraph : split_paragraphs(section.text))
            word.add_paragraph(paragraph);
    }
}

void add_goals(WordDocument& word, const std::vector<BoardGoal>& goals, bool kansli_copy) {
    using enum CellAlignment;
    WordTable table{{{"Mål", 46, Left},
                     {"Målvärde", 12, Right},
                     {"Utfall", 12, Right},
                     {"Status", 16, Left},
                     {"Trend", 14, Left}},
                    {}};
    bool hidden = false;
    for (const BoardGoal& goal : goals) {
        std::string outcome = goal.outcome_hidden ? std::string(k_hidden) : outcome_text(goal);
        if (kansli_copy && goal.unconfirmed && !goal.outcome_hidden)
            outcome += k_unconfirmed;
        hidden = hidden || goal.outcome_hidden;
        table.rows.push_back({goal.text, target_text(goal), outcome,
                              std::string(goal_status_label(goal.status)),
                              std::string(trend_label(goal.trend))});
    }
    word.add_heading(3, "Måluppfyllelse");
    word.add_table(table);
    if (hidden)
        word.add_paragraph("”..” betyder att utfallet inte visas eftersom det gäller få deltagare.",
                           ParagraphStyle::Note);
}

void add_surveys(WordDocument& word, const std::vector<DataTable>& surveys, bool kansli_copy) {
    word.add_heading(3, "Enkätresultat");
    for (const DataTable& survey : surveys) {
        WordTable table{{}, {}};
        for (std::size_t index = 0; index < survey.columns.size(); ++index)
            table.columns.push_back({survey.columns[index], index == 0 ? 34 : 11,
                                     index < 2 ? CellAlignment::Left : CellAlignment::Right});
        for (const auto& row : survey.rows) {
            std::vector<std::string> texts;
            for (const DataCell& cell : row)
                texts.push_back(survey_cell_text(cell, kansli_copy));
            table.rows.push_back(std::move(texts));
        }
        word.add_paragraph(survey.title, ParagraphStyle::Note);
        word.add_table(table);
        for (const std::string& note : survey.notes)
            word.add_paragraph(note, ParagraphStyle::Note);
    }
}

// The chart across the text's width (16 cm of A4's 21, less Word's margins), at 150 dots per
// inch: sharp enough for print, and writing the PNG (cairo's libpng, its slowest part) takes
// half the time it does at 200.
constexpr double k_chart_width = 453;
constexpr double k_chart_height = 227;
constexpr double k_chart_pixels_per_point = 150.0 / 72;

void add_chart(WordDocument& word, const BoardChart& chart) {
    word.add_heading(3, chart.title);
    word.add_png_image(
        board_chart_png(chart, k_chart_width, k_chart_height, k_chart_pixels_per_point),
        k_chart_width, k_chart_height, board_chart_description(chart));
}

void add_intervention(WordDocument& word, const BoardIntervention& part, bool kansli_copy) {
    word.add_heading(2, part.name);
    if (!part.owner.empty())
        word.add_labelled_paragraph("Huvudman", part.owner);
    if (part.period)
        word.add_labelled_paragraph("Period", period_text(*part.period));
    if (part.source.empty())
        word.add_paragraph("Det finns ingen rapport från perioden att visa.", ParagraphStyle::Note);
    else
        word.add_labelled_paragraph("Källa", part.source);
    add_sections(word, part.sections, kansli_copy);
    if (!part.goals.empty())
        add_goals(word, part.goals, kansli_copy);
    if (!part.surveys.empty())
        add_surveys(word, part.surveys, kansli_copy);
    if (part.chart)
        add_chart(word, *part.chart);
}

void add_interventions(WordDocument& word, const BoardDocument& document) {
    std::optional<InterventionKind> group;
    for (const BoardIntervention& part : document.interventions) {
        if (group != part.kind) {
            // The first group follows the summary's section break, already on a new page.
            word.add_heading(1, kind_heading(part.kind), group ? PageBreak::Before : PageBreak::No);
            group = part.kind;
        }
        add_intervention(word, part, document.kansli_copy);
    }
}

void add_lessons(WordDocument& word, const BoardDocument& document) {
    word.add_heading(1, "Lärdomar", PageBreak::Before);
    if (document.lessons.empty()) {
        word.add_paragraph("Rapporterna från perioden beskriver inga lärdomar.");
        return;
    }
    for (const BoardLessons& lessons : document.lessons) {
        word.add_heading(2, lessons.intervention);
        add_sections(word, lessons.sections, document.kansli_copy);
    }
}

void add_attention(WordDocument& word, const BoardDocument& document) {
    word.add_heading(1, "Att se över innan rapporten går till styrelsen", PageBreak::Before);
    if (document.attention.empty()) {
        word.add_paragraph("Kansliet har inget att se över.");
        return;
    }
    for (const BoardAttention& item : document.attention) {
        if (item.intervention.empty())
            word.add_paragraph(item.text);
        else
            word.add_labelled_paragraph(item.intervention, item.text);
    }
}

} // namespace

tl::expected<std::string, std::string> board_report_docx(const BoardDocument& document) {
    WordDocument word(PageOrientation::Portrait);
    add_cover(word, document);
    word.add_page_break();
    word.add_table_of_contents("Innehåll");
    // Fourteen columns fit only across the page.
    word.start_section(PageOrientation::Landscape);
    add_summary(word, document);
    word.start_section(PageOrientation::Portrait);
    add_interventions(word, document);
    add_lessons(word, document);
    if (document.kansli_copy)
        add_attention(word, document);
    const std::string title = document.title + " " + document.period_label;
    return std::move(word).package(
        WordProperties{title, document.association, document.made_on, title});
}

} // namespace finsam
