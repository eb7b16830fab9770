#pragma once

#include "domain/Figure.h"
#include "domain/Report.h"
#include "domain/Warning.h"

#include <optional>
#include <string_view>
#include <vector>

namespace finsam {

/// Reads a Swedish number written as digits ("39", "1 200") or words ("sju", "Femton",
/// "tjugotre", "ett", "en"). Case-insensitive.
std::optional<int> parse_swedish_number(std::string_view word);

/// Extracts the key figures (participants in total, enrolled now, ended, women, men,
/// anonymous, the participant target of a goal, ended to work / studies / work or studies)
/// from the sections' text. Each figure keeps its section id and the sentence it came from.
std::vector<Figure> extract_figures(const std::vector<Section>& sections);

/// One warning per measure (and unit) stated with different values in the same report:
/// code warning_code::k_conflicting_figure, message naming the values and sections.
std::vector<Warning> find_conflicting_figures(const std::vector<Figure>& figures);

} // namespace finsam
