#include "domain/Text.h"

#include <utf8proc.h>

namespace finsam {

namespace {

constexpr unsigned char k_latin1_lead = 0xC3;

bool is_space_at(std::string_view text, std::size_t index, std::size_t& length) {
    auto byte = static_cast<unsigned char>(text[index]);
    if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' ||
        byte == '\v') {
        length = 1;
        return true;
    }
    // U+00A0 no-break space, common in Word exports between a number and "kr".
    if (byte == 0xC2 && index + 1 < text.size() &&
        static_cast<unsigned char>(text[index + 1]) == 0xA0) {
        length = 2;
        return true;
    }
    return false;
}

bool is_word_byte(unsigned char byte) {
    // Every byte of a multi-byte UTF-8 sequence counts as a letter: Swedish letters are
    // all outside ASCII, and punctuation outside ASCII (dashes, quotes) is handled below.
    return (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
           (byte >= 'A' && byte <= 'Z') || byte >= 0x80;
}

/// Punctuation outside ASCII that must split words: en/em dash, curly quotes, bullet.
std::size_t non_ascii_punctuation_length(std::string_view text, std::size_t index) {
    static constexpr std::string_view k_separators[] = {"\u2013", "\u2014", "\u2018", "\u2019",
                                                        "\u201c", "\u201d", "\u2022", "\u00a0",
                                                        "\u00ab", "\u00bb", "\u2026"};
    for (auto separator : k_separators) {
        if (text.substr(index).starts_with(separator))
            return separator.size();
    }
    return 0;
}

} // namespace

std::string lowercase(std::string_view text) {
    std::string result(text);
    for (std::size_t index = 0; index < result.size(); ++index) {
        auto byte = static_cast<unsigned char>(result[index]);
        if (byte >= 'A' && byte <= 'Z') {
            result[index] = static_cast<char>(byte + 32);
        } else if (byte == k_latin1_lead && index + 1 < result.size()) {
            auto next = static_cast<unsigned char>(result[index + 1]);
            // U+00C0..U+00DE are the Latin-1 capitals (except U+00D7, the multiplication sign).
            if (next >= 0x80 && next <= 0x9E && next != 0x97)
                result[index + 1] = static_cast<char>(next + 0x20);
            ++index;
        }
    }
    return result;
}

std::string_view trim(std::string_view text) {
    std::size_t length = 0;
    while (!text.empty() && is_space_at(text, 0, length))
        text.remove_prefix(length);
    while (!text.empty()) {
        if (is_space_at(text, text.size() - 1, length)) {
            text.remove_suffix(1);
        } else if (text.size() >= 2 && is_space_at(text, text.size() - 2, length) && length == 2) {
            text.remove_suffix(2);
        } else {
            break;
        }
    }
    return text;
}

std::string collapse_whitespace(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    bool pending_space = false;
    for (std::size_t index = 0; index < text.size();) {
        std::size_t length = 0;
        if (is_space_at(text, index, length)) {
            pending_space = !result.empty();
            index += length;
            continue;
        }
        if (pending_space) {
            result.push_back(' ');
            pending_space = false;
        }
        result.push_back(text[index]);
        ++index;
    }
    return result;
}

std::vector<std::string> comparison_words(std::string_view text, std::size_t max_words) {
    std::vector<std::string> words;
    std::string current;
    for (std::size_t index = 0; index < text.size() && words.size() < max_words;) {
        auto separator = non_ascii_punctuation_length(text, index);
        auto byte = static_cast<unsigned char>(text[index]);
        if (separator == 0 && is_word_byte(byte)) {
            current.push_back(text[index]);
            ++index;
            continue;
        }
        if (!current.empty())
            words.push_back(lowercase(current));
        current.clear();
        index += separator == 0 ? 1 : separator;
    }
    if (!current.empty() && words.size() < max_words)
        words.push_back(lowercase(current));
    return words;
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    for (const auto& word : word_spans(text))
        words.emplace_back(word.text);
    return words;
}

std::vector<WordSpan> word_spans(std::string_view text) {
    std::vector<WordSpan> words;
    std::size_t start = std::string_view::npos;
    for (std::size_t index = 0; index < text.size();) {
        std::size_t length = 0;
        if (!is_space_at(text, index, length)) {
            if (start == std::string_view::npos)
                start = index;
            ++index;
            continue;
        }
        if (start != std::string_view::npos)
            words.push_back({text.substr(start, index - start), start});
        start = std::string_view::npos;
        index += length;
    }
    if (start != std::string_view::npos)
        words.push_back({text.substr(start), start});
    return words;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

bool starts_with_lowercase_letter(std::string_view text) {
    if (text.empty())
        return false;
    auto byte = static_cast<unsigned char>(text[0]);
    if (byte >= 'a' && byte <= 'z')
        return true;
    if (byte == k_latin1_lead && text.size() > 1) {
        auto next = static_cast<unsigned char>(text[1]);
        return next >= 0x9F && next <= 0xBF && next != 0xB7;
    }
    return false;
}

std::vector<std::string> nonempty_lines(std::string_view text) {
    std::vector<std::string> lines;
    for (const auto line : split_lines(text)) {
        if (const auto item = trim(line); !item.empty())
            lines.emplace_back(item);
    }
    return lines;
}

std::vector<std::string> split_paragraphs(std::string_view text) {
    std::vector<std::string> paragraphs;
    std::string current;
    for (const auto line : split_lines(text)) {
        const std::string_view content = trim(line);
        if (content.empty()) {
            if (!current.empty())
                paragraphs.push_back(std::move(current));
            current.clear();
            continue;
        }
        if (!current.empty())
            current += '\n';
        current += content;
    }
    if (!current.empty())
        paragraphs.push_back(std::move(current));
    return paragraphs;
}

bool is_word_code_point(std::int32_t code_point) {
    switch (utf8proc_category(code_point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

} // namespace finsam
