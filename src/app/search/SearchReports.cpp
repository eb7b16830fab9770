#include "app/search/SearchReports.h"

#include "analytics/SmallCountMentions.h"
#include "app/interventions/Interventions.h"
#include "domain/NameNormalisation.h"
#include "domain/Text.h"
#include "search/SwedishStemmer.h"

#include <algorithm>
#include <charconv>

namespace finsam {

namespace {

std::optional<std::int64_t> whole_number(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1)
        return std::nullopt;
    return value;
}

/// The avsnitt asked for: repeated fields, each perhaps a list separated by commas.
std::vector<std::string> section_ids(const FieldSource& fields) {
    std::vector<std::string> ids;
    std::vector<std::string> values = fields.values("avsnitt");
    if (values.empty() && fields.has("avsnitt"))
        values.push_back(fields.value("avsnitt"));
    for (const auto& value : values) {
        std::size_t start = 0;
        while (start <= value.size()) {
            const auto comma = std::min(value.find(',', start), value.size());
            const std::string id(trim(std::string_view(value).substr(start, comma - start)));
            if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
            start = comma + 1;
        }
    }
    return ids;
}

bool names_heading(const BoardLayout& layout, const std::string& id) {
    const auto named = [&](const BoardHeading& heading) { return heading.id == id; };
    return id == k_comment_choice || std::any_of(layout.parts.begin(), layout.parts.end(), named) ||
           std::any_of(layout.lessons.begin(), layout.lessons.end(), named);
}

/// The insats the reader named, as an id; NotFound when they cannot read one of that name.
AppResult<std::optional<std::int64_t>> named_intervention(const AppContext& context,
                                                          const std::string& insats) {
    if (insats.empty())
        return std::nullopt;
    if (const auto id = whole_number(insats))
        return id;
    const auto readable = list_interventions(context);
    if (!readable)
        return tl::unexpected(readable.error());
    const std::string wanted = normalise_intervention_name(insats);
    for (const auto& details : *readable) {
        if (normalise_intervention_name(details.name) == wanted)
            return details.id;
    }
    return tl::unexpected(AppError::of(ErrorCode::NotFound));
}

std::string heading_of(const FoundPassage& passage) {
    switch (passage.source) {
    case PassageSource::Goal:
        return "Mål";
    case PassageSource::Comment:
        return "Kansliets begäran om komplettering";
    case PassageSource::Section:
        break;
    }
    return passage.title.empty() ? passage.section_id : passage.title;
}

/// The report as the reader may see it: passages masked where the board reads no small
/// counts (before they are cut, so that no count is shown apart from its people), then cut
/// around the hits.
SearchHit hit_of(const FoundReport& found, const Disclosure& disclosure, const SearchQuery& query,
                 SwedishStemmer& stemmer) {
    SearchHit hit{found.report_id,
                  found.intervention_id,
                  found.intervention_name,
                  found.kind,
                  found.period,
                  std::nullopt,
                  {}};
    if (disclosure.work_status)
        hit.status = found.status;
    for (const auto& passage : found.passages) {
        const std::string text =
            disclosure.small_counts
                ? passage.text
                : mask_small_count_mentions(passage.text, disclosure.small_count_threshold);
        hit.passages.push_back({passage.source, passage.section_id, heading_of(passage),
                                highlighted_excerpt(text, query, stemmer)});
    }
    return hit;
}

bool is_count_word(const std::string& word) {
    return word == "två" || word == "tre" || word == "fyra" ||
           std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The query without the numbers in it; a phrase that loses a word as its other words.
SearchQuery without_counts(const SearchQuery& query) {
    SearchQuery kept;
    for (const auto& term : query.terms) {
        const auto counts = std::count_if(term.words.begin(), term.words.end(), is_count_word);
        if (counts == 0) {
            kept.terms.push_back(term);
            continue;
        }
        for (const auto& word : term.words) {
            if (!is_count_word(word))
                kept.terms.push_back({{word}, false, term.prefix});
        }
    }
    return kept;
}

} // namespace

SearchScope search_scope(const AppContext& context) {
    const AccessPolicy& policy = context.policy();
    return {context.user().association_id, policy.intervention_scope(),
            policy.disclosure().unreviewed_reports, policy.disclosure().history};
}

SearchQuery reader_query(const AppContext& context, std::string_view text,
                         SwedishStemmer& stemmer) {
    SearchQuery query = parse_search_query(text, stemmer);
    if (!context.policy().disclosure().small_counts)
        query = without_counts(query);
    return query;
}

AppResult<SearchAsked> search_asked(const FieldSource& fields, const BoardLayout& layout) {
    SearchAsked asked;
    std::vector<FieldError> errors;
    asked.text = std::string(trim(fields.value("q")));
    if (asked.text.size() > 500)
        errors.push_back({"q", "Skriv högst 500 tecken att söka efter."});
    asked.insats = std::string(trim(fields.value("insats")));
    if (const std::string period(trim(fields.value("period"))); !period.empty()) {
        auto selection = parse_period_selection(period);
        if (selection)
            asked.period = *selection;
        else
            errors.push_back({"period", selection.error()});
    }
    if (const std::string kind(trim(fields.value("typ"))); !kind.empty()) {
        asked.kind = report_kind_from_string(kind);
        if (!asked.kind)
            errors.push_back({"typ", "Välj en rapporttyp i listan."});
    }
    asked.sections = section_ids(fields);
    for (const auto& id : asked.sections) {
        if (!names_heading(layout, id)) {
            errors.push_back({"avsnitt", "Välj avsnitt i listan."});
            break;
        }
    }
    if (const std::string status(trim(fields.value("status"))); !status.empty()) {
        asked.status = report_status_from_string(status);
        if (!asked.status)
            errors.push_back({"status", "Välj en status i listan."});
    }
    if (const std::string page(trim(fields.value("sida"))); !page.empty()) {
        const auto number = whole_number(page);
        if (number && *number <= 10'000)
            asked.page = static_cast<int>(*number);
        else
            errors.push_back({"sida", "Sidan finns inte."});
    }
    if (!errors.empty())
        return tl::unexpected(AppError::invalid(std::move(errors)));
    return asked;
}

std::vector<PassageChoice> passage_choices(const BoardLayout& layout,
                                           const std::vector<std::string>& sections) {
    std::vector<PassageChoice> choices;
    const auto add_heading = [&](const BoardHeading& heading) {
        for (const auto& [kind, ids] : heading.sections) {
            for (const auto& id : ids)
                choices.push_back({PassageSource::Section, kind, id});
        }
    };
    for (const auto& id : sections) {
        if (id == k_comment_choice)
            choices.push_back({PassageSource::Comment, std::nullopt, ""});
        if (id == "mal")
            choices.push_back({PassageSource::Goal, std::nullopt, ""});
        for (const auto* headings : {&layout.parts, &layout.lessons}) {
            for (const auto& heading : *headings) {
                if (heading.id == id)
                    add_heading(heading);
            }
        }
    }
    return choices;
}

AppResult<SearchResults> search_reports(const AppContext& context, const SearchAsked& asked,
                                        const BoardLayout& layout) {
    const auto intervention = named_intervention(context, asked.insats);
    if (!intervention)
        return tl::unexpected(intervention.error());
    SearchResults results;
    results.asked = asked;
    results.page = asked.page;
    const Disclosure& disclosure = context.policy().disclosure();
    results.shows_status = disclosure.work_status;
    results.shows_comments = disclosure.history;
    results.reviewed_only = !disclosure.unreviewed_reports;

    SwedishStemmer stemmer;
    SearchRequest request;
    request.query = reader_query(context, asked.text, stemmer);
    const auto choices = passage_choices(layout, asked.sections);
    if (request.query.empty())
        return results;
    results.searched = true;
    // Headings whose sections no report kind has: nothing to find.
    if (!asked.sections.empty() && choices.empty())
        return results;
    request.scope = search_scope(context);
    request.filter = {*intervention,
                      asked.period ? std::optional(asked.period->period) : std::nullopt, asked.kind,
                      asked.status, choices};
    request.limit = k_search_page_size;
    request.offset = (asked.page - 1) * k_search_page_size;
    const auto found = SearchIndex(context.database()).search(request);
    if (!found)
        return tl::unexpected(AppError::internal(found.error()));
    results.total = found->total;
    results.page_count = (found->total + k_search_page_size - 1) / k_search_page_size;
    for (const auto& report : found->reports)
        results.hits.push_back(hit_of(report, disclosure, request.query, stemmer));
    return results;
}

AppResult<int> rebuild_search_index(const AppContext& context) {
    if (context.channel() != Channel::CommandLine)
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    const auto passages = SearchIndex(context.database()).rebuild();
    if (!passages)
        return tl::unexpected(AppError::internal(passages.error()));
    return *passages;
}

} // namespace finsam
