#pragma once

#include "cli/CommonOptions.h"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

struct SearchOptions {
    std::string query;                       // words and "phrases"
    std::optional<std::string> intervention; // --insats NAME or id
    std::optional<std::string> period;       // 2024, 2024H1, 2024Q3, a range
    std::optional<std::string> kind;         // --typ kvartalsrapport|slutrapport|…
    std::vector<std::string> sections;       // --avsnitt framgangsfaktorer …
    std::optional<std::string> status;       // --status reviewed …
    std::string audience = "kansli";         // --for kansli|styrelse
    int page = 1;                            // --sida
    bool json = false;                       // --json: the API's JSON
    bool reindex = false;                    // --reindex: rebuild the index, search nothing
    std::string board_templates_dir;         // the board layout's folder, for --avsnitt
};

/// `finsam search QUERY`: the förbund's reports that hold the words, ranked, with the passages
/// and their hits (marked with » « in text, as parts in JSON), as the kansli or the board
/// finds them; `finsam search --reindex` writes the search index anew from the stored reports.
/// Exit status 0, 1 for an unknown insats, 2 for what cannot run (a wrong option, no
/// database).
int run_search(const CommonOptions& common, const SearchOptions& options);

} // namespace finsam
