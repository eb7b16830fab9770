#include "cli/TextColumns.h"

namespace finsam {

std::size_t character_count(std::string_view text) {
    std::size_t characters = 0;
    for (char byte : text) {
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80)
            ++characters;
    }
    return characters;
}

std::string pad(std::string_view text, std::size_t width) {
    std::string padded(text);
    if (const auto characters = character_count(text); characters < width)
        padded.append(width - characters, ' ');
    return padded;
}

} // namespace finsam
