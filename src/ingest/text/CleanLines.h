#pragma once

#include "domain/TemplateDefinition.h"

#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// Turns extracted text into trimmed lines without Markdown markup, page furniture (URLs,
/// page numbers, contact lines, page breaks) or the template's boilerplate. Blank lines are
/// kept as empty strings: they separate paragraphs. Removed lines leave nothing behind, so a
/// sentence that boilerplate cut in two is joined again by reflow_paragraphs().
std::vector<std::string> clean_lines(std::string_view text, const BoilerplateRules& rules);

/// clean_lines() in two steps, for a caller that needs the Markdown-free lines first (to
/// recognise the template) and should not strip them twice.
std::vector<std::string> markdown_free_lines(std::string_view text);
std::vector<std::string> remove_furniture(std::vector<std::string> lines,
                                          const BoilerplateRules& rules);

/// The Markdown-free form of one line: `## **2.2 Avvikelser**` gives `2.2 Avvikelser`,
/// `[text](mailto:x)` gives `text`.
std::string strip_markdown(std::string_view line);

/// Page furniture that any template can contain: URLs, e-mail-only lines, phone lines,
/// page numbers ("Sida 2(10)", "26/44"), page breaks.
bool is_page_furniture(std::string_view trimmed_line);

} // namespace finsam
