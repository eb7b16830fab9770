#include "web/pages/LessonsPage.h"

#include "web/pages/FormFields.h"

#include <httplib.h>

namespace finsam {

namespace {

mstch::array paragraphs_view(const LessonText& text) {
    mstch::array paragraphs;
    for (const auto& paragraph : text.paragraphs) {
        mstch::array parts;
        for (const auto& part : paragraph)
            parts.push_back(mstch::map{{"text", part.text}, {"hit", part.hit}});
        paragraphs.push_back(mstch::map{{"parts", parts}});
    }
    return paragraphs;
}

mstch::map column_view(const LessonColumn& column, const std::string& insats_id) {
    mstch::array texts;
    for (const auto& text : column.texts) {
        texts.push_back(mstch::map{{"href", "/rapporter/" + std::to_string(text.report_id)},
                                   {"source", text.source},
                                   {"paragraphs", paragraphs_view(text)}});
    }
    return mstch::map{{"heading_id", "lessons-" + insats_id + "-" + column.heading_id},
                      {"title", column.title},
                      {"has_texts", !texts.empty()},
                      {"texts", texts}};
}

mstch::map intervention_view(const InterventionLessons& insats) {
    const std::string id = std::to_string(insats.intervention_id);
    mstch::array columns;
    for (const auto& column : insats.columns)
        columns.push_back(column_view(column, id));
    return mstch::map{{"section_id", "lessons-" + id},
                      {"name", insats.name},
                      {"href", "/insatser/" + id},
                      {"columns", columns}};
}

std::string found_text(const PeriodLessons& lessons) {
    const auto count = lessons.interventions.size();
    if (count == 0) {
        const std::string nothing = lessons.searched
                                        ? "Inga lärdomar i perioden innehåller det du sökte efter."
                                        : "Periodens rapporter har inga lärdomar ännu.";
        return lessons.reviewed_only
                   ? nothing + " Styrelsen läser en rapport när kansliet har granskat den."
                   : nothing;
    }
    const std::string insatser = count == 1 ? "1 insats" : std::to_string(count) + " insatser";
    return lessons.searched ? insatser + " har lärdomar som innehåller det du sökte efter."
                            : insatser + " har lärdomar i perioden.";
}

/// The same search among every section of the period's reports, for reading further.
std::string search_href(const PeriodLessons& lessons) {
    return "/sok?q=" + httplib::detail::encode_query_param(lessons.asked.text) +
           "&period=" + httplib::detail::encode_query_param(to_string(lessons.asked.selection));
}

} // namespace

mstch::map lessons_page(const PeriodLessons& lessons, const std::string& typed_period,
                        const std::vector<FieldError>& errors) {
    mstch::array interventions;
    for (const auto& insats : lessons.interventions)
        interventions.push_back(intervention_view(insats));
    const bool readable = errors.empty();
    return mstch::map{{"errors", error_summary(errors)},
                      {"has_errors", !errors.empty()},
                      {"period", typed_period},
                      {"period_error", error_for(errors, "period")},
                      {"q", lessons.asked.text},
                      {"q_error", error_for(errors, "q")},
                      {"period_label",
                       readable ? period_selection_label(lessons.asked.selection) : std::string()},
                      {"shown", readable},
                      {"found", found_text(lessons)},
                      {"searched", lessons.searched},
                      {"search_href", search_href(lessons)},
                      {"interventions", interventions}};
}

} // namespace finsam
