#include "search/SwedishStemmer.h"

#include <libstemmer.h>
#include <stdexcept>

namespace finsam {

namespace {

/// Snowball leaves very long words alone in effect, and a long "word" is usually a URL or a
/// number run; stemming them would only fill the cache.
constexpr std::size_t k_longest_stemmed = 48;
/// A report has a few thousand distinct words; a batch import meets many more, so the cache
/// starts over instead of growing without bound.
constexpr std::size_t k_cache_size = 50'000;

} // namespace

SwedishStemmer::SwedishStemmer() : m_stemmer(sb_stemmer_new("swedish", "UTF_8")) {
    if (!m_stemmer)
        throw std::runtime_error("libstemmer has no Swedish stemmer");
}

SwedishStemmer::~SwedishStemmer() {
    sb_stemmer_delete(m_stemmer);
}

std::string_view SwedishStemmer::stem(std::string_view word) {
    if (word.size() > k_longest_stemmed)
        return word;
    m_key.assign(word);
    if (const auto found = m_known.find(m_key); found != m_known.end())
        return found->second;
    const sb_symbol* stemmed = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (!stemmed)
        return word; // out of memory in libstemmer: the word itself still finds itself
    if (m_known.size() >= k_cache_size)
        m_known.clear();
    const auto length = static_cast<std::size_t>(sb_stemmer_length(m_stemmer));
    return m_known.emplace(m_key, std::string(reinterpret_cast<const char*>(stemmed), length))
        .first->second;
}

} // namespace finsam
