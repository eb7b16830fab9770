#pragma once

#include "domain/SurveyRound.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The rounds of surveys and their one-time codes. A code is kept only as its digest (the
/// caller hashes it) and is deleted when it is spent (SurveyAnswerStore::submit).
class SurveyRoundStore {
public:
    explicit SurveyRoundStore(Database& database) : m_database(database) {}

    /// Stores a new round (its id and association_id are ignored); returns it with its id.
    /// Code::NotFound when the insats is not the förbund's; Conflict when the token is taken.
    tl::expected<SurveyRound, StorageError> open_round(std::int64_t association_id,
                                                       const SurveyRound& round);
    /// The round behind a link; nullopt when there is none.
    tl::expected<std::optional<SurveyRound>, StorageError> find_by_token(const std::string& token);
    tl::expected<std::optional<SurveyRound>, StorageError> find(std::int64_t round_id);
    /// The insats's rounds, newest first.
    tl::expected<std::vector<SurveyRound>, StorageError>
    rounds_of_intervention(std::int64_t intervention_id);
    /// Opens or closes a round; Code::NotFound when there is no such round.
    tl::expected<void, StorageError> set_open(std::int64_t round_id, bool open);
    /// Adds codes (their digests) to a round, in one transaction.
    tl::expected<void, StorageError> add_codes(std::int64_t round_id,
                                               const std::vector<std::string>& code_hashes);
    /// How many of the round's codes are not yet spent.
    tl::expected<int, StorageError> unspent_codes(std::int64_t round_id);

private:
    Database& m_database;
};

} // namespace finsam
