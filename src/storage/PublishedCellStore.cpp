#include "storage/PublishedCellStore.h"

#include "storage/Guarded.h"
#include "storage/Transaction.h"

#include <bit>
#include <string>

namespace finsam {

namespace {

// A cell's identity is an unsigned 64-bit hash; the column is a signed BIGINT of the same bits.
std::int64_t stored_identity(std::uint64_t identity) {
    return std::bit_cast<std::int64_t>(identity);
}

// Rows per INSERT: each statement is one round trip to PostgreSQL, however many rows it holds.
constexpr std::size_t k_rows_per_insert = 500;

/// One INSERT of cells [first, end), as literals: they are integers this program made.
std::string insert_statement(std::int64_t association_id, const std::vector<PublishedCell>& cells,
                             std::size_t first, std::size_t end) {
    std::string statement = "INSERT INTO published_cells (association_id, year, cell) VALUES ";
    for (std::size_t index = first; index < end; ++index) {
        if (index > first)
            statement += ", ";
        statement += "(" + std::to_string(association_id) + ", " +
                     std::to_string(cells[index].year) + ", " +
                     std::to_string(stored_identity(cells[index].identity)) + ")";
    }
    return statement + " ON CONFLICT DO NOTHING";
}

} // namespace

tl::expected<PublishedCells, StorageError>
PublishedCellStore::published(std::int64_t association_id, int first_year, int last_year) {
    auto& session = m_database.session();
    return guarded("reading the published statistics cells", [&] {
        PublishedCells cells;
        std::int64_t cell = 0;
        soci::statement statement =
            (session.prepare << "SELECT cell FROM published_cells WHERE association_id = :id "
                                "AND year BETWEEN :first_year AND :last_year",
             soci::use(association_id), soci::use(first_year), soci::use(last_year),
             soci::into(cell));
        statement.execute();
        while (statement.fetch())
            cells.insert(std::bit_cast<std::uint64_t>(cell));
        return cells;
    });
}

tl::expected<std::map<std::int64_t, PublishedCells>, StorageError>
PublishedCellStore::published_in_every_association(int first_year, int last_year) {
    auto& session = m_database.session();
    return guarded("reading the published statistics cells of every förbund", [&] {
        std::map<std::int64_t, PublishedCells> by_association;
        std::int64_t association_id = 0;
        std::int64_t cell = 0;
        soci::statement statement =
            (session.prepare << "SELECT association_id, cell FROM published_cells "
                                "WHERE year BETWEEN :first_year AND :last_year",
             soci::use(first_year), soci::use(last_year), soci::into(association_id),
             soci::into(cell));
        statement.execute();
        while (statement.fetch())
            by_association[association_id].insert(std::bit_cast<std::uint64_t>(cell));
        return by_association;
    });
}

tl::expected<void, StorageError>
PublishedCellStore::record(std::int64_t association_id, const std::vector<PublishedCell>& cells) {
    if (cells.empty())
        return {};
    auto& session = m_database.session();
    return guarded("recording published statistics cells", [&] {
        Transaction transaction(session, m_database.backend());
        for (std::size_t first = 0; first < cells.size(); first += k_rows_per_insert) {
            const std::size_t end = std::min(cells.size(), first + k_rows_per_insert);
            session << insert_statement(association_id, cells, first, end);
        }
        transaction.commit();
    });
}

} // namespace finsam
