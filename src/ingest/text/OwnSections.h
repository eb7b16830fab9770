#pragma once

#include "domain/Report.h"
#include "ingest/text/OwnHeadings.h"

#include <cstddef>
#include <vector>

namespace finsam {

/// The sections of lines [begin, end) of a document read without a template: one per
/// heading, with the text up to the next heading, paragraphs reflowed; the text before the
/// first heading is a section "Inledning". Headings with no text under them (a chapter's
/// heading right above its first sub-heading) make no section. Each section's id is its
/// heading's section_key(), made unique in the report ("resultat", "resultat-2"). The lines
/// `omitted` (labelled fields read into the report's header) are left out.
std::vector<Section> own_sections(const std::vector<LayoutLine>& lines, std::size_t begin,
                                  std::size_t end, const std::vector<std::size_t>& omitted = {});

} // namespace finsam
