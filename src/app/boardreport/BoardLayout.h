#pragma once

#include "domain/ReportKind.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace finsam {

/// A heading of the board report and where its text comes from: the sections, by id, of
/// each kind of report, in the order they are joined.
struct BoardHeading {
    std::string id;
    std::string title;
    std::map<ReportKind, std::vector<std::string>> sections;
};

/// What the board report (projektredovisning) is made of, as a data file of the förbund
/// (templates/board/projektredovisning.json): the headings of an insats's part, and those of
/// the lessons. Report templates differ between förbund, and so does this.
struct BoardLayout {
    std::string title;
    std::vector<BoardHeading> parts;
    std::vector<BoardHeading> lessons;
};

/// Reads a layout file; throws std::runtime_error saying what is wrong with it.
BoardLayout load_board_layout(const std::filesystem::path& file);

} // namespace finsam
