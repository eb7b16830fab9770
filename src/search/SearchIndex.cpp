#include "search/SearchIndex.h"

#include "storage/Guarded.h"
#include "storage/SearchPassages.h"
#include "storage/SociConversions.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <deque>
#include <map>
#include <stdexcept>
#include <variant>

namespace finsam {

namespace {

constexpr std::pair<PassageSource, std::string_view> k_source_names[] = {
    {PassageSource::Section, "section"},
    {PassageSource::Goal, "goal"},
    {PassageSource::Comment, "comment"},
};

/// Where the backends differ: how passages are matched and scored.
struct MatchSql {
    std::string from;  // search_passages as p, with reports as r joined
    std::string where; // the match, with one placeholder :match
    std::string score; // higher is better
    std::string match; // the value bound to :match
};

MatchSql match_sql(DatabaseBackend backend, const SearchRequest& request) {
    if (backend == DatabaseBackend::Postgresql) {
        return {"search_passages p JOIN reports r ON r.id = p.report_id, "
                "to_tsquery('swedish', :match) q",
                "p.document @@ q", "ts_rank(p.document, q)", tsquery_expression(request.query)};
    }
    // The förbund is a word of the scope column, so FTS5 keeps to its passages itself
    // instead of handing every förbund's matches to the join. bm25 is lower for better
    // matches, and weighs the scope column nothing.
    // CROSS JOIN keeps the index the outer loop: SQLite would otherwise read the förbund's
    // passages and evaluate the whole match again for each of them.
    return {"search_index CROSS JOIN search_passages p ON p.id = search_index.rowid "
            "CROSS JOIN reports r ON r.id = p.report_id",
            "search_index MATCH :match", "-bm25(search_index, 1.0, 0.0)",
            fts5_expression(request.query) + " AND scope : \"" +
                std::to_string(request.scope.association_id) + "\""};
}

/// SQL conditions and the values they bind, in order.
class Conditions {
public:
    void add(const std::string& sql) { m_sql += " AND " + sql; }
    /// A placeholder for `value`, bound in the order added.
    std::string bind(std::variant<std::string, std::int64_t> value) {
        m_values.push_back(std::move(value));
        return ":v" + std::to_string(m_values.size());
    }
    std::string in_list(const std::vector<std::int64_t>& ids) {
        if (ids.empty())
            return "(NULL)";
        std::string list = "(";
        for (const auto id : ids)
            list += (list.size() > 1 ? ", " : "") + bind(id);
        return list + ")";
    }
    const std::string& sql() const { return m_sql; }

    void exchange_into(soci::statement& statement) const {
        for (const auto& value : m_values)
            std::visit([&](const auto& bound) { statement.exchange(soci::use(bound)); }, value);
    }

private:
    std::string m_sql;
    std::deque<std::variant<std::string, std::int64_t>> m_values; // stable while bound
};

std::string source_name(PassageSource source) {
    return std::string(to_string(source));
}

void add_passage_choices(Conditions& conditions, const std::vector<PassageChoice>& choices) {
    if (choices.empty())
        return;
    std::string any;
    for (const auto& choice : choices) {
        std::string one = "(p.source = " + conditions.bind(source_name(choice.source));
        if (choice.kind)
            one += " AND r.kind = " + conditions.bind(std::string(to_string(*choice.kind)));
        if (choice.source == PassageSource::Section && !choice.section_id.empty())
            one += " AND p.section_id = " + conditions.bind(choice.section_id);
        any += (any.empty() ? "" : " OR ") + one + ")";
    }
    conditions.add("(" + any + ")");
}

/// The scope's and the filter's conditions on p, the passage, and r, its report.
Conditions conditions_of(const SearchRequest& request) {
    Conditions conditions;
    const SearchScope& scope = request.scope;
    const SearchFilter& filter = request.filter;
    conditions.add("p.association_id = " + conditions.bind(scope.association_id));
    if (scope.interventions)
        conditions.add("r.intervention_id IN " + conditions.in_list(*scope.interventions));
    if (!scope.unreviewed_reports)
        conditions.add("r.status = " +
                       conditions.bind(std::string(to_string(ReportStatus::Reviewed))));
    if (!scope.comments)
        conditions.add("p.source <> " + conditions.bind(source_name(PassageSource::Comment)));
    if (filter.intervention_id)
        conditions.add("r.intervention_id = " + conditions.bind(*filter.intervention_id));
    if (filter.period) {
        conditions.add("r.period_start <= " + conditions.bind(format_iso(filter.period->end)));
        conditions.add("r.period_end >= " + conditions.bind(format_iso(filter.period->start)));
    }
    if (filter.kind)
        conditions.add("r.kind = " + conditions.bind(std::string(to_string(*filter.kind))));
    if (filter.status)
        conditions.add("r.status = " + conditions.bind(std::string(to_string(*filter.status))));
    add_passage_choices(conditions, filter.passages);
    return conditions;
}

struct RankedReport {
    std::int64_t report_id = 0;
    double score = 0;
    std::vector<std::pair<std::int64_t, double>> passages = {}; // id and score, best first
};

/// One page of the matching reports in scope, best first, with their matching passages' ids;
/// and how many reports match in all. One query: the matches are found and scored once.
std::pair<int, std::vector<RankedReport>> ranked_page(soci::session& session, const MatchSql& match,
                                                      const Conditions& conditions, int limit,
                                                      int offset) {
    // Materialised: SQLite can call bm25() only in a query that reads the FTS5 table row by
    // row, not in an aggregate or a join over it; and the matches are read once.
    const std::string sql =
        "WITH matched AS MATERIALIZED (SELECT p.report_id, p.id, " + match.score +
        " AS score FROM " + match.from + " WHERE " + match.where + conditions.sql() +
        "), best AS MATERIALIZED (SELECT report_id, MAX(score) AS best FROM matched "
        "GROUP BY report_id), page AS (SELECT report_id, best FROM best "
        "ORDER BY best DESC, report_id LIMIT :limit OFFSET :offset) "
        "SELECT t.total, x.report_id, x.id, x.score, x.best "
        "FROM (SELECT COUNT(*) AS total FROM best) t LEFT JOIN (SELECT m.report_id, m.id, "
        "m.score, page.best FROM page JOIN matched m ON m.report_id = page.report_id) x "
        "ON 1 = 1 ORDER BY x.best DESC, x.report_id, x.score DESC, x.id";
    std::int64_t total = 0;
    std::optional<std::int64_t> report_id;
    std::optional<std::int64_t> passage_id;
    std::optional<double> score;
    std::optional<double> best;
    soci::statement statement(session);
    statement.exchange(soci::use(match.match));
    conditions.exchange_into(statement);
    statement.exchange(soci::use(limit));
    statement.exchange(soci::use(offset));
    statement.exchange(soci::into(total));
    statement.exchange(soci::into(report_id));
    statement.exchange(soci::into(passage_id));
    statement.exchange(soci::into(score));
    statement.exchange(soci::into(best));
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute();
    std::vector<RankedReport> page;
    while (statement.fetch()) {
        if (!report_id || !passage_id)
            continue;
        if (page.empty() || page.back().report_id != *report_id)
            page.push_back({*report_id, best.value_or(0), {}});
        if (page.back().passages.size() < k_passages_per_report)
            page.back().passages.emplace_back(*passage_id, score.value_or(0));
    }
    return {static_cast<int>(total), std::move(page)};
}

/// The passages of these ids, by id.
std::map<std::int64_t, FoundPassage> passages_by_id(soci::session& session,
                                                    const std::vector<std::int64_t>& ids) {
    Conditions conditions;
    const std::string sql = "SELECT p.id, p.source, p.section_id, p.title, p.text "
                            "FROM search_passages p WHERE p.id IN " +
                            conditions.in_list(ids);
    std::int64_t id = 0;
    std::string source;
    FoundPassage row;
    soci::statement statement(session);
    conditions.exchange_into(statement);
    statement.exchange(soci::into(id));
    statement.exchange(soci::into(source));
    statement.exchange(soci::into(row.section_id));
    statement.exchange(soci::into(row.title));
    statement.exchange(soci::into(row.text));
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute();
    std::map<std::int64_t, FoundPassage> passages;
    while (statement.fetch()) {
        const auto known = passage_source_from_string(source);
        if (!known)
            throw std::runtime_error("a search passage has an unknown source");
        row.source = *known;
        passages[id] = row;
    }
    return passages;
}

/// The page's reports as found, in rank order, with their insats, kind, period and status.
std::vector<FoundReport> headings_of(soci::session& session,
                                     const std::vector<RankedReport>& page) {
    std::vector<FoundReport> reports;
    if (page.empty())
        return reports;
    std::vector<std::int64_t> ids;
    for (const auto& ranked : page)
        ids.push_back(ranked.report_id);
    Conditions conditions;
    const std::string sql =
        "SELECT r.id, r.intervention_id, i.name, r.kind, r.period_start, r.period_end, r.status "
        "FROM reports r JOIN interventions i ON i.id = r.intervention_id WHERE r.id IN " +
        conditions.in_list(ids);
    FoundReport row;
    std::string kind;
    std::string status;
    soci::statement statement(session);
    conditions.exchange_into(statement);
    statement.exchange(soci::into(row.report_id));
    statement.exchange(soci::into(row.intervention_id));
    statement.exchange(soci::into(row.intervention_name));
    statement.exchange(soci::into(kind));
    statement.exchange(soci::into(row.period.start));
    statement.exchange(soci::into(row.period.end));
    statement.exchange(soci::into(status));
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute();
    std::map<std::int64_t, FoundReport> by_id;
    while (statement.fetch()) {
        const auto known_kind = report_kind_from_string(kind);
        const auto known_status = report_status_from_string(status);
        if (!known_kind || !known_status)
            throw std::runtime_error("a found report has an unknown kind or status");
        row.kind = *known_kind;
        row.status = *known_status;
        by_id[row.report_id] = row;
    }
    for (const auto& ranked : page) {
        auto found = by_id.find(ranked.report_id);
        if (found == by_id.end())
            continue;
        found->second.score = ranked.score;
        reports.push_back(std::move(found->second));
    }
    return reports;
}

} // namespace

std::string_view to_string(PassageSource source) {
    for (const auto& [known, name] : k_source_names) {
        if (known == source)
            return name;
    }
    return "section";
}

std::optional<PassageSource> passage_source_from_string(std::string_view name) {
    for (const auto& [known, known_name] : k_source_names) {
        if (known_name == name)
            return known;
    }
    return std::nullopt;
}

tl::expected<FoundReports, StorageError> SearchIndex::search(const SearchRequest& request) {
    if (request.query.empty())
        return FoundReports{};
    auto& session = m_database.session();
    return guarded("searching the reports", [&] {
        const MatchSql match = match_sql(m_database.backend(), request);
        const auto [total, page] =
            ranked_page(session, match, conditions_of(request), std::max(0, request.limit),
                        std::max(0, request.offset));
        FoundReports found;
        found.total = total;
        found.reports = headings_of(session, page);
        std::vector<std::int64_t> passage_ids;
        for (const auto& ranked : page) {
            for (const auto& passage : ranked.passages)
                passage_ids.push_back(passage.first);
        }
        if (passage_ids.empty())
            return found;
        const auto passages = passages_by_id(session, passage_ids);
        for (auto& report : found.reports) {
            const auto ranked = std::find_if(page.begin(), page.end(), [&](const auto& each) {
                return each.report_id == report.report_id;
            });
            for (const auto& [id, score] : ranked->passages) {
                FoundPassage passage = passages.at(id);
                passage.score = score;
                report.passages.push_back(std::move(passage));
            }
        }
        return found;
    });
}

tl::expected<std::vector<MatchingPassage>, StorageError>
SearchIndex::matching_passages(const SearchRequest& request) {
    if (request.query.empty())
        return std::vector<MatchingPassage>{};
    auto& session = m_database.session();
    return guarded("finding the matching passages", [&] {
        const MatchSql match = match_sql(m_database.backend(), request);
        const Conditions conditions = conditions_of(request);
        const std::string sql = "SELECT p.report_id, p.source, p.section_id FROM " + match.from +
                                " WHERE " + match.where + conditions.sql();
        MatchingPassage row;
        std::string source;
        soci::statement statement(session);
        statement.exchange(soci::use(match.match));
        conditions.exchange_into(statement);
        statement.exchange(soci::into(row.report_id));
        statement.exchange(soci::into(source));
        statement.exchange(soci::into(row.section_id));
        statement.alloc();
        statement.prepare(sql);
        statement.define_and_bind();
        statement.execute();
        std::vector<MatchingPassage> found;
        while (statement.fetch()) {
            const auto known = passage_source_from_string(source);
            if (!known)
                throw std::runtime_error("a search passage has an unknown source");
            row.source = *known;
            found.push_back(row);
        }
        std::sort(found.begin(), found.end());
        return found;
    });
}

tl::expected<int, StorageError> SearchIndex::rebuild() {
    auto& session = m_database.session();
    return guarded("rebuilding the search index", [&] {
        Transaction transaction(session, m_database.backend());
        rebuild_search_passages(session);
        int passages = 0;
        session << "SELECT COUNT(*) FROM search_passages", soci::into(passages);
        transaction.commit();
        return passages;
    });
}

} // namespace finsam
