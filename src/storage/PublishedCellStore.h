#pragma once

#include "domain/FigureTable.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <map>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The cells of the statistics each förbund has shown outside the kansli (table
/// published_cells): the small-count protection's memory of what readers have seen.
class PublishedCellStore {
public:
    explicit PublishedCellStore(Database& database) : m_database(database) {}

    /// The cells the förbund has shown whose figures are of the years `first_year` to
    /// `last_year`.
    tl::expected<PublishedCells, StorageError> published(std::int64_t association_id,
                                                         int first_year, int last_year);
    /// published() of every förbund, by förbund id (one that has shown none has no entry): one
    /// query for the national table.
    tl::expected<std::map<std::int64_t, PublishedCells>, StorageError>
    published_in_every_association(int first_year, int last_year);

    /// Records the cells as shown by the förbund; one recorded before stays as it was.
    tl::expected<void, StorageError> record(std::int64_t association_id,
                                            const std::vector<PublishedCell>& cells);

private:
    Database& m_database;
};

} // namespace finsam
