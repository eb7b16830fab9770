#include "search/SearchIndex.h"

#include "search/SqliteRank.h"
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
    std::string from;  // search_passages as p, with reports as r joined when asked
    std::string where; // the match, with one placeholder :match
    std::string score; // higher is better
    std::string match; // the value bound to :match
};

MatchSql match_sql(DatabaseBackend backend, const SearchRequest& request, bool with_reports) {
    // search_matches is the narrow copy of search_passages that PostgreSQL matches in
    // (migration 18), with the same column names: p.id is the passage's id.
    if (backend == DatabaseBackend::Postgresql) {
        return {std::string("search_matches p") +
                    (with_reports ? " JOIN reports r ON r.id = p.report_id" : "") +
                    ", to_tsquery('swedish', :match) q",
                "p.document @@ q", "ts_rank(p.document, q)", tsquery_expression(request.query)};
    }
    // The förbund is a word of the scope column, so FTS5 keeps to its passages itself
    // instead of handing every förbund's matches to the join. passage_rank is BM25 on the
    // text column (search/SqliteRank.h).
    // CROSS JOIN keeps the index the outer loop: SQLite would otherwise read the förbund's
    // passages and evaluate the whole match again for each of them.
    // The covering index search_passages_match reads the passage's report, förbund, source
    // and section without its text (bench/README.md: half the lookups' time in SQL alone).
    return {std::string("search_index CROSS JOIN search_passages p INDEXED BY "
                        "search_passages_match ON p.id = search_index.rowid") +
                (with_reports ? " CROSS JOIN reports r ON r.id = p.report_id" : ""),
            "search_index MATCH :match", std::string(k_passage_rank) + "(search_index)",
            fts5_expression(request.query) + " AND scope : \"" +
                std::to_string(request.scope.association_id) + "\""};
}

/// SQL conditions and the values they bind, in order.
class Conditions {
public:
    void add(const std::string& sql) { m_sql += " AND " + sql; }
    /// A condition on r, the passage's report, which is then joined.
    void add_on_report(const std::string& sql) {
        m_on_reports = true;
        add(sql);
    }
    bool on_reports() const { return m_on_reports; }
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
    bool m_on_reports = false;
    std::deque<std::variant<std::string, std::int64_t>> m_values; // stable while bound
};

std::string source_name(PassageSource source) {
    return std::string(to_string(source));
}

void add_passage_choices(Conditions& conditions, const std::vector<PassageChoice>& choices) {
    if (choices.empty())
        return;
    std::string any;
    bool on_reports = false;
    for (const auto& choice : choices) {
        on_reports = on_reports || choice.kind.has_value();
        std::string one = "(p.source = " + conditions.bind(source_name(choice.source));
        if (choice.kind)
            one += " AND r.kind = " + conditions.bind(std::string(to_string(*choice.kind)));
        if (choice.source == PassageSource::Section && !choice.section_id.empty())
            one += " AND p.section_id = " + conditions.bind(choice.section_id);
        any += (any.empty() ? "" : " OR ") + one + ")";
    }
    if (on_reports)
        conditions.add_on_report("(" + any + ")");
    else
        conditions.add("(" + any + ")");
}

/// The scope's and the filter's conditions on p, the passage, and r, its report.
Conditions conditions_of(const SearchRequest& request) {
    Conditions conditions;
    const SearchScope& scope = request.scope;
    const SearchFilter& filter = request.filter;
    conditions.add("p.association_id = " + conditions.bind(scope.association_id));
    if (scope.interventions)
        conditions.add_on_report("r.intervention_id IN " +
                                 conditions.in_list(*scope.interventions));
    if (!scope.unreviewed_reports)
        conditions.add_on_report("r.status = " +
                                 conditions.bind(std::string(to_string(ReportStatus::Reviewed))));
    if (!scope.comments)
        conditions.add("p.source <> " + conditions.bind(source_name(PassageSource::Comment)));
    if (filter.intervention_id)
        conditions.add_on_report("r.intervention_id = " + conditions.bind(*filter.intervention_id));
    if (filter.period) {
        conditions.add_on_report("r.period_start <= " +
                                 conditions.bind(format_iso(filter.period->end)));
        conditions.add_on_report("r.period_end >= " +
                                 conditions.bind(format_iso(filter.period->start)));
    }
    if (filter.kind)
        conditions.add_on_report("r.kind = " +
                                 conditions.bind(std::string(to_string(*filter.kind))));
    if (filter.status)
        conditions.add_on_report("r.status = " +
                                 conditions.bind(std::string(to_string(*filter.status))));
    add_passage_choices(conditions, filter.passages);
    return conditions;
}

struct RankedReport {
    std::int64_t report_id = 0;
    double score = 0;
    std::vector<std::pair<std::int64_t, double>> passages = {}; // id and score, best first
};

/// A passage that matched: its report, its id and its score.
struct Match {
    std::int64_t report_id = 0;
    std::int64_t passage_id = 0;
    double score = 0;
};

/// Every matching passage in scope, scored. The matches are read in batches: they can be
/// tens of thousands in a large förbund, and a row at a time costs more than the scoring.
std::vector<Match> scored_matches(soci::session& session, DatabaseBackend backend,
                                  const MatchSql& match, const Conditions& conditions) {
    constexpr std::size_t k_batch = 2'000;
    // PostgreSQL reckons reading the whole table about as dear as the GIN index when a word
    // is in a tenth of the passages, but tests every row's tsvector then: two to three times
    // slower. The setting holds for this read only.
    std::optional<Transaction> read;
    if (backend == DatabaseBackend::Postgresql) {
        read.emplace(session, backend);
        session << "SET LOCAL enable_seqscan = off";
    }
    const std::string sql = "SELECT p.report_id, p.id, " + match.score + " FROM " + match.from +
                            " WHERE " + match.where + conditions.sql();
    std::vector<std::int64_t> report_ids(k_batch);
    std::vector<std::int64_t> passage_ids(k_batch);
    std::vector<double> scores(k_batch);
    soci::statement statement(session);
    statement.exchange(soci::use(match.match));
    conditions.exchange_into(statement);
    statement.exchange(soci::into(report_ids));
    statement.exchange(soci::into(passage_ids));
    statement.exchange(soci::into(scores));
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    std::vector<Match> matches;
    bool more = statement.execute(true);
    while (more) {
        for (std::size_t row = 0; row < report_ids.size(); ++row)
            matches.push_back({report_ids[row], passage_ids[row], scores[row]});
        // SOCI shrinks the vectors to the rows it read; the next batch is as long as they are.
        report_ids.resize(k_batch);
        passage_ids.resize(k_batch);
        scores.resize(k_batch);
        more = statement.fetch();
    }
    if (read)
        read->commit();
    return matches;
}

/// The matching reports ranked by their best passage (ties by id), each with its best
/// passages (ties by id); how many reports match, and the page of them asked for.
std::pair<int, std::vector<RankedReport>> ranked_page(std::vector<Match> matches, int limit,
                                                      int offset) {
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        if (a.report_id != b.report_id)
            return a.report_id < b.report_id;
        if (a.score != b.score)
            return a.score > b.score;
        return a.passage_id < b.passage_id;
    });
    // Each report's matches, best first, as a range of `matches`.
    std::vector<std::pair<std::size_t, std::size_t>> reports;
    for (std::size_t index = 0; index < matches.size(); ++index) {
        if (index == 0 || matches[index].report_id != matches[index - 1].report_id)
            reports.emplace_back(index, index);
        reports.back().second = index + 1;
    }
    const auto better = [&](const auto& a, const auto& b) {
        const Match& best_a = matches[a.first];
        const Match& best_b = matches[b.first];
        if (best_a.score != best_b.score)
            return best_a.score > best_b.score;
        return best_a.report_id < best_b.report_id;
    };
    const std::size_t first = std::min(reports.size(), static_cast<std::size_t>(offset));
    const std::size_t end = std::min(reports.size(), first + static_cast<std::size_t>(limit));
    std::partial_sort(reports.begin(), reports.begin() + static_cast<std::ptrdiff_t>(end),
                      reports.end(), better);
    std::vector<RankedReport> page;
    for (std::size_t index = first; index < end; ++index) {
        const auto [begin, stop] = reports[index];
        RankedReport ranked{matches[begin].report_id, matches[begin].score, {}};
        for (std::size_t each = begin; each < stop && each - begin < k_passages_per_report; ++each)
            ranked.passages.emplace_back(matches[each].passage_id, matches[each].score);
        page.push_back(std::move(ranked));
    }
    return {static_cast<int>(reports.size()), std::move(page)};
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
    if (const auto caught_up = catch_up(); !caught_up)
        return tl::unexpected(caught_up.error());
    auto& session = m_database.session();
    return guarded("searching the reports", [&] {
        const Conditions conditions = conditions_of(request);
        const MatchSql match = match_sql(m_database.backend(), request, conditions.on_reports());
        const auto [total, page] =
            ranked_page(scored_matches(session, m_database.backend(), match, conditions),
                        std::max(0, request.limit), std::max(0, request.offset));
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
    if (const auto caught_up = catch_up(); !caught_up)
        return tl::unexpected(caught_up.error());
    auto& session = m_database.session();
    return guarded("finding the matching passages", [&] {
        const Conditions conditions = conditions_of(request);
        const MatchSql match = match_sql(m_database.backend(), request, conditions.on_reports());
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

tl::expected<int, StorageError> SearchIndex::catch_up() {
    auto& session = m_database.session();
    return guarded("bringing the search index up to date", [&] {
        if (!search_passages_queued(session))
            return 0;
        Transaction transaction(session, m_database.backend());
        const int reports = drain_search_passage_queue(session, m_database.backend());
        transaction.commit();
        return reports;
    });
}

tl::expected<int, StorageError> SearchIndex::rebuild() {
    auto& session = m_database.session();
    return guarded("rebuilding the search index", [&] {
        Transaction transaction(session, m_database.backend());
        rebuild_search_passages(session, m_database.backend());
        int passages = 0;
        session << "SELECT COUNT(*) FROM search_passages", soci::into(passages);
        transaction.commit();
        return passages;
    });
}

} // namespace finsam
