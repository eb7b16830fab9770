#pragma once

#include "ingest/ReportReader.h"

#include <string_view>

namespace finsam {

/// Fewer words than this are no report: a cover letter, a file of notes.
inline constexpr std::size_t k_min_free_layout_words = 40;

/// Reads a document in no template's layout as övriga rapporter (ReportKind::Other): one per
/// insats when it lists several under headings of their own (split_by_intervention), else
/// one for the whole document. Each has the document's own sections (own_sections), the
/// insats, owner and period it states (read_free_header; a part's period is the document's
/// when its title states one), and the warnings a reviewer needs: read without a template,
/// a period assumed, a period or insats missing. Figures, goals and the personal-data guard
/// are the caller's (ReportReader), as for a template's reports. Too short a text is an error.
DocumentReading read_free_layout(std::string_view text);

} // namespace finsam
