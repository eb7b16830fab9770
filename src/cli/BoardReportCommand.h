#pragma once

#include "cli/CommonOptions.h"

#include <optional>
#include <string>

namespace finsam {

struct BoardReportOptions {
    std::string period;                // 2022, 2022H1, 2022Q3, 2022-01-01..2022-08-31
    std::string format = "html";       // html, docx, pdf, xlsx
    std::optional<std::string> output; // -o FILE; standard output without it (html only)
    std::string audience = "kansli";   // --for kansli|styrelse
    std::string board_templates_dir;   // FINSAM_BOARD_TEMPLATES: layout and HTML template
};

/// `finsam board-report`: the board report (projektredovisning) of a period in the format
/// asked for, as the kansli's copy or the styrelse's. Exit status 0, or 2 for what cannot run
/// (a wrong period, no database, a binary format without -o).
int run_board_report(const CommonOptions& common, const BoardReportOptions& options);

} // namespace finsam
