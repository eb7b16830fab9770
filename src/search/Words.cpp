#include "search/Words.h"

#include "domain/Text.h"

#include <cstdlib>
#include <utf8proc.h>

namespace finsam {

namespace {

bool is_ascii_word_character(unsigned char byte) {
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
           (byte >= '0' && byte <= '9');
}

void append_code_point(std::string& out, utf8proc_int32_t code_point) {
    utf8proc_uint8_t bytes[4];
    const auto length = utf8proc_encode_char(code_point, bytes);
    out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
}

/// Text extracted from a PDF may spell "ä" as "a" and a combining diaeresis; the stemmer knows
/// only the composed letter.
void compose(std::string& word) {
    utf8proc_uint8_t* composed =
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(word.c_str()));
    if (!composed)
        return;
    word.assign(reinterpret_cast<const char*>(composed));
    std::free(composed);
}

} // namespace

void for_each_word(std::string_view text, const std::function<void(const Word&)>& each) {
    std::string lowercase;
    std::size_t start = 0;
    bool in_word = false;
    bool has_mark = false;
    const auto finish = [&](std::size_t end) {
        if (!in_word)
            return;
        if (has_mark)
            compose(lowercase);
        each(Word{lowercase, start, end});
        lowercase.clear();
        in_word = false;
        has_mark = false;
    };
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::size_t position = 0;
    while (position < text.size()) {
        const unsigned char byte = bytes[position];
        if (byte < 0x80) {
            if (is_ascii_word_character(byte)) {
                if (!in_word) {
                    in_word = true;
                    start = position;
                }
                lowercase.push_back(
                    static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte));
            } else {
                finish(position);
            }
            ++position;
            continue;
        }
        utf8proc_int32_t code_point = 0;
        const auto length = utf8proc_iterate(
            bytes + position, static_cast<utf8proc_ssize_t>(text.size() - position), &code_point);
        if (length <= 0) {
            finish(position);
            ++position;
            continue;
        }
        if (is_word_code_point(code_point)) {
            if (!in_word) {
                in_word = true;
                start = position;
            }
            const auto category = utf8proc_category(code_point);
            has_mark =
                has_mark || category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC;
            append_code_point(lowercase, utf8proc_tolower(code_point));
        } else {
            finish(position);
        }
        position += static_cast<std::size_t>(length);
    }
    finish(text.size());
}

} // namespace finsam
