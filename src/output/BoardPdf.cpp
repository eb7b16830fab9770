#include "output/BoardPdf.h"

#include "domain/Text.h"
#include "output/BoardChartDrawing.h"
#include "output/BoardGoalText.h"
#include "output/PdfPages.h"
#include "output/SurveyBoardTable.h"
#include "output/SwedishFormat.h"
#include "output/SwedishLabels.h"

#include <algorithm>
#include <cairo-pdf.h>
#include <memory>
#include <pango/pangocairo.h>

namespace finsam {

namespace {

constexpr double k_a4_width = 595.276;
constexpr double k_a4_height = 841.89;

constexpr PdfColor k_ink{0.12, 0.12, 0.12};
constexpr PdfColor k_heading_ink{0.09, 0.22, 0.38};
constexpr PdfColor k_quiet_ink{0.38, 0.40, 0.44};

constexpr PdfTextStyle k_body{PdfFont::Serif, 10.5, false, false, k_ink, 1.2};
constexpr PdfTextStyle k_note{PdfFont::Sans, 8, false, false, k_quiet_ink, 1.15};
constexpr PdfTextStyle k_note_italic{PdfFont::Serif, 9, false, true, k_quiet_ink, 1.15};
constexpr PdfTextStyle k_label{PdfFont::Sans, 9, true, false, k_quiet_ink, 1.2};
constexpr PdfTextStyle k_fact{PdfFont::Sans, 9.5, false, false, k_ink, 1.2};
constexpr PdfTextStyle k_chapter{PdfFont::Sans, 18, true, false, k_heading_ink, 1.1};
constexpr PdfTextStyle k_insats{PdfFont::Sans, 15, true, false, k_heading_ink, 1.1};
constexpr PdfTextStyle k_section{PdfFont::Sans, 11, true, false, k_heading_ink, 1.1};
constexpr PdfTextStyle k_table_header{PdfFont::Sans, 7.5, true, false, k_ink, 1.1};
constexpr PdfTextStyle k_table_cell{PdfFont::Sans, 8, false, false, k_ink, 1.1};
constexpr PdfTextStyle k_contents{PdfFont::Sans, 10.5, false, false, k_ink, 1.3};
constexpr PdfTextStyle k_contents_group{PdfFont::Sans, 10.5, true, false, k_ink, 1.3};

// Space kept below a heading for the first lines of what it heads, so that a heading never
// ends a page alone.
constexpr double k_keep_with_heading = 40;

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct GObjectDeleter {
    void operator()(void* object) const { g_object_unref(object); }
};

/// A heading the contents list names, with the page it landed on.
struct ContentsEntry {
    std::string title;
    int level = 0; // 0: a chapter; 1: an insats within a group
    int page = 0;
};

/// The insatser of one kind under their group's heading.
struct InterventionGroup {
    std::string title; // "Individinriktade insatser"
    std::vector<const BoardIntervention*> interventions;
};

std::vector<InterventionGroup> intervention_groups(const BoardDocument& document) {
    std::vector<InterventionGroup> groups{{"Individinriktade insatser", {}},
                                          {"Strukturinriktade insatser", {}},
                                          {"Övriga insatser", {}}};
    for (const auto& intervention : document.interventions) {
        auto index = intervention.kind == InterventionKind::Individual   ? 0
                     : intervention.kind == InterventionKind::Structural ? 1
                                                                         : 2;
        groups[static_cast<std::size_t>(index)].interventions.push_back(&intervention);
    }
    std::erase_if(groups, [](const auto& group) { return group.interventions.empty(); });
    return groups;
}

constexpr std::string_view k_attention_title = "Att se över innan rapporten går till styrelsen";

bool shows_attention(const BoardDocument& document) {
    return document.kansli_copy && !document.attention.empty();
}

/// The contents in the order the report is written; write() must place the headings in
/// the same order.
std::vector<ContentsEntry> contents_entries(const BoardDocument& document) {
    std::vector<ContentsEntry> entries{{"Sammanställning", 0, 0}};
    for (const auto& group : intervention_groups(document)) {
        entries.push_back({group.title, 0, 0});
        for (const auto* intervention : group.interventions)
            entries.push_back({intervention->name, 1, 0});
    }
    if (!document.lessons.empty())
        entries.push_back({"Lärdomar", 0, 0});
    if (shows_attention(document))
        entries.push_back({std::string(k_attention_title), 0, 0});
    return entries;
}

std::string period_text(const std::optional<Period>& period) {
    if (!period)
        return "";
    return format_iso(period->start) + " – " + format_iso(period->end);
}

// A count as the reader may see it: ".." when hidden; the kansli's copy adds its marks.
std::string count_text(const BoardCount& count, bool kansli_copy) {
    if (count.hidden)
        return "..";
    if (!count.value)
        return "";
    auto text = format_swedish_number(*count.value, 1);
    if (kansli_copy && count.marked)
        text += " *";
    if (kansli_copy && count.unconfirmed)
        text += " †";
    return text;
}

std::string pdf_number(double value) {
    return format_swedish_number(value, 1);
}

constexpr GoalNumberStyle k_goal_numbers{pdf_number, " "};

std::string target_text(const BoardGoal& goal) {
    return goal.target ? goal_value_text(*goal.target, goal, k_goal_numbers) : "";
}

std::string outcome_text(const BoardGoal& goal) {
    return goal.outcome ? goal_outcome_text(*goal.outcome, goal, k_goal_numbers) : "";
}

std::string funds_text(const std::optional<std::int64_t>& kronor) {
    return kronor ? format_swedish_number(static_cast<double>(*kronor), 0) : "";
}

std::string goals_reached_text(const BoardSummaryRow& row) {
    if (row.goals == 0)
        return "";
    auto text = std::to_string(row.goals_reached) + " av " + std::to_string(row.goals_judged);
    if (row.goals_judged < row.goals)
        text += " (" + std::to_string(row.goals) + " mål)";
    return text;
}

/// One pass over the document: lays it out on `pages`, and notes where each heading of the
/// contents landed. `known` is the first pass's result, whose page numbers the contents show.
class BoardPdfWriter {
public:
    BoardPdfWriter(const BoardDocument& document, PdfPages& pages,
                   const std::vector<ContentsEntry>* known)
        : m_document(document), m_pages(pages), m_known(known),
          m_entries(contents_entries(document)) {}

    std::vector<ContentsEntry> write() {
        cover();
        contents();
        summary();
        for (const auto& group : intervention_groups(m_document))
            write_group(group);
        lessons();
        attention();
        m_pages.finish();
        return m_entries;
    }

private:
    void cover() {
        m_pages.set_plain_page();
        m_pages.move_to_fraction(0.28);
        m_pages.paragraph(m_document.title, {PdfFont::Sans, 30, true, false, k_heading_ink, 1.1});
        m_pages.space(10);
        m_pages.paragraph(m_document.period_label,
                          {PdfFont::Sans, 18, false, false, k_heading_ink, 1.2});
        m_pages.space(18);
        m_pages.rule(k_heading_ink, 1.5);
        m_pages.space(18);
        m_pages.paragraph(m_document.association, {PdfFont::Sans, 14, false, false, k_ink, 1.2});
        m_pages.space(4);
        constexpr PdfTextStyle k_cover_fact{PdfFont::Sans, 11, false, false, k_quiet_ink, 1.3};
        // A label such as "2022 halvår 1" names the period; its dates are then said once.
        if (m_document.period_label != period_text(m_document.period))
            m_pages.paragraph("Period " + period_text(m_document.period), k_cover_fact);
        m_pages.paragraph("Upprättad " + format_iso(m_document.made_on), k_cover_fact);
        if (m_document.kansli_copy) {
            m_pages.move_to_fraction(0.85);
            m_pages.paragraph("Kansliets exemplar",
                              {PdfFont::Sans, 12, true, false, {0.62, 0.13, 0.10}, 1.2});
            m_pages.paragraph("Innehåller uppgifter som inte visas för styrelsen och en lista "
                              "över det som behöver ses över innan rapporten skickas.",
                              k_fact);
        }
        m_pages.new_page();
    }

    void contents() {
        m_pages.paragraph("Innehåll", k_chapter);
        m_pages.space(14);
        for (std::size_t index = 0; index < m_entries.size(); ++index) {
            const auto& entry = m_entries[index];
            std::optional<int> page;
            if (m_known && index < m_known->size())
                page = (*m_known)[index].page;
            if (entry.level == 0)
                m_pages.space(6);
            m_pages.contents_line(entry.title, page ? std::to_string(*page) : "",
                                  entry.level == 0 ? 0 : 16,
                                  entry.level == 0 ? k_contents_group : k_contents, page);
        }
        m_pages.new_page();
    }

    // A chapter's heading on a new page, with its contents entry and a bookmark.
    int chapter(std::string_view title) {
        m_pages.new_page();
        auto bookmark = place_entry(title, 0);
        m_pages.paragraph(title, k_chapter);
        m_pages.space(12);
        return bookmark;
    }

    int place_entry(std::string_view title, int parent) {
        if (m_next_entry < m_entries.size() && m_entries[m_next_entry].title == title)
            m_entries[m_next_entry++].page = m_pages.page();
        return m_pages.bookmark(title, parent, parent == 0);
    }

    void section_heading(const std::string& title) {
        m_pages.space(10);
        m_pages.ensure_space(m_pages.text_height(title, k_section) + k_keep_with_heading);
        m_pages.paragraph(title, k_section);
        m_pages.space(4);
    }

    void write_text(const std::string& body) {
        for (const auto& paragraph : split_paragraphs(body)) {
            m_pages.paragraph(paragraph, k_body);
            m_pages.space(6);
        }
    }

    void summary() {
        place_entry("Sammanställning", 0);
        m_pages.paragraph("Sammanställning", k_chapter);
        m_pages.space(6);
        m_pages.paragraph("Insatser som pågått under perioden " + period_text(m_document.period) +
                              ". Medel i kronor.",
                          k_fact);
        for (const auto& group : intervention_groups(m_document)) {
            section_heading(group.title);
            table_with_caption("Medel och mål", funds_and_goals_table(group));
            auto participants = participants_table(group);
            if (!participants.rows.empty()) {
                m_pages.space(10);
                table_with_caption("Deltagare", participants);
            }
        }
        m_pages.space(14);
        notes();
    }

    void table_with_caption(std::string_view caption, const PdfTable& table) {
        m_pages.ensure_space(m_pages.text_height(caption, k_label) + k_keep_with_heading);
        m_pages.paragraph(caption, k_label);
        m_pages.space(3);
        m_pages.table(table);
    }

    std::vector<const BoardSummaryRow*> summary_rows(const InterventionGroup& group) const {
        std::vector<const BoardSummaryRow*> rows;
        for (const auto* intervention : group.interventions)
            for (const auto& row : m_document.summary)
                if (row.intervention_id == intervention->intervention_id)
                    rows.push_back(&row);
        return rows;
    }

    PdfTable funds_and_goals_table(const InterventionGroup& group) const {
        PdfTable table{{{"Insats", 2.3, PdfAlign::Left},
                        {"Huvudman", 1.7, PdfAlign::Left},
                        {"Period", 1.3, PdfAlign::Left},
                        {"Beviljade medel", 1.15, PdfAlign::Right},
                        {"Utnyttjade medel", 1.15, PdfAlign::Right},
                        {"Uppnådda mål av bedömda", 1.15, PdfAlign::Right},
                        {"Saknade rapporter", 1.2, PdfAlign::Right}},
                       {},
                       k_table_header,
                       k_table_cell};
        for (const auto* row : summary_rows(group))
            table.rows.push_back({row->name, row->owner, period_text(row->period),
                                  funds_text(row->granted_sek), funds_text(row->used_sek),
                                  goals_reached_text(*row), std::to_string(row->reports_missing)});
        return table;
    }

    // Participants of the insatser that state any: a structural insats has none of its own.
    PdfTable participants_table(const InterventionGroup& group) const {
        PdfTable table{{{"Insats", 2.3, PdfAlign::Left},
                        {"Totalt", 1, PdfAlign::Right},
                        {"Aktiva", 1, PdfAlign::Right},
                        {"Avslutade", 1, PdfAlign::Right},
                        {"Kvinnor", 1, PdfAlign::Right},
                        {"Män", 1, PdfAlign::Right},
                        {"Avslutade till arbete eller studier", 1.6, PdfAlign::Right}},
                       {},
                       k_table_header,
                       k_table_cell};
        auto kansli = m_document.kansli_copy;
        for (const auto* row : summary_rows(group)) {
            std::vector<std::string> cells{row->name,
                                           count_text(row->participants_total, kansli),
                                           count_text(row->participants_active, kansli),
                                           count_text(row->participants_ended, kansli),
                                           count_text(row->women, kansli),
                                           count_text(row->men, kansli),
                                           count_text(row->ended_to_work_or_studies, kansli)};
            auto stated = std::any_of(cells.begin() + 1, cells.end(),
                                      [](const auto& cell) { return !cell.empty(); });
            if (stated)
                table.rows.push_back(std::move(cells));
        }
        return table;
    }

    void notes() {
        constexpr double k_mark_width = 48;
        auto threshold = std::to_string(m_document.small_count_threshold);
        // The legend is read as one: its heading and its few lines stay on one page.
        m_pages.ensure_space(m_document.kansli_copy ? 96 : 60);
        m_pages.paragraph("Teckenförklaring", k_label);
        m_pages.space(2);
        m_pages.label_and_text("..",
                               "Uppgiften visas inte: färre än " + threshold +
                                   " deltagare, eller en uppgift som skulle avslöja ett "
                                   "sådant antal.",
                               k_mark_width, k_note, k_note);
        m_pages.label_and_text("Tom ruta", "Uppgiften har inte lämnats.", k_mark_width, k_note,
                               k_note);
        if (m_document.kansli_copy) {
            m_pages.label_and_text("*",
                                   "Visas inte för styrelsen: färre än " + threshold +
                                       " deltagare, eller en uppgift som skulle avslöja "
                                       "ett sådant antal.",
                                   k_mark_width, k_note, k_note);
            m_pages.label_and_text("†", "Läst ur rapportens text, ej bekräftad av kansliet.",
                                   k_mark_width, k_note, k_note);
        }
    }

    void write_group(const InterventionGroup& group) {
        auto bookmark = chapter(group.title);
        bool first = true;
        for (const auto* intervention : group.interventions) {
            // Each insats starts on a page of its own, the first right under its group's
            // heading, so that one insats's pages can be read, printed or sent on alone.
            if (!first)
                m_pages.new_page();
            first = false;
            write_intervention(*intervention, bookmark);
        }
    }

    void write_intervention(const BoardIntervention& intervention, int group_bookmark) {
        place_entry(intervention.name, group_bookmark);
        m_pages.paragraph(intervention.name, k_insats);
        m_pages.space(8);
        constexpr double k_label_width = 110;
        m_pages.label_and_text("Projektägare",
                               intervention.owner.empty() ? "Uppgift saknas" : intervention.owner,
                               k_label_width, k_label, k_fact);
        m_pages.label_and_text(
            "Period", intervention.period ? period_text(intervention.period) : "Uppgift saknas",
            k_label_width, k_label, k_fact);
        m_pages.label_and_text("Typ", intervention_kind_label(intervention.kind), k_label_width,
                               k_label, k_fact);
        m_pages.label_and_text("Underlag",
                               intervention.source.empty()
                                   ? "Ingen rapport från perioden kan visas."
                                   : intervention.source,
                               k_label_width, k_label, k_fact);
        m_pages.space(6);
        m_pages.rule({0.80, 0.83, 0.87}, 0.5);
        for (const auto& section : intervention.sections)
            write_section(section);
        if (!intervention.goals.empty()) {
            section_heading("Mål och utfall");
            m_pages.table(goals_table(intervention));
        }
        for (const DataTable& survey : intervention.surveys)
            write_survey(survey);
        if (intervention.chart)
            write_chart(*intervention.chart);
    }

    // The chart under its heading, both on one page.
    void write_chart(const BoardChart& chart) {
        constexpr double k_chart_height = 230;
        // The heading's space above and below it, as section_heading() leaves it.
        m_pages.ensure_space(10 + m_pages.text_height(chart.title, k_section) + 4 + 4 +
                             k_chart_height);
        section_heading(chart.title);
        m_pages.space(4);
        m_pages.drawing(k_chart_height, [&](cairo_t* cr, PangoContext* context, const PdfBox& box) {
            draw_board_chart(cr, context, chart, {box.x, box.y, box.width, box.height});
        });
    }

    void write_section(const BoardSection& section) {
        section_heading(section.title);
        if (m_document.kansli_copy && section.edited) {
            m_pages.paragraph("Texten är redigerad av kansliet.", k_note_italic);
            m_pages.space(3);
        }
        write_text(section.text);
    }

    // The question takes the room; the last column ("Förändring") is the widest word of the
    // figures' headings and must not break inside it.
    static double survey_column_width(const DataTable& survey, std::size_t index) {
        if (index == 0)
            return 2.35;
        return index + 1 == survey.columns.size() ? 1.15 : 0.9;
    }

    void write_survey(const DataTable& survey) {
        section_heading("Enkätresultat: " + survey.title);
        PdfTable table{{}, {}, k_table_header, k_table_cell};
        for (std::size_t index = 0; index < survey.columns.size(); ++index)
            table.columns.push_back({survey.columns[index], survey_column_width(survey, index),
                                     index < 2 ? PdfAlign::Left : PdfAlign::Right});
        for (const auto& row : survey.rows) {
            std::vector<std::string> texts;
            for (const DataCell& cell : row)
                texts.push_back(survey_cell_text(cell, m_document.kansli_copy));
            table.rows.push_back(std::move(texts));
        }
        m_pages.table(table);
        for (const std::string& note : survey.notes)
            m_pages.paragraph(note, k_note_italic);
    }

    PdfTable goals_table(const BoardIntervention& intervention) const {
        PdfTable table{{{"Mål", 3.2, PdfAlign::Left},
                        {"Målvärde", 0.9, PdfAlign::Right},
                        {"Utfall", 0.9, PdfAlign::Right},
                        {"Status", 1.1, PdfAlign::Left},
                        {"Trend", 1.0, PdfAlign::Left}},
                       {},
                       k_table_header,
                       k_table_cell};
        for (const auto& goal : intervention.goals) {
            auto outcome = goal.outcome_hidden ? ".." : outcome_text(goal);
            if (m_document.kansli_copy && goal.unconfirmed && !goal.outcome_hidden)
                outcome += " †";
            table.rows.push_back({goal.text, target_text(goal), outcome,
                                  std::string(goal_status_label(goal.status)),
                                  std::string(trend_label(goal.trend))});
        }
        return table;
    }

    void lessons() {
        if (m_document.lessons.empty())
            return;
        auto bookmark = chapter("Lärdomar");
        m_pages.paragraph("Framgångsfaktorer, systemfel och lärdomar ur periodens rapporter.",
                          k_fact);
        for (const auto& lessons : m_document.lessons) {
            m_pages.space(16);
            m_pages.ensure_space(m_pages.text_height(lessons.intervention, k_insats) +
                                 k_keep_with_heading * 2);
            m_pages.bookmark(lessons.intervention, bookmark, false);
            m_pages.paragraph(lessons.intervention,
                              {PdfFont::Sans, 13, true, false, k_heading_ink, 1.1});
            for (const auto& section : lessons.sections)
                write_section(section);
        }
    }

    void attention() {
        if (!shows_attention(m_document))
            return;
        chapter(k_attention_title);
        std::string current;
        bool first = true;
        for (const auto& item : m_document.attention) {
            if (first || item.intervention != current) {
                section_heading(item.intervention.empty() ? "Rapporten som helhet"
                                                          : item.intervention);
                current = item.intervention;
                first = false;
            }
            m_pages.label_and_text("•", item.text, 14, k_fact, k_fact);
            m_pages.space(2);
        }
    }

    const BoardDocument& m_document;
    PdfPages& m_pages;
    const std::vector<ContentsEntry>* m_known;
    std::vector<ContentsEntry> m_entries;
    std::size_t m_next_entry = 0;
};

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string cairo_error(cairo_status_t status) {
    return std::string("cairo: ") + cairo_status_to_string(status);
}

struct Pass {
    std::string pdf;
    std::vector<ContentsEntry> entries;
    int page_count = 0;
};

/// Lays the document out once. The first pass learns where the headings land and how many
/// pages there are; the second writes the same pages with those numbers in the contents and
/// the footers. The numbers take no more room than the blanks, so nothing moves between them.
tl::expected<Pass, std::string> write_pass(const BoardDocument& document, const Pass* first_pass) {
    Pass pass;
    std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
        cairo_pdf_surface_create_for_stream(append_to_string, &pass.pdf, k_a4_width, k_a4_height));
    if (auto status = cairo_surface_status(surface.get()); status != CAIRO_STATUS_SUCCESS)
        return tl::unexpected(cairo_error(status));

    auto title = document.title + " " + document.period_label;
    auto created = format_iso(document.made_on) + "T00:00:00";
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR,
                                   document.association.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Finsam uppföljning");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, created.c_str());

    {
        std::unique_ptr<cairo_t, ContextDeleter> cr(cairo_create(surface.get()));
        // A font map of our own, freed with this pass, rather than pango's per-thread
        // default that lives until the thread ends.
        std::unique_ptr<PangoFontMap, GObjectDeleter> font_map(pango_cairo_font_map_new());
        std::unique_ptr<PangoContext, GObjectDeleter> context(
            pango_font_map_create_context(font_map.get()));
        pango_cairo_update_context(cr.get(), context.get());
        // Glyphs where the font puts them, not rounded to a screen's pixels: this is print.
        pango_context_set_round_glyph_positions(context.get(), FALSE);

        // The kansli's copy says so on every page, so that no printed page of it reaches the
        // board by mistake.
        PdfFurniture furniture{
            document.title + " " + document.period_label + " – " + document.association +
                (document.kansli_copy ? " – Kansliets exemplar" : ""),
            first_pass ? std::optional<int>(first_pass->page_count) : std::nullopt, k_note};
        PdfPages pages(cr.get(), context.get(), furniture);
        BoardPdfWriter writer(document, pages, first_pass ? &first_pass->entries : nullptr);
        pass.entries = writer.write();
        pass.page_count = pages.page();
        if (auto status = cairo_status(cr.get()); status != CAIRO_STATUS_SUCCESS)
            return tl::unexpected(cairo_error(status));
    }
    cairo_surface_finish(surface.get());
    if (auto status = cairo_surface_status(surface.get()); status != CAIRO_STATUS_SUCCESS)
        return tl::unexpected(cairo_error(status));
    return pass;
}

} // namespace

tl::expected<std::string, std::string> board_report_pdf(const BoardDocument& document) {
    auto first = write_pass(document, nullptr);
    if (!first)
        return tl::unexpected(first.error());
    auto second = write_pass(document, &*first);
    if (!second)
        return tl::unexpected(second.error());
    return std::move(second->pdf);
}

} // namespace finsam
