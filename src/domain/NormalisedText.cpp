#include "domain/NormalisedText.h"

#include <algorithm>
#include <array>

namespace finsam {

namespace {

/// A character outside ASCII written in UTF-8, and what the guard reads instead: one ASCII
/// character, or nothing.
struct Substitute {
    std::string_view utf8;
    std::string_view replacement;
};

/// Whether a byte can start one of the substitutes: a quick test before the table is
/// searched, true for the lead bytes of its entries (C2, E2, E3, EF).
constexpr bool may_start_substitute(unsigned char byte) {
    return byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF;
}

// Word turns a typed hyphen into an en dash, PDFs and web forms bring the rest.
constexpr std::array k_substitutes{
    Substitute{"\u00a0", " "}, // no-break space
    Substitute{"\u00ad", ""},  // soft hyphen
    Substitute{"\u2000", " "}, Substitute{"\u2001", " "}, Substitute{"\u2002", " "},
    Substitute{"\u2003", " "}, Substitute{"\u2004", " "}, Substitute{"\u2005", " "},
    Substitute{"\u2006", " "}, Substitute{"\u2007", " "}, // figure space
    Substitute{"\u2008", " "}, Substitute{"\u2009", " "}, // thin space
    Substitute{"\u200a", " "}, Substitute{"\u200b", ""},  // zero-width space
    Substitute{"\u200c", ""},  Substitute{"\u200d", ""},  // zero-width (non-)joiner
    Substitute{"\u200e", ""},  Substitute{"\u200f", ""},  // left-to-right and right-to-left marks
    Substitute{"\u2010", "-"}, Substitute{"\u2011", "-"}, // hyphen, non-breaking hyphen
    Substitute{"\u2012", "-"}, Substitute{"\u2013", "-"}, // figure dash, en dash
    Substitute{"\u2014", "-"}, Substitute{"\u2015", "-"}, // em dash, horizontal bar
    Substitute{"\u202f", " "},                            // narrow no-break space
    Substitute{"\u205f", " "},                            // medium mathematical space
    Substitute{"\u2060", ""},                             // word joiner
    Substitute{"\u2212", "-"},                            // minus sign
    Substitute{"\u3000", " "},                            // ideographic space
    Substitute{"\ufe63", "-"},                            // small hyphen-minus
    Substitute{"\ufeff", ""},                             // byte-order mark
    Substitute{"\uff0b", "+"}, Substitute{"\uff0d", "-"}, // full-width plus, hyphen-minus
    Substitute{"\uff0e", "."}, Substitute{"\uff0f", "/"}, // full-width full stop, solidus
    Substitute{"\uff10", "0"}, Substitute{"\uff11", "1"}, Substitute{"\uff12", "2"},
    Substitute{"\uff13", "3"}, Substitute{"\uff14", "4"}, Substitute{"\uff15", "5"},
    Substitute{"\uff16", "6"}, Substitute{"\uff17", "7"}, Substitute{"\uff18", "8"},
    Substitute{"\uff19", "9"},
};
static_assert(std::ranges::all_of(k_substitutes, [](const Substitute& substitute) {
    return may_start_substitute(static_cast<unsigned char>(substitute.utf8.front()));
}));

const Substitute* substitute_at(std::string_view text, std::size_t offset) {
    const auto rest = text.substr(offset);
    for (const auto& substitute : k_substitutes) {
        if (rest.starts_with(substitute.utf8))
            return &substitute;
    }
    return nullptr;
}

} // namespace

NormalisedText::NormalisedText(std::string_view original) {
    m_text.reserve(original.size());
    std::size_t offset = 0;
    while (offset < original.size()) {
        const auto byte = static_cast<unsigned char>(original[offset]);
        if (byte == '\t') {
            m_text.push_back(' ');
            ++offset;
            continue;
        }
        const Substitute* substitute =
            may_start_substitute(byte) ? substitute_at(original, offset) : nullptr;
        if (substitute == nullptr) {
            m_text.push_back(original[offset]);
            ++offset;
            continue;
        }
        substitute_at_offset(offset, substitute->utf8.size(), substitute->replacement);
        offset += substitute->utf8.size();
    }
}

void NormalisedText::substitute_at_offset(std::size_t offset, std::size_t length,
                                          std::string_view replacement) {
    m_edits.push_back({m_text.size(), offset, length, replacement.size()});
    m_text += replacement;
}

TextSpan NormalisedText::original_span(TextSpan normalised) const {
    const auto begin = original_begin(normalised.begin);
    if (normalised.end <= normalised.begin)
        return {begin, begin};
    return {begin, original_end(normalised.end - 1)};
}

std::size_t NormalisedText::original_begin(std::size_t normalised_offset) const {
    // The last edit at or before the offset decides: the bytes after it map one to one.
    auto after = std::upper_bound(
        m_edits.begin(), m_edits.end(), normalised_offset,
        [](std::size_t offset, const Edit& edit) { return offset < edit.normalised_offset; });
    if (after == m_edits.begin())
        return normalised_offset;
    const Edit& edit = *std::prev(after);
    if (edit.normalised_length == 1 && edit.normalised_offset == normalised_offset)
        return edit.original_offset;
    return edit.original_offset + edit.original_length +
           (normalised_offset - edit.normalised_offset - edit.normalised_length);
}

std::size_t NormalisedText::original_end(std::size_t last_normalised_byte) const {
    auto after = std::upper_bound(
        m_edits.begin(), m_edits.end(), last_normalised_byte,
        [](std::size_t offset, const Edit& edit) { return offset < edit.normalised_offset; });
    if (after != m_edits.begin()) {
        const Edit& edit = *std::prev(after);
        if (edit.normalised_length == 1 && edit.normalised_offset == last_normalised_byte)
            return edit.original_offset + edit.original_length;
    }
    return original_begin(last_normalised_byte) + 1;
}

} // namespace finsam
