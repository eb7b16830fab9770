#include "search/Highlight.h"

#include "search/SwedishStemmer.h"
#include "search/Words.h"

#include <algorithm>

namespace finsam {

namespace {

struct Token {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string stem;
};

/// A term's words as stems.
struct StemmedTerm {
    std::vector<std::string> stems;
    bool prefix = false;
};

bool matches(const Token& token, const std::string& stem, bool prefix) {
    return prefix ? token.stem.starts_with(stem) : token.stem == stem;
}

std::vector<bool> hits_of(const std::vector<Token>& tokens, const SearchQuery& query,
                          SwedishStemmer& stemmer) {
    std::vector<StemmedTerm> terms;
    for (const auto& term : query.terms) {
        StemmedTerm stemmed{{}, term.prefix};
        for (const auto& word : term.words)
            stemmed.stems.emplace_back(stemmer.stem(word));
        terms.push_back(std::move(stemmed));
    }
    std::vector<bool> hit(tokens.size(), false);
    for (const auto& term : terms) {
        const std::size_t length = term.stems.size();
        for (std::size_t first = 0; first + length <= tokens.size(); ++first) {
            bool all = true;
            for (std::size_t offset = 0; offset < length && all; ++offset)
                all = matches(tokens[first + offset], term.stems[offset], term.prefix);
            if (!all)
                continue;
            for (std::size_t offset = 0; offset < length; ++offset)
                hit[first + offset] = true;
        }
    }
    return hit;
}

/// The first token of the window of `size` tokens with the most hits, moved back so that a
/// few words lead up to its first hit.
std::size_t window_start(const std::vector<bool>& hit, std::size_t size) {
    if (hit.size() <= size)
        return 0;
    std::size_t in_window =
        static_cast<std::size_t>(std::count(hit.begin(), hit.begin() + size, true));
    std::size_t best = in_window;
    std::size_t best_start = 0;
    for (std::size_t start = 1; start + size <= hit.size(); ++start) {
        in_window += hit[start + size - 1] ? 1 : 0;
        in_window -= hit[start - 1] ? 1 : 0;
        if (in_window > best) {
            best = in_window;
            best_start = start;
        }
    }
    if (best == 0)
        return 0;
    constexpr std::size_t k_lead = 6;
    const auto first_hit = static_cast<std::size_t>(
        std::find(hit.begin() + static_cast<std::ptrdiff_t>(best_start), hit.end(), true) -
        hit.begin());
    const std::size_t start = first_hit > k_lead ? first_hit - k_lead : 0;
    return std::min(start, hit.size() - size);
}

bool is_space(char byte) {
    return byte == ' ' || byte == '\n' || byte == '\r' || byte == '\t' || byte == '\f' ||
           byte == '\v';
}

/// The text with every run of white space as one space.
std::string collapsed(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char byte : text) {
        if (!is_space(byte))
            out.push_back(byte);
        else if (out.empty() || out.back() != ' ')
            out.push_back(' ');
    }
    return out;
}

void add_part(std::vector<TextPart>& parts, std::string_view text, bool hit) {
    std::string added = collapsed(text);
    if (added.empty())
        return;
    if (!hit && !parts.empty() && !parts.back().hit) {
        auto& previous = parts.back().text;
        if (previous.ends_with(' ') && added.starts_with(' '))
            added.erase(0, 1);
        previous += added;
        return;
    }
    parts.push_back({std::move(added), hit});
}

/// No white space before the first word or after the last.
void trim_ends(std::vector<TextPart>& parts) {
    if (!parts.empty() && parts.front().text.starts_with(' '))
        parts.front().text.erase(0, 1);
    if (!parts.empty() && parts.back().text.ends_with(' '))
        parts.back().text.pop_back();
    std::erase_if(parts, [](const TextPart& part) { return part.text.empty(); });
}

} // namespace

std::vector<TextPart> highlighted_excerpt(std::string_view text, const SearchQuery& query,
                                          SwedishStemmer& stemmer, std::size_t words) {
    std::vector<Token> tokens;
    for_each_word(text, [&](const Word& word) {
        tokens.push_back({word.start, word.end, std::string(stemmer.stem(word.lowercase))});
    });
    if (tokens.empty() || words == 0)
        return {};
    const std::vector<bool> hit = hits_of(tokens, query, stemmer);
    const std::size_t first = window_start(hit, words);
    const std::size_t last = std::min(tokens.size(), first + words) - 1;

    std::vector<TextPart> parts;
    if (first > 0)
        add_part(parts, "… ", false);
    std::size_t cursor = first > 0 ? tokens[first].start : 0;
    for (std::size_t index = first; index <= last; ++index) {
        if (!hit[index])
            continue;
        add_part(parts, text.substr(cursor, tokens[index].start - cursor), false);
        // Neighbouring hits (a phrase) are one mark.
        std::size_t through = index;
        while (through + 1 <= last && hit[through + 1])
            ++through;
        add_part(parts, text.substr(tokens[index].start, tokens[through].end - tokens[index].start),
                 true);
        cursor = tokens[through].end;
        index = through;
    }
    const std::size_t end = last + 1 < tokens.size() ? tokens[last].end : text.size();
    add_part(parts, text.substr(cursor, end - cursor), false);
    if (last + 1 < tokens.size())
        add_part(parts, " …", false);
    trim_ends(parts);
    return parts;
}

} // namespace finsam
