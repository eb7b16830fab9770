#include "web/pages/BoardReportPage.h"

#include "output/BoardTables.h"
#include "output/SwedishFormat.h"
#include "web/pages/DataTableView.h"
#include "web/pages/FormFields.h"
#include "web/pages/ReportText.h"

#include <algorithm>
#include <httplib.h>

namespace finsam {

namespace {

std::string encoded(const std::string& text) {
    return httplib::detail::encode_query_param(text);
}

std::string download_link(const std::string& typed_period, const std::string& format) {
    return "/styrelserapport?period=" + encoded(typed_period) + "&format=" + format;
}

std::string edit_link(const std::string& typed_period, std::int64_t intervention_id,
                      const std::string& heading) {
    return "/styrelserapport/text?period=" + encoded(typed_period) +
           "&insats=" + std::to_string(intervention_id) + "&rubrik=" + encoded(heading);
}

mstch::map form_view(const std::string& typed_period, const std::vector<FieldError>& errors) {
    return mstch::map{{"period", form_field("period", "Period", typed_period, errors)},
                      {"errors", error_summary(errors)},
                      {"has_errors", !errors.empty()},
                      {"has_report", false}};
}

/// Every heading of the layout for an insats's part: its text in the report (or the
/// kansli's), and for the kansli a link to change it.
mstch::array headings_view(const BoardIntervention& part, const BoardLayout& layout,
                           const std::string& typed_period) {
    mstch::array headings;
    for (const auto& heading : layout.parts) {
        const auto section =
            std::find_if(part.sections.begin(), part.sections.end(),
                         [&](const BoardSection& s) { return s.id == heading.id; });
        const bool has_text = section != part.sections.end();
        headings.push_back(mstch::map{
            {"title", heading.title},
            {"has_text", has_text},
            {"paragraphs", has_text ? paragraphs(section->text) : mstch::array{}},
            {"edited", has_text && section->edited},
            {"edit", edit_link(typed_period, part.intervention_id, heading.id)},
        });
    }
    return headings;
}

/// The reports the kansli may take the text from; the first option, chosen by kind.
mstch::array choices_view(const BoardIntervention& part) {
    mstch::array choices;
    for (const auto& choice : part.source_choices) {
        choices.push_back(mstch::map{{"report_id", std::to_string(choice.report_id)},
                                     {"label", choice.label},
                                     {"selected", part.source_chosen && choice.chosen}});
    }
    return choices;
}

/// The insats's survey results, a table each.
mstch::array surveys_view(const BoardIntervention& part) {
    mstch::array surveys;
    for (std::size_t index = 0; index < part.surveys.size(); ++index)
        surveys.push_back(
            data_table_view(part.surveys[index], "enkat-" + std::to_string(part.intervention_id) +
                                                     "-" + std::to_string(index + 1)));
    return surveys;
}

mstch::map part_view(const BoardIntervention& part, const BoardLayout& layout,
                     const std::string& typed_period) {
    return mstch::map{
        {"choices", choices_view(part)},
        {"has_choices", !part.source_choices.empty()},
        {"by_kind", !part.source_chosen},
        {"id", std::to_string(part.intervention_id)},
        {"name", part.name},
        {"owner", part.owner},
        {"period", part.period
                       ? format_iso(part.period->start) + " – " + format_iso(part.period->end)
                       : std::string("Ej angiven")},
        {"source", part.source},
        {"headings", headings_view(part, layout, typed_period)},
        {"surveys", surveys_view(part)},
    };
}

} // namespace

mstch::map board_report_page(const BoardDocument& document, const BoardLayout& layout,
                             const std::string& typed_period) {
    mstch::map view = form_view(typed_period, {});
    view["has_report"] = true;
    view["typed_period"] = typed_period;
    view["label"] = document.period_label;
    view["kansli"] = document.kansli_copy;
    for (const char* format : {"html", "docx", "pdf", "xlsx"})
        view[format] = download_link(typed_period, format);
    const auto tables = board_report_tables(document);
    view["summary"] =
        tables.empty() ? mstch::map{} : data_table_view(tables.front(), "sammanstallning");
    mstch::array attention;
    for (const auto& item : document.attention)
        attention.push_back(mstch::map{{"intervention", item.intervention}, {"text", item.text}});
    view["has_attention"] = !attention.empty();
    view["attention"] = attention;
    mstch::array parts;
    for (const auto& part : document.interventions)
        parts.push_back(part_view(part, layout, typed_period));
    view["interventions"] = parts;
    return view;
}

mstch::map board_report_form_page(const std::string& typed_period,
                                  const std::vector<FieldError>& errors) {
    return form_view(typed_period, errors);
}

mstch::map board_text_page(const BoardTextForm& form, const std::vector<FieldError>& errors) {
    mstch::map text = form_field("text", form.heading_title, form.text, errors);
    text["rows"] = std::string("16"); // a section of a report runs to several paragraphs
    return mstch::map{
        {"period", form.typed_period},
        {"label", form.period_label},
        {"insats_id", std::to_string(form.intervention_id)},
        {"insats", form.intervention},
        {"heading", form.heading},
        {"heading_title", form.heading_title},
        {"text", text},
        {"has_report_text", !form.report_text.empty()},
        {"report_text", paragraphs(form.report_text)},
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
        {"back", board_report_path(form.typed_period, form.intervention_id)},
    };
}

std::string board_report_path(const std::string& typed_period, std::int64_t intervention_id) {
    std::string path = "/styrelserapport?period=" + encoded(typed_period);
    if (intervention_id > 0)
        path += "#insats-" + std::to_string(intervention_id);
    return path;
}

} // namespace finsam
