#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

/// A range of bytes [begin, end) in a text.
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// A text with the characters that disguise a number made plain, for the personal-data
/// guard to scan, and the way back to the bytes of the text it was made from. Unicode dashes
/// and minus signs become '-', every kind of space (no-break, narrow, thin, tab...) ' ',
/// full-width digits and the full-width + - . / their ASCII forms; zero-width characters, the
/// word joiner, the byte-order mark and the soft hyphen are removed. Everything else, invalid
/// UTF-8 included, is kept byte for byte.
class NormalisedText {
public:
    explicit NormalisedText(std::string_view original);

    std::string_view text() const { return m_text; }

    /// The bytes of the original text that `normalised` (a span of text()) was made from:
    /// the characters removed inside it are covered, those just outside it are not.
    TextSpan original_span(TextSpan normalised) const;

private:
    /// A run of characters of the original whose normalised form has another length: removed
    /// characters (normalised_length 0), or replaced characters of one UTF-8 length each
    /// becoming one ASCII byte (a line of en dashes, the no-break spaces of a table). Bytes
    /// between edits map one to one.
    struct Edit {
        std::size_t normalised_offset = 0;
        std::size_t original_offset = 0;
        std::size_t original_length = 0;   // of the whole run
        std::size_t normalised_length = 0; // of the whole run: one byte per character replaced

        bool covers(std::size_t normalised_byte) const {
            return normalised_byte < normalised_offset + normalised_length;
        }
        /// The start of a replaced character's original bytes, `index` characters in.
        std::size_t original_character(std::size_t index) const {
            return original_offset + index * (original_length / normalised_length);
        }
    };

    /// Writes `replacement` for the `length` original bytes at `offset`.
    void substitute_at_offset(std::size_t offset, std::size_t length, std::string_view replacement);
    /// The last edit at or before a normalised byte, or null.
    const Edit* last_edit_from(std::size_t normalised_byte) const;
    std::size_t original_begin(std::size_t normalised_offset) const;
    std::size_t original_end(std::size_t last_normalised_byte) const;

    std::string m_text;
    std::vector<Edit> m_edits;
};

} // namespace finsam
