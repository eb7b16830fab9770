#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// Reading a document in no template's layout starts from the headings it gives itself.

/// A heading a document gives itself, found without a template.
struct OwnHeading {
    std::string number;      // "2.3", empty when unnumbered
    std::string title;       // "Resultat": without number, markup or a closing colon
    int level = 1;           // 1 is the top; deeper headings have higher levels
    bool well_known = false; // one of the words reports head their sections with
};

/// One line of such a document: its text without Markdown markup, and the heading it is.
struct LayoutLine {
    std::string text;
    std::optional<OwnHeading> heading;
};

/// The heading a line is, if any: a numbered heading ("1.", "2.3 Resultat"), a Markdown or
/// Word heading ("## Resultat"), a short line in bold ("**Resultat:**"), a line in upper
/// case ("RESULTAT"), or a short line that starts with a well-known heading word ("Bakgrund",
/// "Syfte och mål", "Lärdomar"). Numbers and Markdown give the level; otherwise upper case
/// ranks above bold, and bold above a plain heading word. A sentence is never a heading.
std::optional<OwnHeading> own_heading(std::string_view line);

/// The document's lines (Markdown removed, page furniture dropped, blank lines kept as empty
/// strings to separate paragraphs), each with the heading it is.
std::vector<LayoutLine> layout_lines(std::string_view text);

/// The id of a section under this heading: a well-known heading's fixed id (`bakgrund`,
/// `syfte`, `mal`, `metod`, `resultat`, `analys`, `slutsatser`, `lardomar`,
/// `framgangsfaktorer`, `svarigheter`, `systemfel`, …) whatever its number, so that the
/// board report and the lessons find them; else the heading's number; else its title in
/// lower case ASCII with hyphens ("deltagarnas-roster").
std::string section_key(const OwnHeading& heading);

/// The words of the non-empty lines of [begin, end).
std::size_t word_count(const std::vector<LayoutLine>& lines, std::size_t begin, std::size_t end);

} // namespace finsam
