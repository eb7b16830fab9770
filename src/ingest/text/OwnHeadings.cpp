#include "ingest/text/OwnHeadings.h"

#include "domain/Text.h"
#include "ingest/text/CleanLines.h"
#include "ingest/text/Reflow.h"

#include <algorithm>
#include <array>
#include <utility>

namespace finsam {

namespace {

constexpr std::size_t k_max_heading_bytes = 100;
constexpr std::size_t k_max_heading_words = 12;
constexpr std::size_t k_max_word_heading_words = 5; // "Syfte och mål för insatsen"
constexpr std::size_t k_max_run_in_words = 6;       // "**Resultat:** Under året ..."
constexpr std::size_t k_min_run_in_text_words = 5;  // "**Period:** 2024" is a label

// Levels of headings that state none: upper case over bold over a plain heading word.
constexpr int k_upper_case_level = 1;
constexpr int k_bold_level = 2;
constexpr int k_word_level = 3;

struct WellKnownWord {
    std::string_view word; // as comparison_words() gives it
    std::string_view key;  // the section id
};

// The words Swedish reports head their sections with, and the section each names.
constexpr std::array k_well_known_words{
    WellKnownWord{"bakgrund", "bakgrund"},
    WellKnownWord{"syfte", "syfte"},
    WellKnownWord{"syftet", "syfte"},
    WellKnownWord{"mål", "mal"},
    WellKnownWord{"målet", "mal"},
    WellKnownWord{"målen", "mal"},
    WellKnownWord{"målsättning", "mal"},
    WellKnownWord{"delmål", "mal"},
    WellKnownWord{"målgrupp", "malgrupp"},
    WellKnownWord{"målgruppen", "malgrupp"},
    WellKnownWord{"metod", "metod"},
    WellKnownWord{"metoder", "metod"},
    WellKnownWord{"strategi", "metod"},
    WellKnownWord{"arbetssätt", "metod"},
    WellKnownWord{"genomförande", "metod"},
    WellKnownWord{"aktiviteter", "aktiviteter"},
    WellKnownWord{"resultat", "resultat"},
    WellKnownWord{"resultaten", "resultat"},
    WellKnownWord{"utfall", "resultat"},
    WellKnownWord{"måluppfyllelse", "resultat"},
    WellKnownWord{"analys", "analys"},
    WellKnownWord{"resultatanalys", "analys"},
    WellKnownWord{"slutsatser", "slutsatser"},
    WellKnownWord{"slutsats", "slutsatser"},
    WellKnownWord{"lärdomar", "lardomar"},
    WellKnownWord{"erfarenheter", "lardomar"},
    WellKnownWord{"framgångsfaktorer", "framgangsfaktorer"},
    WellKnownWord{"svårigheter", "svarigheter"},
    WellKnownWord{"utmaningar", "svarigheter"},
    WellKnownWord{"hinder", "svarigheter"},
    WellKnownWord{"systemfel", "systemfel"},
    WellKnownWord{"samverkan", "samverkan"},
    WellKnownWord{"brukarmedverkan", "brukarmedverkan"},
    WellKnownWord{"implementering", "implementering"},
    WellKnownWord{"implementeringsplan", "implementering"},
    WellKnownWord{"deltagare", "deltagare"},
    WellKnownWord{"deltagarna", "deltagare"},
    WellKnownWord{"ekonomi", "ekonomi"},
    WellKnownWord{"budget", "ekonomi"},
    WellKnownWord{"sammanfattning", "sammanfattning"},
    WellKnownWord{"inledning", "inledning"},
    WellKnownWord{"uppföljning", "uppfoljning"},
    WellKnownWord{"utvärdering", "utvardering"},
    WellKnownWord{"diskussion", "diskussion"},
    WellKnownWord{"rekommendationer", "rekommendationer"},
    WellKnownWord{"fortsättning", "fortsattning"},
    WellKnownWord{"framtid", "fortsattning"},
    WellKnownWord{"avvikelser", "avvikelser"},
    WellKnownWord{"organisation", "organisation"},
};

// Words that may stand before a heading word: "Identifierade systemfel", "Insatsens mål".
constexpr std::array<std::string_view, 8> k_heading_modifiers{
    "identifierade", "viktiga", "övriga", "insatsens",
    "projektets",    "våra",    "kort",   "övergripande"};

const WellKnownWord* well_known_word(std::string_view title) {
    const auto words = comparison_words(title, 2);
    if (words.empty())
        return nullptr;
    auto word = std::string_view(words.front());
    if (words.size() > 1 && std::find(k_heading_modifiers.begin(), k_heading_modifiers.end(),
                                      word) != k_heading_modifiers.end())
        word = words[1];
    const auto found = std::find_if(k_well_known_words.begin(), k_well_known_words.end(),
                                    [&](const WellKnownWord& known) { return known.word == word; });
    return found == k_well_known_words.end() ? nullptr : &*found;
}

/// Whether the UTF-8 sequence at `index` is a letter, and of which case: ASCII and the
/// Latin-1 letters (å ä ö é ü...) that Swedish uses.
enum class LetterCase { None, Lower, Upper };

LetterCase letter_case_at(std::string_view text, std::size_t index) {
    const auto byte = static_cast<unsigned char>(text[index]);
    if (byte >= 'a' && byte <= 'z')
        return LetterCase::Lower;
    if (byte >= 'A' && byte <= 'Z')
        return LetterCase::Upper;
    if (byte != 0xC3 || index + 1 >= text.size())
        return LetterCase::None;
    const auto next = static_cast<unsigned char>(text[index + 1]);
    if (next >= 0x80 && next <= 0x9E && next != 0x97)
        return LetterCase::Upper;
    if (next >= 0xA0 && next <= 0xBF && next != 0xB7)
        return LetterCase::Lower;
    return LetterCase::None;
}

bool starts_with_capital(std::string_view text) {
    return !text.empty() && letter_case_at(text, 0) == LetterCase::Upper;
}

/// Upper case throughout, with at least four letters ("RESULTAT", "INSATSER 2024"), so that
/// an abbreviation ("FK", "IPS") is no heading.
bool is_upper_case(std::string_view text) {
    int upper = 0;
    for (std::size_t index = 0; index < text.size(); ++index) {
        switch (letter_case_at(text, index)) {
        case LetterCase::Lower:
            return false;
        case LetterCase::Upper:
            ++upper;
            break;
        case LetterCase::None:
            break;
        }
    }
    return upper >= 4;
}

bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), is_ascii_digit);
}

/// A sentence ends with a full stop (or ! ? ; ,): a heading does not.
bool ends_like_a_sentence(std::string_view text) {
    return !text.empty() && std::string_view(".!?;,").find(text.back()) != std::string_view::npos;
}

bool fits_a_heading(std::string_view title, std::size_t max_words) {
    return !title.empty() && title.size() <= k_max_heading_bytes &&
           split_words(title).size() <= max_words && !ends_like_a_sentence(title);
}

std::string without_closing_colon(std::string_view text) {
    auto title = trim(text);
    while (title.ends_with(':'))
        title = trim(title.substr(0, title.size() - 1));
    return collapse_whitespace(title);
}

/// Splits "2.3 Resultat" into "2.3" and "Resultat"; "1. Inledning" gives "1". Numbers have at
/// most two digits a part, so a year or an amount never numbers a heading.
std::pair<std::string, std::string_view> split_number(std::string_view line) {
    std::size_t index = 0;
    std::string number;
    int digits = 0;
    while (index < line.size()) {
        const char character = line[index];
        if (is_ascii_digit(character)) {
            if (++digits > 2)
                return {"", line};
        } else if (character == '.' && digits > 0) {
            digits = 0;
        } else {
            break;
        }
        number += character;
        ++index;
    }
    if (number.empty() || index == line.size() || (line[index] != ' ' && line[index] != '\t'))
        return {"", line};
    while (number.ends_with('.'))
        number.pop_back();
    return {number, trim(line.substr(index))};
}

int number_depth(std::string_view number) {
    return 1 + static_cast<int>(std::count(number.begin(), number.end(), '.'));
}

/// A numbered heading: "1. Inledning", "2.3 Resultat", "4 Analys". A number without a dot
/// ("4 Analys") numbers only a short title without figures: "12 Kvinnor och 10 män deltog"
/// is a sentence.
std::optional<OwnHeading> numbered_heading(std::string_view line) {
    const auto [number, rest] = split_number(line);
    if (number.empty())
        return std::nullopt;
    const std::string title = without_closing_colon(rest);
    if (!starts_with_capital(title) || !fits_a_heading(rest, k_max_heading_words))
        return std::nullopt;
    const bool dotted = line.substr(0, line.find(' ')).find('.') != std::string_view::npos;
    if (!dotted && (has_digit(title) || split_words(title).size() > k_max_word_heading_words))
        return std::nullopt;
    return OwnHeading{number, title, number_depth(number), well_known_word(title) != nullptr};
}

/// The text of a line in bold as a whole ("**Resultat**", "**Resultat:**", "__Mål__"), or
/// nothing.
std::optional<std::string_view> bold_text(std::string_view line) {
    for (const std::string_view marker : {"**", "__"}) {
        if (line.size() <= 2 * marker.size() || !line.starts_with(marker))
            continue;
        auto inner = line.substr(marker.size());
        auto close = inner.rfind(marker);
        if (close == std::string_view::npos)
            continue;
        // A colon may stand outside the bold: "**Resultat**:".
        if (trim(inner.substr(close + marker.size())) != "" &&
            trim(inner.substr(close + marker.size())) != ":")
            continue;
        inner = inner.substr(0, close);
        if (inner.find(marker) != std::string_view::npos)
            continue;
        return trim(inner);
    }
    return std::nullopt;
}

/// The number of `#` that open a Markdown heading line, or 0.
int markdown_level(std::string_view line) {
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#')
        ++hashes;
    if (hashes == 0 || hashes > 6 || hashes == line.size() || line[hashes] != ' ')
        return 0;
    return static_cast<int>(hashes);
}

OwnHeading titled(std::string_view text, int level) {
    auto numbered = numbered_heading(text);
    if (numbered) {
        numbered->level = level;
        return *numbered;
    }
    std::string title = without_closing_colon(text);
    const bool well_known = well_known_word(title) != nullptr;
    return OwnHeading{"", std::move(title), level, well_known};
}

/// A heading of plain text: numbered, in upper case, or a well-known heading word.
std::optional<OwnHeading> plain_heading(std::string_view text) {
    if (is_bullet_line(text))
        return std::nullopt;
    if (auto numbered = numbered_heading(text))
        return numbered;
    const std::string title = without_closing_colon(text);
    if (is_upper_case(title) && fits_a_heading(text, k_max_heading_words))
        return OwnHeading{"", title, k_upper_case_level, well_known_word(title) != nullptr};
    // "Resultat: 12 deltagare" is a label with its value, and "Deltagare 34" a table's row.
    if (starts_with_capital(title) && fits_a_heading(text, k_max_word_heading_words) &&
        text.find(':') >= trim(text).size() - 1 && !has_digit(title) && well_known_word(title))
        return OwnHeading{"", title, k_word_level, true};
    return std::nullopt;
}

/// A run-in heading in bold that opens a paragraph: "**Resultat:** Under året ...". A bold
/// label with a short value ("**Period:** 2024-07-01 – 2024-12-31") is no heading.
std::optional<std::pair<OwnHeading, std::string>> run_in_heading(std::string_view line) {
    if (!line.starts_with("**"))
        return std::nullopt;
    const auto close = line.find("**", 2);
    if (close == std::string_view::npos)
        return std::nullopt;
    const auto inner = trim(line.substr(2, close - 2));
    auto rest = trim(line.substr(close + 2));
    const bool colon_inside = inner.ends_with(':');
    const bool colon_after = rest.starts_with(':');
    if (!colon_inside && !colon_after)
        return std::nullopt;
    if (colon_after)
        rest = trim(rest.substr(1));
    if (split_words(rest).size() < k_min_run_in_text_words ||
        !fits_a_heading(without_closing_colon(inner), k_max_run_in_words))
        return std::nullopt;
    return std::pair{titled(inner, k_bold_level), std::string(rest)};
}

/// The nearest line with text before (`step` -1) or after (+1) `index`, if any.
std::optional<std::size_t> neighbour(const std::vector<LayoutLine>& lines, std::size_t index,
                                     int step) {
    for (auto at = static_cast<std::ptrdiff_t>(index) + step;
         at >= 0 && at < static_cast<std::ptrdiff_t>(lines.size()); at += step) {
        if (!lines[static_cast<std::size_t>(at)].text.empty())
            return static_cast<std::size_t>(at);
    }
    return std::nullopt;
}

bool is_list_item(const std::vector<LayoutLine>& lines, std::size_t index) {
    const auto numbered_depth = [&](std::optional<std::size_t> at) {
        return at && lines[*at].heading && !lines[*at].heading->number.empty()
                   ? number_depth(lines[*at].heading->number)
                   : 0;
    };
    const int depth = numbered_depth(index);
    return depth > 0 && (numbered_depth(neighbour(lines, index, -1)) == depth ||
                         numbered_depth(neighbour(lines, index, +1)) == depth);
}

/// Numbered lines that follow each other with no text between are a numbered list ("1. Öka
/// samverkan" / "2. Korta väntetiderna"), not headings. A line marked as a heading in the
/// document (Markdown, Word's heading style, bold) stays one.
void unmark_numbered_lists(std::vector<LayoutLine>& lines, const std::vector<bool>& marked) {
    std::vector<std::size_t> list_items;
    for (std::size_t index = 0; index < lines.size(); ++index) {
        if (!marked[index] && is_list_item(lines, index))
            list_items.push_back(index);
    }
    for (const auto index : list_items)
        lines[index].heading.reset();
}

void add_line(std::vector<LayoutLine>& lines, std::vector<bool>& marked, std::string text,
              std::optional<OwnHeading> heading, bool marked_up) {
    lines.push_back({std::move(text), std::move(heading)});
    marked.push_back(marked_up);
}

std::string ascii_slug(std::string_view title) {
    std::string slug;
    const std::string lower = lowercase(title);
    for (std::size_t index = 0; index < lower.size() && slug.size() < 40; ++index) {
        const auto byte = static_cast<unsigned char>(lower[index]);
        char letter = 0;
        if ((byte >= 'a' && byte <= 'z') || is_ascii_digit(static_cast<char>(byte))) {
            letter = static_cast<char>(byte);
        } else if (byte == 0xC3 && index + 1 < lower.size()) {
            const auto next = static_cast<unsigned char>(lower[++index]);
            letter = next == 0xA5 || next == 0xA4 || (next >= 0xA0 && next <= 0xA3) ? 'a'
                     : next == 0xB6 || next == 0xB8                                 ? 'o'
                     : next >= 0xA8 && next <= 0xAB                                 ? 'e'
                     : next == 0xBC                                                 ? 'u'
                                                                                    : 0;
        }
        if (letter != 0)
            slug += letter;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (slug.ends_with('-'))
        slug.pop_back();
    return slug.empty() ? "avsnitt" : slug;
}

} // namespace

std::optional<OwnHeading> own_heading(std::string_view line) {
    const auto trimmed = trim(line);
    if (const int level = markdown_level(trimmed)) {
        const auto text = strip_markdown(trimmed);
        if (text.empty() || text.size() > k_max_heading_bytes)
            return std::nullopt;
        return titled(text, level);
    }
    if (const auto bold = bold_text(trimmed)) {
        if (!fits_a_heading(without_closing_colon(*bold), k_max_heading_words))
            return std::nullopt;
        auto heading = titled(*bold, k_bold_level);
        if (!heading.number.empty())
            heading.level = number_depth(heading.number);
        return heading;
    }
    return plain_heading(strip_markdown(trimmed));
}

std::vector<LayoutLine> layout_lines(std::string_view text) {
    std::vector<LayoutLine> lines;
    std::vector<bool> marked; // whether the document marked the line up as a heading
    for (const auto raw : split_lines(text)) {
        const auto trimmed = trim(raw);
        std::string plain = strip_markdown(trimmed);
        if (!plain.empty() && is_page_furniture(plain))
            continue;
        if (auto run_in = run_in_heading(trimmed)) {
            add_line(lines, marked, run_in->first.title, run_in->first, true);
            add_line(lines, marked, strip_markdown(run_in->second), std::nullopt, false);
            continue;
        }
        auto heading = own_heading(trimmed);
        const bool marked_up = heading && (markdown_level(trimmed) > 0 || bold_text(trimmed));
        add_line(lines, marked, std::move(plain), std::move(heading), marked_up);
    }
    while (!lines.empty() && lines.back().text.empty())
        lines.pop_back();
    unmark_numbered_lists(lines, marked);
    return lines;
}

std::string section_key(const OwnHeading& heading) {
    if (const auto* known = well_known_word(heading.title); known && heading.well_known)
        return std::string(known->key);
    if (!heading.number.empty())
        return heading.number;
    return ascii_slug(heading.title);
}

std::size_t word_count(const std::vector<LayoutLine>& lines, std::size_t begin, std::size_t end) {
    std::size_t count = 0;
    for (auto index = begin; index < end && index < lines.size(); ++index)
        count += split_words(lines[index].text).size();
    return count;
}

} // namespace finsam
