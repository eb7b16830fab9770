#pragma once

#include "domain/Period.h"
#include "domain/ReportKind.h"
#include "domain/ReportStatus.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

// Full-text search over the reports' passages (storage/SearchPassages.h): on SQLite an FTS5
// index with a Snowball tokenizer, on PostgreSQL the `swedish` text search configuration
// with a GIN index, behind this one interface. It finds, ranks and filters; who may read
// what is the caller's to say in the SearchScope (app/search applies the access policy).

/// What a passage is.
enum class PassageSource { Section, Goal, Comment };

/// Stored names: section, goal, comment.
std::string_view to_string(PassageSource source);
std::optional<PassageSource> passage_source_from_string(std::string_view name);

/// A kind of passage a search may be limited to: a section (by id) of reports of one kind,
/// or every passage of a source (goals, comments).
struct PassageChoice {
    PassageSource source = PassageSource::Section;
    std::optional<ReportKind> kind = {}; // sections: the report kind whose section this is
    std::string section_id = {};         // sections: the template's id

    bool operator==(const PassageChoice&) const = default;
};

/// What the reader may search: set from the access policy, never from the request.
struct SearchScope {
    std::int64_t association_id = 0;
    /// The insatser whose reports they read; nullopt for all of the förbund's.
    std::optional<std::vector<std::int64_t>> interventions = {};
    bool unreviewed_reports = true; // false: only reviewed reports (the board)
    bool comments = true;           // the kansli's komplettering comments (history)
};

/// What the reader asked to narrow the search to.
struct SearchFilter {
    std::optional<std::int64_t> intervention_id = {};
    std::optional<Period> period = {}; // reports whose period overlaps it
    std::optional<ReportKind> kind = {};
    std::optional<ReportStatus> status = {};
    std::vector<PassageChoice> passages = {}; // empty: every passage

    bool operator==(const SearchFilter&) const = default;
};

struct SearchRequest {
    SearchQuery query = {};
    SearchScope scope = {};
    SearchFilter filter = {};
    int limit = 20; // reports per page
    int offset = 0;
};

/// A passage that matched, as stored (the caller discloses and highlights it).
struct FoundPassage {
    PassageSource source = PassageSource::Section;
    std::string section_id = {};
    std::string title = {};
    std::string text = {};
    double score = 0; // higher is better
};

/// A report with passages that matched, best first.
struct FoundReport {
    std::int64_t report_id = 0;
    std::int64_t intervention_id = 0;
    std::string intervention_name = {};
    ReportKind kind = ReportKind::Quarterly;
    StatedPeriod period = {};
    ReportStatus status = ReportStatus::Draft;
    double score = 0; // its best passage's
    std::vector<FoundPassage> passages = {};
};

/// A page of reports, best first, and how many match in all.
struct FoundReports {
    int total = 0;
    std::vector<FoundReport> reports = {};
};

/// A passage that matched, by its report: which one, not how well.
struct MatchingPassage {
    std::int64_t report_id = 0;
    PassageSource source = PassageSource::Section;
    std::string section_id = {};

    auto operator<=>(const MatchingPassage&) const = default;
};

/// The most passages a found report carries.
inline constexpr std::size_t k_passages_per_report = 3;

/// The search index of a database.
class SearchIndex {
public:
    explicit SearchIndex(Database& database) : m_database(database) {}

    /// The reports in scope whose passages hold every term of the query in one passage, as
    /// the filter narrows them, ranked by their best passage (BM25 without length
    /// normalisation on SQLite, search/SqliteRank.h; ts_rank on PostgreSQL); a page of them
    /// with up to k_passages_per_report passages each. Every matching passage is scored, so
    /// any page is cut from the whole ranking. An empty query finds nothing.
    tl::expected<FoundReports, StorageError> search(const SearchRequest& request);

    /// Every passage in scope and filter that holds every term of the query, unranked and
    /// unpaged (the request's limit and offset are not used): for a view that shows what
    /// matches in an order of its own, such as the lessons by insats.
    tl::expected<std::vector<MatchingPassage>, StorageError>
    matching_passages(const SearchRequest& request);

    /// Writes the passages of the reports saved since the index was last brought up to date
    /// (storage/SearchPassages.h: the queue), in one transaction; how many reports. An import
    /// calls it once at its end, so that the index's work is done once for the whole batch;
    /// search() and matching_passages() call it first, so that they find every committed
    /// report.
    tl::expected<int, StorageError> catch_up();

    /// Every report's passages written anew, in one transaction; how many passages.
    tl::expected<int, StorageError> rebuild();

private:
    Database& m_database;
};

} // namespace finsam
