#pragma once

#include "domain/IsoWeek.h"
#include "domain/SurveyAnswer.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// Which answers to read: one survey of a förbund, of one insats or all of them, at some time
/// points, in a range of weeks (both ends included).
struct SurveyAnswerQuery {
    std::int64_t association_id = 0;
    std::optional<std::int64_t> intervention_id; // nullopt: every insats of the förbund
    std::string survey_id;
    std::vector<SurveyTimePoint> time_points; // empty: every time point
    std::optional<IsoWeek> first_week;
    std::optional<IsoWeek> last_week;
};

/// The survey answers. Stored with a random key and nothing but SurveyAnswer's fields; read
/// back in key order, which is no order in time.
class SurveyAnswerStore {
public:
    explicit SurveyAnswerStore(Database& database) : m_database(database) {}

    /// Stores an answer to an open round, in one transaction with spending the round's code:
    /// for a round that requires codes, the code of `code_hash` is deleted, and the answer is
    /// stored only if it was there. Code::NotFound when the round requires a code and this one
    /// is unknown or spent (also when two use it at once: one wins); Stale when the round is
    /// closed, unknown, or does not match the answer's insats, survey, time point and
    /// respondent.
    tl::expected<void, StorageError> submit(std::int64_t round_id, const SurveyAnswer& answer,
                                            const std::optional<std::string>& code_hash);

    /// The answers the query asks for, in no order of arrival.
    tl::expected<std::vector<SurveyAnswer>, StorageError> answers(const SurveyAnswerQuery& query);

    /// Rewrites every answer in one transaction, in the order of their random keys. On
    /// PostgreSQL the heap otherwise keeps answers in the order they arrived and each row's
    /// xmin is the transaction that spent its code; afterwards every row has this
    /// transaction's xmin and the heap is in key order (the old row versions remain until
    /// VACUUM). SQLite already keeps the table in key order: nothing to do there.
    tl::expected<void, StorageError> reshuffle();

    /// What a copy of the database files could tell of when answers came and which code each
    /// spent, wiped where the database keeps it. PostgreSQL: when the answers carry more than
    /// one xmin, reshuffle() and then VACUUM FULL of the answers, which writes the table anew
    /// without the old row versions; VACUUM FULL of the codes every time, so that no dead code
    /// row keeps the xmax of the answer that spent it. SQLite: a TRUNCATE checkpoint, which
    /// empties the -wal file of its commits in order (it waits for readers; when it cannot
    /// finish, the next run tries again). Must not run inside a transaction. Returns whether
    /// the answers were rewritten.
    tl::expected<bool, StorageError> erase_arrival_traces();

private:
    Database& m_database;
};

} // namespace finsam
