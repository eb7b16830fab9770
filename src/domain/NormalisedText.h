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
    /// A character of the original whose normalised form has another length: one ASCII byte
    /// for a replaced character, none for a removed one. Bytes between edits map one to one.
    struct Edit {
        std::size_t normalised_offset = 0;
        std::size_t original_offset = 0;
        std::size_t original_length = 0;
        std::size_t normalised_length = 0;
    };

    /// Writes `replacement` for the `length` original bytes at `offset`.
    void substitute_at_offset(std::size_t offset, std::size_t length, std::string_view replacement);
    std::size_t original_begin(std::size_t normalised_offset) const;
    std::size_t original_end(std::size_t last_normalised_byte) const;

    std::string m_text;
    std::vector<Edit> m_edits;
};

} // namespace finsam
