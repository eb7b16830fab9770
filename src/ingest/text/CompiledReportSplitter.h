#pragma once

#include "domain/ReportKind.h"
#include "domain/TemplateDefinition.h"

#include <string>
#include <vector>

namespace finsam {

/// One insats's part of a compiled report (projektredovisning).
struct ReportPart {
    std::string intervention_name;
    InterventionKind kind = InterventionKind::Unknown;
    std::vector<std::string> lines; // the part's cleaned lines, after the name line
};

/// Splits a compiled report's cleaned lines into one part per insats. A part starts at the
/// name line just above an owner label ("Projektägare/ansvarig part"); group headings
/// ("Individinriktade insatser") set the kind of the parts after them. Text before the first
/// part (a file that starts in the middle of an insats) belongs to no part.
std::vector<ReportPart> split_compiled_report(const std::vector<std::string>& lines,
                                              const TemplateDefinition& definition);

} // namespace finsam
