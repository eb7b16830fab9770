#include "search/SqliteTokenizer.h"

#include "search/SqliteFts5.h"
#include "search/SwedishStemmer.h"
#include "search/Words.h"

#include <new>
#include <sqlite3.h>
#include <string>

namespace finsam {

namespace {

/// One tokenizer per FTS5 table on a connection; a connection is used by one thread at a time.
struct SwedishTokenizer {
    SwedishStemmer stemmer;
};

int create_tokenizer(void*, const char**, int, Fts5Tokenizer** made) {
    try {
        *made = reinterpret_cast<Fts5Tokenizer*>(new SwedishTokenizer());
        return SQLITE_OK;
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

void delete_tokenizer(Fts5Tokenizer* tokenizer) {
    delete reinterpret_cast<SwedishTokenizer*>(tokenizer);
}

int tokenize(Fts5Tokenizer* tokenizer, void* context, int, const char* text, int length,
             int (*token)(void*, int, const char*, int, int, int)) {
    auto& stemmer = reinterpret_cast<SwedishTokenizer*>(tokenizer)->stemmer;
    int result = SQLITE_OK;
    try {
        for_each_word({text, static_cast<std::size_t>(length)}, [&](const Word& word) {
            if (result != SQLITE_OK)
                return;
            const std::string_view stem = stemmer.stem(word.lowercase);
            result = token(context, 0, stem.data(), static_cast<int>(stem.size()),
                           static_cast<int>(word.start), static_cast<int>(word.end));
        });
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
    return result;
}

} // namespace

bool register_swedish_tokenizer(sqlite3* connection) {
    fts5_api* api = fts5_api_of(connection);
    if (!api)
        return false;
    static fts5_tokenizer methods{create_tokenizer, delete_tokenizer, tokenize};
    const std::string name(k_swedish_tokenizer);
    return api->xCreateTokenizer(api, name.c_str(), nullptr, &methods, nullptr) == SQLITE_OK;
}

} // namespace finsam
