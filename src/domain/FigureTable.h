#pragma once

#include "domain/CellSuppression.h"
#include "domain/Figure.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace finsam {

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
    int add_report(const std::vector<Figure>& figures);
    /// Adds a report whose cells another table has decided (the last report of the year before,
    /// decided by that year's table), for the relations a reader knows between it and this
    /// table's reports: what that table shows is known here, what it hides is withheld here.
    /// `figures` are those the report was added to `decided` with, as `decided_block`.
    int add_decided_report(const std::vector<Figure>& figures, const FigureTable& decided,
                           int decided_block);
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
    /// every report and sum has been added.
    void suppress(int threshold);
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
    };

    int add_cell(Vector vector, double value);
    void add_relation(Vector vector);
    int inner_cells(int count);
    int everyone(Block& block);
    Vector participants(Block& block, std::optional<int> gender, std::vector<Status> statuses);
    Vector period_flow(Block& block, Measure measure, std::optional<int> gender);
    std::optional<Vector> vector_of(Block& block, const Key& key);
    void add_breakdown(Block& block, Measure whole, Measure part_measure,
                       const std::map<Key, double>& stated);
    void add_implied(Block& block, const std::map<Key, double>& stated);
    void add_share(Block& block, std::size_t index, const std::map<Key, double>& stated);

    int m_inner_count = 0;
    std::vector<TableCell> m_cells;
    std::vector<Block> m_blocks;
    std::vector<bool> m_hidden;
    bool m_protects = false; // whether suppress() was asked to hide anything
};

} // namespace finsam
