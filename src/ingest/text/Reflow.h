#pragma once

#include <string>
#include <string_view>

namespace finsam {

/// Joins the hard-wrapped lines of extracted text into paragraphs, separated by one blank
/// line. Bullet items ("o ", "- ", "• ") keep their own lines. A paragraph that stops
/// mid-sentence (no closing punctuation) and is followed by one that starts in lower case is
/// one paragraph cut by a page break or removed boilerplate: the two are joined.
std::string reflow_paragraphs(std::string_view text);

/// True for a line that starts a list item.
bool is_bullet_line(std::string_view line);

} // namespace finsam
