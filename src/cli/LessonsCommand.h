#pragma once

#include "cli/CommonOptions.h"

#include <optional>
#include <string>

namespace finsam {

struct LessonsOptions {
    std::optional<std::string> period; // 2024, 2024H1, 2024Q3, a range; this year when absent
    std::string query;                 // --sok: only the texts that hold these words
    std::string audience = "kansli";   // --for kansli|styrelse
    bool json = false;                 // --json: the API's JSON
    std::string board_templates_dir;   // the board layout's folder: its lesson headings
};

/// `finsam lessons`: the period's success factors, system problems and lessons by insats, as
/// the kansli or the board reads them, searched words marked with » « (as parts in JSON).
/// Exit status 0, 2 for what cannot run (a wrong option or period, no database).
int run_lessons(const CommonOptions& common, const LessonsOptions& options);

} // namespace finsam
