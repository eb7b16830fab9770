#include "web/pages/SearchPage.h"

#include "output/SwedishLabels.h"
#include "web/pages/FormFields.h"
#include "web/pages/ReportText.h"

#include <httplib.h>

namespace finsam {

namespace {

constexpr ReportKind k_kinds[] = {ReportKind::Quarterly, ReportKind::Final, ReportKind::Compiled,
                                  ReportKind::Other};
constexpr ReportStatus k_statuses[] = {ReportStatus::Submitted, ReportStatus::Registered,
                                       ReportStatus::Reviewed, ReportStatus::Returned};

std::string joined(const std::vector<std::string>& ids) {
    std::string text;
    for (const auto& id : ids)
        text += (text.empty() ? "" : ",") + id;
    return text;
}

mstch::array section_options(const BoardLayout& layout, const SearchResults& results) {
    const std::string chosen = joined(results.asked.sections);
    mstch::array options;
    const auto add = [&](const std::string& value, const std::string& label) {
        options.push_back(
            mstch::map{{"value", value}, {"label", label}, {"selected", value == chosen}});
    };
    std::vector<std::string> lessons;
    for (const auto& heading : layout.lessons)
        lessons.push_back(heading.id);
    if (!lessons.empty())
        add(joined(lessons), "Lärdomar, framgångsfaktorer och systemfel");
    for (const auto* headings : {&layout.lessons, &layout.parts}) {
        for (const auto& heading : *headings)
            add(heading.id, heading.title);
    }
    if (results.shows_comments)
        add(std::string(k_comment_choice), "Kansliets begäran om komplettering");
    return options;
}

mstch::array excerpt_view(const std::vector<TextPart>& excerpt) {
    mstch::array parts;
    for (const auto& part : excerpt)
        parts.push_back(mstch::map{{"text", part.text}, {"hit", part.hit}});
    return parts;
}

mstch::map hit_view(const SearchHit& hit) {
    mstch::array passages;
    for (const auto& passage : hit.passages) {
        passages.push_back(
            mstch::map{{"heading", passage.heading}, {"parts", excerpt_view(passage.excerpt)}});
    }
    return mstch::map{
        {"href", "/rapporter/" + std::to_string(hit.report_id)},
        {"insats", hit.intervention_name},
        {"kind", std::string(kind_label(hit.kind))},
        {"period", period_text(hit.period)},
        {"status", hit.status ? std::string(status_label(*hit.status)) : std::string()},
        {"passages", passages}};
}

std::string found_text(const SearchResults& results) {
    if (results.total == 0 && results.reviewed_only)
        return "Inga granskade rapporter innehåller det du sökte efter. Styrelsen läser en "
               "rapport när kansliet har granskat den.";
    if (results.total == 0)
        return "Inga rapporter innehåller det du sökte efter.";
    if (results.total == 1)
        return "1 rapport";
    return std::to_string(results.total) + " rapporter, sida " + std::to_string(results.page) +
           " av " + std::to_string(results.page_count);
}

} // namespace

std::string search_query_string(const SearchAsked& asked, int page) {
    std::string query;
    const auto add = [&](const char* name, const std::string& value) {
        if (!value.empty())
            query += (query.empty() ? "?" : "&") + std::string(name) + "=" +
                     httplib::detail::encode_query_param(value);
    };
    add("q", asked.text);
    add("insats", asked.insats);
    add("period", asked.period ? to_string(*asked.period) : "");
    add("typ", asked.kind ? std::string(to_string(*asked.kind)) : "");
    add("avsnitt", joined(asked.sections));
    add("status", asked.status ? std::string(to_string(*asked.status)) : "");
    add("sida", page > 1 ? std::to_string(page) : "");
    return query;
}

mstch::map search_page(const SearchResults& results,
                       const std::vector<InterventionDetails>& interventions,
                       const BoardLayout& layout, const std::vector<FieldError>& errors) {
    const SearchAsked& asked = results.asked;
    mstch::array insats_options;
    for (const auto& details : interventions) {
        const std::string id = std::to_string(details.id);
        insats_options.push_back(
            mstch::map{{"value", id}, {"label", details.name}, {"selected", asked.insats == id}});
    }
    mstch::array kind_options;
    for (const ReportKind kind : k_kinds) {
        kind_options.push_back(mstch::map{{"value", std::string(to_string(kind))},
                                          {"label", std::string(kind_label(kind))},
                                          {"selected", asked.kind == kind}});
    }
    mstch::array status_options;
    for (const ReportStatus status : k_statuses) {
        status_options.push_back(mstch::map{{"value", std::string(to_string(status))},
                                            {"label", std::string(status_label(status))},
                                            {"selected", asked.status == status}});
    }
    mstch::array hits;
    for (const auto& hit : results.hits)
        hits.push_back(hit_view(hit));
    const bool has_previous = results.page > 1;
    const bool has_next = results.page < results.page_count;
    return mstch::map{
        {"errors", error_summary(errors)},
        {"has_errors", !errors.empty()},
        {"q", asked.text},
        {"period", asked.period ? to_string(*asked.period) : std::string()},
        {"period_error", error_for(errors, "period")},
        {"insats_options", insats_options},
        {"kind_options", kind_options},
        {"section_options", section_options(layout, results)},
        {"shows_status", results.shows_status},
        {"status_options", status_options},
        {"searched", results.searched},
        {"found", found_text(results)},
        {"has_hits", !hits.empty()},
        {"hits", hits},
        {"has_paging", has_previous || has_next},
        {"page", std::to_string(results.page)},
        {"previous",
         has_previous ? "/sok" + search_query_string(asked, results.page - 1) : std::string()},
        {"next", has_next ? "/sok" + search_query_string(asked, results.page + 1) : std::string()}};
}

} // namespace finsam
