#pragma once

#include "domain/Report.h"
#include "domain/TemplateDefinition.h"

#include <cstddef>
#include <string>
#include <vector>

namespace finsam {

/// Where one template section stands among a document's cleaned lines.
struct SectionSpan {
    const SectionDefinition* definition = nullptr;
    std::size_t heading_line = 0; // the line that holds the heading
    std::size_t end_line = 0;     // one past the section's last line
};

/// Finds the template's section headings, numbered ("2.1 Aktiviteter:", "### 3.
/// Uppgiftslämnare") or not ("Bakgrund"), in template order for numbered templates.
std::vector<SectionSpan> find_sections(const std::vector<std::string>& lines,
                                       const TemplateDefinition& definition);

/// The section's text: the heading, its wrapped continuation and the template's help text
/// removed, paragraphs reflowed.
Section section_text(const std::vector<std::string>& lines, const SectionSpan& span);

/// True when the template numbers its sections ("2.1") rather than naming them ("bakgrund").
bool is_numbered(const TemplateDefinition& definition);

} // namespace finsam
