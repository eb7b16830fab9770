#include "search/SearchQuery.h"

#include "search/SwedishStemmer.h"
#include "search/Words.h"

namespace finsam {

namespace {

std::size_t letter_count(std::string_view text) {
    std::size_t count = 0;
    for (const char byte : text) {
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    for_each_word(text, [&](const Word& word) { words.emplace_back(word.lowercase); });
    return words;
}

/// Adds the words of an unquoted stretch, each a term of its own.
void add_words(std::string_view text, SwedishStemmer& stemmer, SearchQuery& query) {
    for_each_word(text, [&](const Word& word) {
        const bool starred = word.end < text.size() && text[word.end] == '*';
        const bool long_stem = letter_count(stemmer.stem(word.lowercase)) >= k_prefix_stem_length;
        query.terms.push_back({{std::string(word.lowercase)}, false, starred || long_stem});
    });
}

} // namespace

SearchQuery parse_search_query(std::string_view text, SwedishStemmer& stemmer) {
    SearchQuery query;
    std::size_t position = 0;
    while (position < text.size()) {
        const auto quote = text.find('"', position);
        add_words(text.substr(position, quote - position), stemmer, query);
        if (quote == std::string_view::npos)
            break;
        const auto closing = text.find('"', quote + 1);
        auto words = words_of(text.substr(quote + 1, closing - quote - 1));
        if (words.size() == 1)
            query.terms.push_back({std::move(words), false, false});
        else if (!words.empty())
            query.terms.push_back({std::move(words), true, false});
        if (closing == std::string_view::npos)
            break;
        position = closing + 1;
    }
    if (query.terms.size() > k_most_search_terms)
        query.terms.resize(k_most_search_terms);
    return query;
}

std::string fts5_expression(const SearchQuery& query) {
    std::string expression;
    for (const auto& term : query.terms) {
        if (!expression.empty())
            expression += " AND ";
        expression += '"';
        for (std::size_t index = 0; index < term.words.size(); ++index) {
            if (index > 0)
                expression += ' ';
            expression += term.words[index]; // letters and digits only: nothing to escape
        }
        expression += '"';
        if (term.prefix)
            expression += '*';
    }
    return "text : (" + expression + ")";
}

std::string tsquery_expression(const SearchQuery& query) {
    std::string expression;
    for (const auto& term : query.terms) {
        if (!expression.empty())
            expression += " & ";
        if (term.phrase)
            expression += '(';
        for (std::size_t index = 0; index < term.words.size(); ++index) {
            if (index > 0)
                expression += " <-> ";
            expression += "'" + term.words[index] + "'";
        }
        if (term.phrase)
            expression += ')';
        if (term.prefix)
            expression += ":*";
    }
    return expression;
}

} // namespace finsam
