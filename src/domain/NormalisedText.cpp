#include "domain/NormalisedText.h"

#include <algorithm>
#include <optional>

namespace finsam {

namespace {

/// What the guard reads instead of a character outside ASCII: one ASCII character, or
/// nothing for an invisible one.
struct Substitute {
    std::size_t utf8_length = 0; // 0 when the character stays as it is
    std::string_view replacement;
};

bool is_continuation_byte(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// Word turns a typed hyphen into an en dash; PDFs and web forms bring the rest.
std::optional<std::string_view> replacement_for(char32_t code_point) {
    if (code_point == 0x00A0 || (code_point >= 0x2000 && code_point <= 0x200A) ||
        code_point == 0x202F || code_point == 0x205F || code_point == 0x3000)
        return " "; // no-break, en/em/thin/hair/figure, narrow no-break, ideographic spaces
    if (code_point == 0x00AD || (code_point >= 0x200B && code_point <= 0x200F) ||
        code_point == 0x2060 || code_point == 0xFEFF)
        return ""; // soft hyphen, zero-width characters, direction marks, word joiner, BOM
    if ((code_point >= 0x2010 && code_point <= 0x2015) || code_point == 0x2212 ||
        code_point == 0xFE63 || code_point == 0xFF0D)
        return "-"; // hyphens, dashes, minus, small and full-width hyphen-minus
    if (code_point >= 0xFF10 && code_point <= 0xFF19)
        return std::string_view("0123456789").substr(code_point - 0xFF10, 1);
    if (code_point == 0xFF0B)
        return "+";
    if (code_point == 0xFF0E)
        return ".";
    if (code_point == 0xFF0F)
        return "/";
    return std::nullopt;
}

/// The substitute for the character at `offset`. Every character replaced is written in two
/// bytes (U+0080..U+07FF) or three (U+0800..U+FFFF); anything else, invalid UTF-8 included,
/// stays.
Substitute substitute_at(std::string_view text, std::size_t offset) {
    const auto byte = [&](std::size_t index) {
        return static_cast<unsigned char>(text[offset + index]);
    };
    const auto lead = byte(0);
    char32_t code_point = 0;
    std::size_t length = 0;
    if (lead >= 0xC2 && lead <= 0xDF && offset + 1 < text.size() && is_continuation_byte(byte(1))) {
        code_point = (char32_t{lead} & 0x1F) << 6 | (char32_t{byte(1)} & 0x3F);
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF && offset + 2 < text.size() &&
               is_continuation_byte(byte(1)) && is_continuation_byte(byte(2))) {
        code_point = (char32_t{lead} & 0x0F) << 12 | (char32_t{byte(1)} & 0x3F) << 6 |
                     (char32_t{byte(2)} & 0x3F);
        length = 3;
        // An overlong encoding is invalid UTF-8, and invalid UTF-8 stays as it is.
        if (code_point < 0x800)
            return {};
    } else {
        return {};
    }
    const auto replacement = replacement_for(code_point);
    return replacement ? Substitute{length, *replacement} : Substitute{};
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
        const auto substitute = byte < 0x80 ? Substitute{} : substitute_at(original, offset);
        if (substitute.utf8_length == 0) {
            m_text.push_back(original[offset]);
            ++offset;
            continue;
        }
        substitute_at_offset(offset, substitute.utf8_length, substitute.replacement);
        offset += substitute.utf8_length;
    }
}

void NormalisedText::substitute_at_offset(std::size_t offset, std::size_t length,
                                          std::string_view replacement) {
    // Runs are one edit each, so that a text made of such characters takes no more memory
    // than any other.
    if (!m_edits.empty()) {
        Edit& last = m_edits.back();
        const bool adjacent = last.original_offset + last.original_length == offset &&
                              last.normalised_offset + last.normalised_length == m_text.size();
        const bool same_kind = replacement.empty()
                                   ? last.normalised_length == 0
                                   : last.normalised_length > 0 &&
                                         last.original_length / last.normalised_length == length;
        if (adjacent && same_kind) {
            last.original_length += length;
            last.normalised_length += replacement.size();
            m_text += replacement;
            return;
        }
    }
    m_edits.push_back({m_text.size(), offset, length, replacement.size()});
    m_text += replacement;
}

TextSpan NormalisedText::original_span(TextSpan normalised) const {
    const auto begin = original_begin(normalised.begin);
    if (normalised.end <= normalised.begin)
        return {begin, begin};
    return {begin, original_end(normalised.end - 1)};
}

const NormalisedText::Edit* NormalisedText::last_edit_from(std::size_t normalised_byte) const {
    auto after = std::upper_bound(
        m_edits.begin(), m_edits.end(), normalised_byte,
        [](std::size_t offset, const Edit& edit) { return offset < edit.normalised_offset; });
    return after == m_edits.begin() ? nullptr : &*std::prev(after);
}

std::size_t NormalisedText::original_begin(std::size_t normalised_offset) const {
    const Edit* edit = last_edit_from(normalised_offset);
    if (edit == nullptr)
        return normalised_offset;
    if (edit->covers(normalised_offset))
        return edit->original_character(normalised_offset - edit->normalised_offset);
    // The bytes after the last edit map one to one.
    return edit->original_offset + edit->original_length +
           (normalised_offset - edit->normalised_offset - edit->normalised_length);
}

std::size_t NormalisedText::original_end(std::size_t last_normalised_byte) const {
    const Edit* edit = last_edit_from(last_normalised_byte);
    if (edit != nullptr && edit->covers(last_normalised_byte))
        return edit->original_character(last_normalised_byte - edit->normalised_offset + 1);
    return original_begin(last_normalised_byte) + 1;
}

} // namespace finsam
