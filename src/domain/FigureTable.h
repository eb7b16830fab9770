#pragma once

#include "domain/CellSuppression.h"
#include "domain/Figure.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace finsam {

/// The identities (FigureTable::cell_identity) of the cells a förbund has shown outside the
/// kansli: a reader who saw one then knows it still.
using PublishedCells = std::unordered_set<std::uint64_t>;

/// A cell shown for the first time, and the year of the figures it is made of.
struct PublishedCell {
    std::uint64_t identity = 0;
    int year = 0;
    bool operator==(const PublishedCell&) const = default;
};

/// What names a report's figures in every table: its version, and the year its period ends.
struct ReportIdentity {
    std::uint64_t version = 0;
    int year = 0;
};

// The key figures of reports as one table for small-count protection (röjandeskydd). Each
// report's figures become cells over inner cells, the finest parts a reader cannot split
// further: its participants in total by kön and by where they are (active, ended to work,
// to studies, otherwise), its new and ended of the period by kön, and the parts of each
// breakdown by a code list. A stated figure is the sum of the inner cells it counts, so the
// table knows every way figures add up: a total and its parts by kön, by status, by end
// reason; a year and its quarters (add_sum); a förbund and its insatser (add_sum). A figure a
// report does not state but that its figures give away (the ended, when the total and the
// active are stated) is a cell too, never shown, so a small one is protected as well.
// CellSuppression then hides the small counts and whatever would let a reader work one out.
class FigureTable {
public:
    /// Adds one report's figures (one insats, one period); returns the block's number.
    /// `identity` names the report's figures wherever they are laid out: a cell's identity
    /// (cell_identity) is made of it, so that a cell is known again in another table, another
    /// request, another day.
    int add_report(const std::vector<Figure>& figures, ReportIdentity identity = {});
    /// Adds a report whose cells another table has decided (the last report of the year before,
    /// decided by that year's table), for the relations a reader knows between it and this
    /// table's reports: what that table shows is known here, what it hides is withheld here.
    /// `figures` are those the report was added to `decided` with, as `decided_block`.
    int add_decided_report(const std::vector<Figure>& figures, const FigureTable& decided,
                           int decided_block, ReportIdentity identity = {});
    /// The cell of the block's count of `measure` and `category`, when its report states one.
    std::optional<int> count_cell(int block, Measure measure,
                                  const std::string& category = {}) const;
    /// A cell that is the sum of the cells: a year of quarters, a förbund of insatser.
    int add_sum(const std::vector<int>& cells);
    /// Tells the table what every reader knows of two reports of one insats, `later` a
    /// kvartalsrapport whose quarter starts the day after `earlier` ends: the participants since
    /// the start are the earlier ones and the quarter's new, the ended likewise. So a small new
    /// count cannot be read off two quarters' totals.
    void link_consecutive(int earlier, int later);
    /// Tells the table that two reports of one insats end on the same day (a last
    /// kvartalsrapport and the slutrapport): their participants are the same people.
    void link_same_end(int block, int other);
    double value(int cell) const { return m_cells.at(std::size_t(cell)).value; }

    /// Hides counts from 1 up to below the threshold and what would reveal them. Call after
    /// every report and sum has been added. A cell whose identity is `published` (shown
    /// before, in this table or another) is known to the reader: it stays shown, and what is
    /// hidden now is hidden with it known. Unless it is now a small count (the threshold was
    /// raised): it is then hidden as one.
    void suppress(int threshold, const PublishedCells& published = {});
    /// The identity of a cell: of the inner cells it adds up, so the same figure of the same
    /// report version, or the same sum of them, has the same identity in any table.
    std::uint64_t cell_identity(int cell) const;
    /// The cells suppress() shows that are not `published` yet: the figures and sums a reader
    /// could see, not the relations every reader knows anyway.
    std::vector<PublishedCell> newly_published(const PublishedCells& published) const;
    bool hidden(int cell) const { return m_hidden.at(std::size_t(cell)); }
    /// Whether the block's figure (its index in the figures given to add_report) is hidden: a
    /// count with its cell; a share when the count it implies, or its base, is hidden, or when
    /// its base is not stated. A participant target is no count of people and never hidden.
    bool figure_hidden(int block, std::size_t figure_index) const;

    /// The table as CellSuppression sees it, for checking what a reader can work out.
    const std::vector<TableCell>& cells() const { return m_cells; }
    int inner_count() const { return m_inner_count; }

private:
    /// The three kön a figure may be split by, and the inner cells of one kön's participants.
    enum class Status { Active, EndedToWork, EndedToStudies, EndedOtherwise };
    static constexpr int k_genders = 3;
    static constexpr int k_statuses = 4;
    using Vector = std::vector<std::pair<int, int>>;
    using Key = std::pair<Measure, std::string>;

    /// How one stated percentage relates to the counts.
    struct Share {
        std::optional<int> count;   // the stated count of its measure
        std::optional<int> implied; // the count it implies of its base
        std::optional<int> base;    // the count it is a share of
    };
    struct Block {
        std::map<Key, int> counts;           // first-stated count figures: their cells
        std::map<std::size_t, Share> shares; // by figure index
        std::vector<Figure> figures;
        // Inner cells, allocated when first needed: -1 until then.
        int everyone = -1;  // k_genders * k_statuses cells from here: participants in total
        int newcomers = -1; // k_genders cells: new in the period
        int leavers = -1;   // k_genders cells: ended in the period
        std::map<Key, int> free_parts; // parts of breakdowns with no other relation
        int first_cell = 0;            // the cells add_report made for it: [first, end)
        int end_cell = 0;
        ReportIdentity identity;
    };

    int add_cell(Vector vector, double value);
    void add_relation(Vector vector);
    /// `count` new inner cells of the block, named by `first_label` and the labels after it.
    int inner_cells(const Block& block, int count, std::uint64_t first_label);
    int everyone(Block& block);
    Vector participants(Block& block, std::optional<int> gender, std::vector<Status> statuses);
    Vector period_flow(Block& block, Measure measure, std::optional<int> gender);
    std::optional<Vector> vector_of(Block& block, const Key& key);
    void add_breakdown(Block& block, Measure whole, Measure part_measure,
                       const std::map<Key, double>& stated);
    void add_implied(Block& block, const std::map<Key, double>& stated);
    void add_share(Block& block, std::size_t index, const std::map<Key, double>& stated);

    int m_inner_count = 0;
    std::vector<std::uint64_t> m_inner_identities; // per inner cell: its report's, and its label
    std::vector<int> m_inner_years;                // per inner cell: its report's year
    std::vector<TableCell> m_cells;
    std::vector<Block> m_blocks;
    std::vector<bool> m_hidden;
    bool m_protects = false; // whether suppress() was asked to hide anything
};

} // namespace finsam
