#include "domain/NameNormalisation.h"

#include "domain/Text.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <utf8proc.h>

namespace finsam {

namespace {

const utf8proc_uint8_t* bytes_of(std::string_view text) {
    return reinterpret_cast<const utf8proc_uint8_t*>(text.data());
}

void append_code_point(std::string& text, utf8proc_int32_t code_point) {
    utf8proc_uint8_t encoded[4];
    const auto length = utf8proc_encode_char(code_point, encoded);
    text.append(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(length));
}

/// Replaces bytes that are not UTF-8 by U+FFFD, so that utf8proc_map cannot fail on a name
/// a broken converter produced.
std::string valid_utf8(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    std::size_t offset = 0;
    while (offset < text.size()) {
        utf8proc_int32_t code_point = 0;
        const auto length =
            utf8proc_iterate(bytes_of(text.substr(offset)),
                             static_cast<utf8proc_ssize_t>(text.size() - offset), &code_point);
        if (length <= 0) {
            append_code_point(result, 0xFFFD);
            ++offset;
            continue;
        }
        result.append(text.substr(offset, static_cast<std::size_t>(length)));
        offset += static_cast<std::size_t>(length);
    }
    return result;
}

std::string case_folded(std::string_view text) {
    utf8proc_uint8_t* mapped = nullptr;
    const auto length = utf8proc_map(
        bytes_of(text), static_cast<utf8proc_ssize_t>(text.size()), &mapped,
        static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
    // After valid_utf8() only an allocation failure is left, and then the name is kept as is.
    if (length < 0)
        return std::string(text);
    return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

} // namespace

std::string normalise_intervention_name(std::string_view name) {
    const std::string folded = case_folded(valid_utf8(name));
    std::string result;
    result.reserve(folded.size());
    bool pending_space = false;
    std::size_t offset = 0;
    while (offset < folded.size()) {
        utf8proc_int32_t code_point = 0;
        const auto length =
            utf8proc_iterate(bytes_of(std::string_view(folded).substr(offset)),
                             static_cast<utf8proc_ssize_t>(folded.size() - offset), &code_point);
        offset += static_cast<std::size_t>(length > 0 ? length : 1);
        // Dashes of every kind, dots, slashes and spaces all separate words, so "Trisam -
        // Hudiksvall" and "Trisam – Hudiksvall" give the same key.
        if (length <= 0 || !is_word_code_point(code_point)) {
            pending_space = !result.empty();
            continue;
        }
        if (pending_space) {
            result.push_back(' ');
            pending_space = false;
        }
        append_code_point(result, code_point);
    }
    return result;
}

} // namespace finsam
