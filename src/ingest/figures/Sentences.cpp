#include "ingest/figures/Sentences.h"

#include "domain/Text.h"

#include <array>
#include <cstddef>
#include <string>
#include <utility>

namespace finsam::figures {

namespace {

bool is_blank(char character) {
    return character == ' ' || character == '\t' || character == '\r';
}

bool is_space(char character) {
    return is_blank(character) || character == '\n';
}

std::size_t skip_blanks(std::string_view text, std::size_t index) {
    while (index < text.size() && is_blank(text[index]))
        ++index;
    return index;
}

std::size_t skip_spaces(std::string_view text, std::size_t index) {
    while (index < text.size() && is_space(text[index]))
        ++index;
    return index;
}

// Length of a list marker and the space after it at `index`, or 0. Word's symbol-font
// bullets arrive as private-use characters (U+F0B7, U+F0A7).
std::size_t bullet_length(std::string_view text, std::size_t index) {
    constexpr std::array<std::string_view, 9> k_markers{
        "o", "-", "*", "\u2022", "\u2013", "\u00b7", "\u25aa", "\uf0b7", "\uf0a7"};
    const std::string_view rest = text.substr(index);
    for (std::string_view marker : k_markers) {
        if (rest.size() > marker.size() && rest.starts_with(marker) &&
            is_blank(rest[marker.size()]))
            return skip_blanks(text, index + marker.size()) - index;
    }
    return 0;
}

bool starts_sentence(std::string_view text, std::size_t index) {
    if (index >= text.size())
        return true;
    const auto byte = static_cast<unsigned char>(text[index]);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9'))
        return true;
    // U+00C0-U+00DE: Latin-1 capitals such as Å, Ä, Ö (U+00D7 is the multiplication sign).
    if (byte == 0xC3 && index + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[index + 1]);
        return next >= 0x80 && next <= 0x9E && next != 0x97;
    }
    return bullet_length(text, index) > 0;
}

// The word before a full stop, such as "ca" or "p.g.a", which does not end a sentence.
bool is_abbreviation_before(std::string_view text, std::size_t stop) {
    constexpr std::array<std::string_view, 20> k_abbreviations{
        "ca",   "bl.a", "t.ex", "p.g.a", "pga", "dvs",    "d.v.s", "kl", "nr",  "st",
        "resp", "inkl", "exkl", "jfr",   "s.k", "fr.o.m", "t.o.m", "ev", "tfn", "f.d"};
    std::size_t begin = stop;
    while (begin > 0 && !is_space(text[begin - 1]) && text[begin - 1] != '(')
        --begin;
    const std::string word = lowercase(text.substr(begin, stop - begin));
    for (std::string_view abbreviation : k_abbreviations) {
        if (word == abbreviation)
            return true;
    }
    return false;
}

constexpr std::size_t k_heading_words = 2;

bool starts_line(std::string_view spaces_before) {
    return spaces_before.find('\n') != std::string_view::npos;
}

class Splitter {
public:
    explicit Splitter(std::string_view text) : m_text(text) {}

    std::vector<SentenceSpan> split() {
        begin_at(skip_spaces(m_text, 0), true);
        std::size_t index = m_start;
        while (index < m_text.size()) {
            const char character = m_text[index];
            if (character == '\n') {
                index = after_line_break(index);
                continue;
            }
            if ((character == '.' || character == '!' || character == '?') &&
                ends_sentence(index)) {
                finish(index + 1);
                const std::size_t next = skip_spaces(m_text, index + 1);
                begin_at(next, starts_line(m_text.substr(index + 1, next - index - 1)));
                index = m_start;
                continue;
            }
            ++index;
        }
        finish(m_text.size());
        return std::move(m_sentences);
    }

private:
    bool ends_sentence(std::size_t stop) const {
        const std::size_t next = stop + 1;
        if (next < m_text.size() && !is_space(m_text[next]))
            return false;
        return starts_sentence(m_text, skip_spaces(m_text, next)) &&
               !is_abbreviation_before(m_text, stop);
    }

    // A blank line ends a paragraph; a line that starts with a list marker starts an item;
    // a short line of its own before a capital is a heading ("Resultat").
    std::size_t after_line_break(std::size_t newline) {
        const std::size_t line_start = skip_blanks(m_text, newline + 1);
        const bool blank_line = line_start < m_text.size() && m_text[line_start] == '\n';
        const bool heading = m_line_start &&
                             is_heading(m_text.substr(m_start, newline - m_start)) &&
                             starts_sentence(m_text, line_start);
        if (blank_line || heading || bullet_length(m_text, line_start) > 0) {
            finish(newline);
            begin_at(skip_spaces(m_text, line_start), blank_line || heading);
            return m_start;
        }
        return newline + 1;
    }

    // At most two words, no digits and no punctuation: "Resultat", "Horisontella principer".
    static bool is_heading(std::string_view line) {
        std::size_t words = 0;
        bool in_word = false;
        for (char character : line) {
            if (is_space(character)) {
                in_word = false;
                continue;
            }
            const auto byte = static_cast<unsigned char>(character);
            const bool letter = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                                byte >= 0x80 || character == '-' || character == '/';
            if (!letter)
                return false;
            if (!in_word && ++words > k_heading_words)
                return false;
            in_word = true;
        }
        return words > 0;
    }

    void begin_at(std::size_t index, bool line_start) {
        const std::size_t marker = bullet_length(m_text, index);
        m_bullet = marker > 0;
        m_start = index + marker;
        m_line_start = line_start && !m_bullet;
    }

    void finish(std::size_t end) {
        if (end <= m_start)
            return;
        const std::string_view sentence = trim(m_text.substr(m_start, end - m_start));
        if (!sentence.empty())
            m_sentences.push_back({sentence, m_bullet});
    }

    std::string_view m_text;
    std::size_t m_start = 0;
    bool m_bullet = false;
    bool m_line_start = true; // the sentence starts a line, so its first line may be a heading
    std::vector<SentenceSpan> m_sentences;
};

} // namespace

std::vector<SentenceSpan> split_sentences(std::string_view text) {
    return Splitter(text).split();
}

} // namespace finsam::figures
