#include "ingest/formats/TextExtractors.h"

#include <array>
#include <cstdint>

namespace finsam {

namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_utf16_little_endian_bom = "\xFF\xFE";
constexpr std::string_view k_utf16_big_endian_bom = "\xFE\xFF";
constexpr char32_t k_replacement_character = 0xFFFD;

// Windows-1252 bytes 0x80..0x9F. The five bytes the code page leaves undefined map to the C1
// control of the same value, as the WHATWG encoding standard does, so no byte is lost.
constexpr std::array<char16_t, 32> k_windows_1252_high_controls = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void append_utf8(std::string& output, char32_t code_point) {
    if (code_point < 0x80) {
        output += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        output += static_cast<char>(0xC0 | (code_point >> 6));
        output += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        output += static_cast<char>(0xE0 | (code_point >> 12));
        output += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        output += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        output += static_cast<char>(0xF0 | (code_point >> 18));
        output += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        output += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        output += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

/// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view text) {
    std::size_t index = 0;
    while (index < text.size()) {
        const auto lead = static_cast<unsigned char>(text[index]);
        std::size_t length = 0;
        char32_t minimum = 0;
        char32_t code_point = 0;
        if (lead < 0x80) {
            ++index;
            continue;
        }
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            code_point = lead & 0x1Fu;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            code_point = lead & 0x0Fu;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            code_point = lead & 0x07u;
        } else {
            return false;
        }
        if (index + length > text.size()) {
            return false;
        }
        for (std::size_t offset = 1; offset < length; ++offset) {
            const auto continuation = static_cast<unsigned char>(text[index + offset]);
            if ((continuation & 0xC0) != 0x80) {
                return false;
            }
            code_point = (code_point << 6) | (continuation & 0x3Fu);
        }
        const bool is_surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
        if (code_point < minimum || code_point > 0x10FFFF || is_surrogate) {
            return false;
        }
        index += length;
    }
    return true;
}

std::string decode_windows_1252(std::string_view bytes) {
    std::string output;
    output.reserve(bytes.size() + bytes.size() / 8);
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x80 && value <= 0x9F) {
            append_utf8(output, k_windows_1252_high_controls[value - 0x80u]);
        } else {
            append_utf8(output, value);
        }
    }
    return output;
}

enum class ByteOrder { LittleEndian, BigEndian };

// Notepad's "Unicode" and "Unicode big endian" encodings; a lone surrogate becomes U+FFFD.
std::string decode_utf16(std::string_view bytes, ByteOrder byte_order) {
    std::string output;
    output.reserve(bytes.size());
    auto unit_at = [&](std::size_t index) {
        const auto first = static_cast<unsigned char>(bytes[index]);
        const auto second = static_cast<unsigned char>(bytes[index + 1]);
        return static_cast<char16_t>(byte_order == ByteOrder::LittleEndian ? (second << 8) | first
                                                                           : (first << 8) | second);
    };
    std::size_t index = 0;
    while (index + 1 < bytes.size()) {
        const char16_t unit = unit_at(index);
        index += 2;
        if (unit >= 0xD800 && unit <= 0xDBFF && index + 1 < bytes.size()) {
            const char16_t low = unit_at(index);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                index += 2;
                append_utf8(output,
                            0x10000 + ((char32_t{unit} - 0xD800) << 10) + (char32_t{low} - 0xDC00));
                continue;
            }
        }
        const bool is_surrogate = unit >= 0xD800 && unit <= 0xDFFF;
        append_utf8(output, is_surrogate ? k_replacement_character : char32_t{unit});
    }
    return output;
}

std::string normalize_line_ends(std::string_view text) {
    std::string output;
    output.reserve(text.size());
    for (std::size_t index = 0; index < text.size(); ++index) {
        if (text[index] != '\r') {
            output += text[index];
            continue;
        }
        output += '\n';
        if (index + 1 < text.size() && text[index + 1] == '\n') {
            ++index;
        }
    }
    return output;
}

bool is_blank(std::string_view text) {
    constexpr std::string_view k_no_break_space = "\xC2\xA0";
    std::size_t index = 0;
    while (index < text.size()) {
        if (text.substr(index).starts_with(k_no_break_space)) {
            index += k_no_break_space.size();
        } else if (std::string_view(" \t\n\f\v").find(text[index]) != std::string_view::npos) {
            ++index;
        } else {
            return false;
        }
    }
    return true;
}

std::string decode_to_utf8(std::string_view bytes) {
    if (bytes.starts_with(k_utf8_bom)) {
        bytes.remove_prefix(k_utf8_bom.size());
    } else if (bytes.starts_with(k_utf16_little_endian_bom)) {
        return decode_utf16(bytes.substr(k_utf16_little_endian_bom.size()),
                            ByteOrder::LittleEndian);
    } else if (bytes.starts_with(k_utf16_big_endian_bom)) {
        return decode_utf16(bytes.substr(k_utf16_big_endian_bom.size()), ByteOrder::BigEndian);
    }
    if (is_valid_utf8(bytes)) {
        return std::string(bytes);
    }
    return decode_windows_1252(bytes);
}

} // namespace

tl::expected<std::string, ExtractError> decode_plain_text(std::string_view bytes) {
    if (bytes.size() > k_max_input_bytes) {
        return tl::unexpected(ExtractError{ExtractError::Code::TooLarge,
                                           "The text file is larger than the import limit."});
    }
    std::string text = normalize_line_ends(decode_to_utf8(bytes));
    if (is_blank(text)) {
        return tl::unexpected(
            ExtractError{ExtractError::Code::Empty, "The text file contains no text."});
    }
    return text;
}

} // namespace finsam
