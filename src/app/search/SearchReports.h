#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "app/boardreport/BoardLayout.h"
#include "domain/PeriodSelection.h"
#include "domain/ReportKind.h"
#include "domain/ReportStatus.h"
#include "search/Highlight.h"
#include "search/SearchIndex.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

// Sök: full-text search in the reports a user may read (sections and goals of each report's
// latest version, and the kansli's komplettering comments), for the page /sok, the API's
// /api/v1/sok and `finsam search` alike. The access policy decides what is searched: an
// insatsägare their own insatser's reports, the board only reviewed reports, with small
// counts masked and without the kansli's comments.

/// Reports on one page of results.
inline constexpr int k_search_page_size = 20;
/// The avsnitt that limits a search to the kansli's komplettering comments.
inline constexpr std::string_view k_comment_choice = "kommentarer";

/// What the reader asked for, as read from the fields.
struct SearchAsked {
    std::string text = {};   // q: words and "phrases"
    std::string insats = {}; // an insats's id, or its name (the command line)
    std::optional<PeriodSelection> period = {};
    std::optional<ReportKind> kind = {};    // typ
    std::vector<std::string> sections = {}; // avsnitt: headings of the board layout, kommentarer
    std::optional<ReportStatus> status = {};
    int page = 1; // sida
};

/// The fields `q`, `insats`, `period` (2024, 2024H1, 2024Q3, a range), `typ` (a report
/// kind), `avsnitt` (heading ids of the board layout such as `framgangsfaktorer`, or
/// `kommentarer`; repeated or separated by commas), `status` (a stored status name) and
/// `sida`. Invalid on a field that cannot be read or names no heading of `layout`.
AppResult<SearchAsked> search_asked(const FieldSource& fields, const BoardLayout& layout);

/// One passage of a found report as the reader may see it.
struct HitPassage {
    PassageSource source = PassageSource::Section;
    std::string section_id = {};
    std::string heading = {};           // the section's title, "Mål", "Kansliets kommentar"
    std::vector<TextPart> excerpt = {}; // around the hits, the hits marked
};

/// A found report.
struct SearchHit {
    std::int64_t report_id = 0;
    std::int64_t intervention_id = 0;
    std::string intervention_name = {};
    ReportKind kind = ReportKind::Quarterly;
    StatedPeriod period = {};
    std::optional<ReportStatus> status = {}; // nullopt for the board, which sees no work status
    std::vector<HitPassage> passages = {};
};

struct SearchResults {
    SearchAsked asked = {};
    bool searched = false; // false when the query had no word to look for
    int total = 0;         // reports found
    int page = 1;
    int page_count = 0;
    std::vector<SearchHit> hits = {};
    bool shows_status = true;
    bool shows_comments = true;
    /// The reader finds reviewed reports only (the board): a search that finds nothing says so.
    bool reviewed_only = false;
};

/// The page of reports that match. NotFound for an insats named that the reader cannot read
/// (or that does not exist).
AppResult<SearchResults> search_reports(const AppContext& context, const SearchAsked& asked,
                                        const BoardLayout& layout);

/// The passages a set of avsnitt stands for: each heading's sections of each report kind in
/// `layout` (and the goals with Mål), the comments for `kommentarer`.
std::vector<PassageChoice> passage_choices(const BoardLayout& layout,
                                           const std::vector<std::string>& sections);

/// What the reader may search: their förbund, the insatser and reports the access policy lets
/// them read, the kansli's comments only for those who see a report's history.
SearchScope search_scope(const AppContext& context);

/// The text as a query of the reader: without its numbers for a reader who sees small counts
/// masked (the index holds the text as written, so a number would find the reports whose
/// masked count it is; a phrase that loses a word is searched as its other words).
SearchQuery reader_query(const AppContext& context, std::string_view text, SwedishStemmer& stemmer);

/// Rebuilds the search index from the stored reports: for the command line's operator.
/// Forbidden through the web. Returns how many passages it holds.
AppResult<int> rebuild_search_index(const AppContext& context);

} // namespace finsam
