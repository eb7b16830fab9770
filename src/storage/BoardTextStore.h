#pragma once

#include "domain/Clock.h"
#include "domain/Timestamp.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The kansli's text for a heading of an insats's part of the board report of a period.
struct BoardText {
    std::int64_t intervention_id = 0;
    std::string heading; // the board layout's heading id: "bakgrund"...
    std::string text;    // empty: the heading is left out
    Timestamp edited_at;
    std::optional<std::int64_t> user_id;
    std::string user_name; // empty when no user did it
};

/// The kansli's edits of the board report's texts (table board_texts); the reports' own
/// texts are never changed.
class BoardTextStore {
public:
    /// `clock` dates the edits.
    BoardTextStore(Database& database, const Clock& clock) : m_database(database), m_clock(clock) {}

    /// Keeps `text` as the insats's text under `heading` in the board report of `period`
    /// (PeriodSelection's command-line form: "2022", "2022H1"...), replacing an earlier edit.
    tl::expected<void, StorageError> save(std::int64_t intervention_id, const std::string& period,
                                          const std::string& heading, const std::string& text,
                                          std::optional<std::int64_t> user_id);

    /// The edits of the förbund's insatser for the board report of `period`.
    tl::expected<std::vector<BoardText>, StorageError> texts(std::int64_t association_id,
                                                             const std::string& period);

    /// Takes the insats's text in the board report of `period` from report `report_id`;
    /// nullopt: from the report chosen by kind again.
    tl::expected<void, StorageError> choose_source(std::int64_t intervention_id,
                                                   const std::string& period,
                                                   std::optional<std::int64_t> report_id,
                                                   std::optional<std::int64_t> user_id);

    /// The reports chosen as the förbund's insatser's texts for `period`, by insats.
    tl::expected<std::map<std::int64_t, std::int64_t>, StorageError>
    sources(std::int64_t association_id, const std::string& period);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace finsam
