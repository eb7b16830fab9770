#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace finsam {

/// Snowball's Swedish stemmer (libstemmer): "arbetsträningar" and "arbetsträning" both become
/// "arbetsträning", "deltagarna" and "deltagare" "deltag". Words are lowercased UTF-8. A stemmer
/// keeps the stems it has made (a report repeats its words), so one is not shared between
/// threads: each tokenizer, query and highlighter has its own.
class SwedishStemmer {
public:
    SwedishStemmer();
    ~SwedishStemmer();
    SwedishStemmer(const SwedishStemmer&) = delete;
    SwedishStemmer& operator=(const SwedishStemmer&) = delete;

    /// The stem of a lowercased word. Valid until the next call.
    std::string_view stem(std::string_view word);

private:
    sb_stemmer* m_stemmer;
    std::unordered_map<std::string, std::string> m_known;
    std::string m_key; // the word looked up, kept to avoid an allocation per word
};

} // namespace finsam
