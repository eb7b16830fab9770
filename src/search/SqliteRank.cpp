#include "search/SqliteRank.h"

#include "search/SqliteFts5.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace finsam {

namespace {

// Okapi BM25's saturation, as FTS5's bm25() has it.
constexpr double k_k1 = 1.2;

/// What every row of one query shares, computed on its first row or when first needed.
struct QueryData {
    std::int64_t rows = 0;
    std::vector<double> idf = {}; // per phrase; negative until counted
};

int count_row(const Fts5ExtensionApi*, Fts5Context*, void* user_data) {
    ++*static_cast<std::int64_t*>(user_data);
    return SQLITE_OK;
}

void delete_query_data(void* data) {
    delete static_cast<QueryData*>(data);
}

/// The query's shared data, made on the first row.
QueryData* query_data(const Fts5ExtensionApi* api, Fts5Context* fts, int& rc) {
    if (auto* data = static_cast<QueryData*>(api->xGetAuxdata(fts, 0)))
        return data;
    auto* data = new (std::nothrow) QueryData();
    if (!data) {
        rc = SQLITE_NOMEM;
        return nullptr;
    }
    sqlite3_int64 rows = 0;
    rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) {
        data->rows = rows;
        data->idf.assign(static_cast<std::size_t>(api->xPhraseCount(fts)), -1);
        rc = api->xSetAuxdata(fts, data, delete_query_data);
        if (rc == SQLITE_OK)
            return data;
        return nullptr; // xSetAuxdata deleted it
    }
    delete data;
    return nullptr;
}

/// The phrase's inverse document frequency, as bm25() has it: counted on first use.
double idf_of(const Fts5ExtensionApi* api, Fts5Context* fts, QueryData& data, int phrase, int& rc) {
    double& idf = data.idf[static_cast<std::size_t>(phrase)];
    if (idf >= 0)
        return idf;
    std::int64_t hits = 0;
    rc = api->xQueryPhrase(fts, phrase, &hits, count_row);
    const double rows = static_cast<double>(data.rows);
    const double found = static_cast<double>(hits);
    idf = std::log((rows - found + 0.5) / (found + 0.5));
    if (idf <= 0)
        idf = 1e-6;
    return idf;
}

void passage_rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int,
                  sqlite3_value**) {
    int rc = SQLITE_OK;
    QueryData* data = query_data(api, fts, rc);
    if (!data) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    // How often each phrase occurs in the text column of this row.
    std::vector<double> frequency(data->idf.size(), 0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int index = 0; rc == SQLITE_OK && index < instances; ++index) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, index, &phrase, &column, &offset);
        if (rc == SQLITE_OK && column == 0)
            frequency[static_cast<std::size_t>(phrase)] += 1;
    }
    // Every matching row holds every phrase of the query (the terms are ANDed), so a query of
    // one phrase weighs it the same in every row: its idf would not change the order.
    const auto scoring =
        std::count_if(frequency.begin(), frequency.end(), [](double each) { return each > 0; });
    double score = 0;
    for (std::size_t phrase = 0; rc == SQLITE_OK && phrase < frequency.size(); ++phrase) {
        if (frequency[phrase] == 0)
            continue;
        const double idf =
            scoring > 1 ? idf_of(api, fts, *data, static_cast<int>(phrase), rc) : 1.0;
        score += idf * (frequency[phrase] * (k_k1 + 1)) / (frequency[phrase] + k_k1);
    }
    if (rc == SQLITE_OK)
        sqlite3_result_double(context, score);
    else
        sqlite3_result_error_code(context, rc);
}

} // namespace

bool register_passage_rank(sqlite3* connection) {
    fts5_api* api = fts5_api_of(connection);
    if (!api)
        return false;
    const std::string name(k_passage_rank);
    return api->xCreateFunction(api, name.c_str(), nullptr, passage_rank, nullptr) == SQLITE_OK;
}

} // namespace finsam
