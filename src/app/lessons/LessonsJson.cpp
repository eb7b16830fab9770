#include "app/lessons/LessonsJson.h"

namespace finsam {

namespace {

using nlohmann::json;

json paragraph_json(const std::vector<TextPart>& paragraph) {
    json parts = json::array();
    for (const auto& part : paragraph)
        parts.push_back({{"text", part.text}, {"hit", part.hit}});
    return parts;
}

json text_json(const LessonText& text) {
    json paragraphs = json::array();
    for (const auto& paragraph : text.paragraphs)
        paragraphs.push_back(paragraph_json(paragraph));
    return {{"report", text.report_id},
            {"source", text.source},
            {"text", text.text},
            {"paragraphs", paragraphs}};
}

json intervention_json(const InterventionLessons& insats) {
    json headings = json::array();
    for (const auto& column : insats.columns) {
        json texts = json::array();
        for (const auto& text : column.texts)
            texts.push_back(text_json(text));
        headings.push_back({{"id", column.heading_id}, {"title", column.title}, {"texts", texts}});
    }
    return {{"id", insats.intervention_id},
            {"name", insats.name},
            {"kind", to_string(insats.kind)},
            {"headings", headings}};
}

} // namespace

json lessons_json(const PeriodLessons& lessons) {
    json interventions = json::array();
    for (const auto& insats : lessons.interventions)
        interventions.push_back(intervention_json(insats));
    const Period& period = lessons.asked.selection.period;
    return {{"period",
             {{"name", to_string(lessons.asked.selection)},
              {"start", format_iso(period.start)},
              {"end", format_iso(period.end)}}},
            {"query", lessons.asked.text},
            {"searched", lessons.searched},
            {"insatser", interventions}};
}

} // namespace finsam
