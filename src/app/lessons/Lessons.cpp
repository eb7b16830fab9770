#include "app/lessons/Lessons.h"

#include "app/boardreport/PeriodReports.h"
#include "app/interventions/Interventions.h"
#include "app/reports/ShowReport.h"
#include "app/search/SearchReports.h"
#include "domain/Text.h"
#include "search/SwedishStemmer.h"
#include "storage/OverviewQueries.h"

#include <algorithm>
#include <set>

namespace finsam {

namespace {

constexpr std::size_t k_most_query_characters = 500;

/// The report and heading of each lesson text in which the index finds the query.
using Matches = std::set<std::pair<std::int64_t, std::string>>;

/// A lesson text's paragraphs (split at blank lines), the query's words marked.
std::vector<std::vector<TextPart>>
marked_paragraphs(const std::string& text, const SearchQuery& query, SwedishStemmer& stemmer) {
    std::vector<std::vector<TextPart>> paragraphs;
    for (const auto& paragraph : split_paragraphs(text)) {
        // As many words as the paragraph has: all of it, not an excerpt.
        auto parts = highlighted_excerpt(paragraph, query, stemmer, paragraph.size());
        if (parts.empty())
            parts.push_back({paragraph, false});
        paragraphs.push_back(std::move(parts));
    }
    return paragraphs;
}

/// The lesson headings whose texts hold the query, by report: the search index's matching
/// passages in the reader's scope, each section mapped back to its heading.
AppResult<Matches> matching_lessons(const AppContext& context, const SearchQuery& query,
                                    const Period& period, const BoardLayout& layout) {
    std::vector<std::string> lesson_ids;
    for (const auto& heading : layout.lessons)
        lesson_ids.push_back(heading.id);
    SearchRequest request;
    request.query = query;
    request.scope = search_scope(context);
    request.filter.period = period;
    request.filter.passages = passage_choices(layout, lesson_ids);
    const auto found = SearchIndex(context.database()).matching_passages(request);
    if (!found)
        return tl::unexpected(AppError::internal(found.error()));
    Matches matches;
    for (const auto& passage : *found) {
        for (const auto& heading : layout.lessons) {
            for (const auto& [kind, ids] : heading.sections) {
                if (std::find(ids.begin(), ids.end(), passage.section_id) != ids.end())
                    matches.insert({passage.report_id, heading.id});
            }
        }
    }
    return matches;
}

InterventionLessons empty_lessons(const InterventionDetails& details, const BoardLayout& layout) {
    InterventionLessons lessons{details.id, details.name, details.kind, {}};
    for (const auto& heading : layout.lessons)
        lessons.columns.push_back({heading.id, heading.title, {}});
    return lessons;
}

bool has_text(const InterventionLessons& lessons) {
    return std::any_of(lessons.columns.begin(), lessons.columns.end(),
                       [](const LessonColumn& column) { return !column.texts.empty(); });
}

/// What the texts are narrowed to and marked with; `matches` null when nothing is searched.
struct LessonSearch {
    const SearchQuery& query;
    const Matches* matches;
    SwedishStemmer& stemmer;
};

/// The insats's lesson texts in its reports of the period that the reader may read (and that
/// the search matched).
AppResult<InterventionLessons> lessons_found(const AppContext& context,
                                             const InterventionDetails& details,
                                             const std::vector<InterventionReportRow>& rows,
                                             const Period& period, const BoardLayout& layout,
                                             const LessonSearch& search) {
    InterventionLessons lessons = empty_lessons(details, layout);
    for (const auto* report : reports_of_period(rows, period, context.policy().disclosure())) {
        if (!gives_text(layout.lessons, report->kind))
            continue;
        const auto sections = readable_sections(context, report->report_id);
        if (!sections)
            return tl::unexpected(sections.error());
        for (auto& text : laid_out(layout.lessons, report->kind, *sections)) {
            if (search.matches && !search.matches->contains({report->report_id, text.id}))
                continue;
            auto column =
                std::find_if(lessons.columns.begin(), lessons.columns.end(),
                             [&](const LessonColumn& each) { return each.heading_id == text.id; });
            column->texts.push_back({report->report_id, source_label(*report), text.text,
                                     marked_paragraphs(text.text, search.query, search.stemmer)});
        }
    }
    return lessons;
}

} // namespace

AppResult<InterventionLessons> intervention_lessons(const AppContext& context,
                                                    const InterventionDetails& details,
                                                    const std::vector<InterventionReportRow>& rows,
                                                    const Period& period,
                                                    const BoardLayout& layout) {
    const SearchQuery nothing;
    SwedishStemmer stemmer;
    return lessons_found(context, details, rows, period, layout, {nothing, nullptr, stemmer});
}

AppResult<LessonsAsked> lessons_asked(const FieldSource& fields, const Date& today) {
    LessonsAsked asked;
    std::vector<FieldError> errors;
    if (auto selection =
            parse_period_selection(typed_period_or_year(fields.value("period"), today)))
        asked.selection = *selection;
    else
        errors.push_back({"period", selection.error()});
    asked.text = std::string(trim(fields.value("q")));
    if (asked.text.size() > k_most_query_characters)
        errors.push_back({"q", "Skriv högst 500 tecken att söka efter."});
    if (!errors.empty())
        return tl::unexpected(AppError::invalid(std::move(errors)));
    return asked;
}

AppResult<PeriodLessons> period_lessons(const AppContext& context, const LessonsAsked& asked,
                                        const BoardLayout& layout) {
    PeriodLessons result;
    result.asked = asked;
    const Period& period = asked.selection.period;
    SwedishStemmer stemmer;
    const SearchQuery query = reader_query(context, asked.text, stemmer);
    result.searched = !query.empty();
    result.reviewed_only = !context.policy().disclosure().unreviewed_reports;
    Matches matches;
    if (result.searched) {
        auto found = matching_lessons(context, query, period, layout);
        if (!found)
            return tl::unexpected(found.error());
        matches = std::move(*found);
        if (matches.empty())
            return result;
    }
    const auto interventions = list_interventions(context);
    if (!interventions)
        return tl::unexpected(interventions.error());
    OverviewQueries queries(context.database());
    const LessonSearch search{query, result.searched ? &matches : nullptr, stemmer};
    for (const auto& details : *interventions) {
        const auto rows = queries.intervention_reports(details.id);
        if (!rows)
            return tl::unexpected(AppError::internal(rows.error()));
        auto lessons = lessons_found(context, details, *rows, period, layout, search);
        if (!lessons)
            return tl::unexpected(lessons.error());
        if (has_text(*lessons))
            result.interventions.push_back(std::move(*lessons));
    }
    std::stable_sort(result.interventions.begin(), result.interventions.end(),
                     [](const InterventionLessons& left, const InterventionLessons& right) {
                         return std::pair(kind_rank(left.kind), left.name) <
                                std::pair(kind_rank(right.kind), right.name);
                     });
    return result;
}

AppResult<PeriodLessons> show_lessons(const AppContext& context, const LessonsAsked& asked,
                                      const BoardLayout& layout) {
    auto lessons = period_lessons(context, asked, layout);
    if (lessons)
        context.audit(AuditAction::View, AuditObject::Page, std::nullopt,
                      "lessons " + to_string(asked.selection));
    return lessons;
}

} // namespace finsam
