#include "app/search/SearchJson.h"

namespace finsam {

namespace {

using nlohmann::json;

json date_or_null(const std::optional<Date>& date) {
    return date ? json(format_iso(*date)) : json(nullptr);
}

json passage_json(const HitPassage& passage) {
    json parts = json::array();
    std::string text;
    for (const auto& part : passage.excerpt) {
        parts.push_back({{"text", part.text}, {"hit", part.hit}});
        text += part.text;
    }
    return {{"source", to_string(passage.source)},
            {"section", passage.section_id.empty() ? json(nullptr) : json(passage.section_id)},
            {"heading", passage.heading},
            {"excerpt", text},
            {"parts", parts}};
}

json hit_json(const SearchHit& hit, bool shows_status) {
    json passages = json::array();
    for (const auto& passage : hit.passages)
        passages.push_back(passage_json(passage));
    json report = {
        {"id", hit.report_id},
        {"insats", {{"id", hit.intervention_id}, {"name", hit.intervention_name}}},
        {"kind", to_string(hit.kind)},
        {"period",
         {{"start", date_or_null(hit.period.start)}, {"end", date_or_null(hit.period.end)}}},
        {"passages", passages}};
    if (shows_status && hit.status)
        report["status"] = to_string(*hit.status);
    return report;
}

} // namespace

json search_results_json(const SearchResults& results) {
    json reports = json::array();
    for (const auto& hit : results.hits)
        reports.push_back(hit_json(hit, results.shows_status));
    return {{"query", results.asked.text},
            {"total", results.total},
            {"page", results.page},
            {"pages", results.page_count},
            {"reports", reports}};
}

} // namespace finsam
