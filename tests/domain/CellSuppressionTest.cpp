#include "domain/CellSuppression.h"

#include <gtest/gtest.h>
#include <random>
#include <stdexcept>

namespace finsam {
namespace {

constexpr int k_board_threshold = 5;

/// A table over known inner values, where every cell is a sum of some of them.
class Table {
public:
    explicit Table(std::vector<double> inner_values) : m_inner_values(std::move(inner_values)) {}

    /// Adds the cell that sums `inner_cells` and returns its index.
    std::size_t add_sum(const std::vector<int>& inner_cells) {
        TableCell cell;
        for (const int inner : inner_cells) {
            cell.terms.emplace_back(inner, 1);
            cell.value += m_inner_values[static_cast<std::size_t>(inner)];
        }
        m_cells.push_back(cell);
        return m_cells.size() - 1;
    }

    std::size_t add_inner(int inner) { return add_sum({inner}); }

    /// Adds a relation every reader knows: the terms add up to zero.
    std::size_t add_known(std::vector<std::pair<int, int>> terms) {
        m_cells.push_back(TableCell{std::move(terms), 0, CellRole::Known});
        return m_cells.size() - 1;
    }

    int inner_count() const { return static_cast<int>(m_inner_values.size()); }
    const std::vector<TableCell>& cells() const { return m_cells; }

    SuppressionResult suppress(int threshold = k_board_threshold) const {
        return suppress_small_counts(inner_count(), m_cells, threshold);
    }

    bool derivable(const SuppressionResult& result, std::size_t cell) const {
        return is_derivable(inner_count(), m_cells, published(result), m_cells[cell]);
    }

    static std::vector<bool> published(const SuppressionResult& result) {
        std::vector<bool> shown;
        for (const bool hidden : result.hidden)
            shown.push_back(!hidden);
        return shown;
    }

private:
    std::vector<double> m_inner_values;
    std::vector<TableCell> m_cells;
};

void expect_no_small_count_derivable(const Table& table, const SuppressionResult& result) {
    for (std::size_t cell = 0; cell < table.cells().size(); ++cell) {
        if (result.primary[cell]) {
            EXPECT_TRUE(result.hidden[cell]) << "cell " << cell;
            EXPECT_FALSE(table.derivable(result, cell)) << "cell " << cell;
        }
    }
}

std::size_t count_of(const std::vector<bool>& flags) {
    return static_cast<std::size_t>(std::count(flags.begin(), flags.end(), true));
}

TEST(CellSuppressionTest, ASplitOfThreeAndTwentyShowsNeitherTheThreeNorBothOthers) {
    Table table({3, 20});
    const auto women = table.add_inner(0);
    const auto men = table.add_inner(1);
    const auto total = table.add_sum({0, 1});
    const auto result = table.suppress();
    EXPECT_TRUE(result.hidden[women]);
    EXPECT_TRUE(result.primary[women]);
    EXPECT_TRUE(result.hidden[men] || result.hidden[total]);
    EXPECT_FALSE(table.derivable(result, women));
}

TEST(CellSuppressionTest, TheLargerCellIsTheOneShown) {
    Table table({3, 20});
    const auto men = table.add_inner(1);
    table.add_inner(0);
    const auto total = table.add_sum({0, 1});
    const auto result = table.suppress();
    EXPECT_TRUE(result.hidden[men]);
    EXPECT_FALSE(result.primary[men]);
    EXPECT_FALSE(result.hidden[total]);
}

TEST(CellSuppressionTest, NothingIsHiddenForTheKansli) {
    Table table({3, 20});
    table.add_inner(0);
    table.add_inner(1);
    table.add_sum({0, 1});
    const auto result = table.suppress(0);
    EXPECT_EQ(count_of(result.hidden), 0U);
    EXPECT_EQ(count_of(result.primary), 0U);
}

TEST(CellSuppressionTest, NothingIsHiddenWithoutSmallCounts) {
    Table table({5, 20, 7});
    table.add_inner(0);
    table.add_inner(1);
    table.add_inner(2);
    table.add_sum({0, 1, 2});
    EXPECT_EQ(count_of(table.suppress().hidden), 0U);
}

TEST(CellSuppressionTest, ZerosAreShown) {
    Table table({0, 20});
    table.add_inner(0);
    table.add_inner(1);
    table.add_sum({0, 1});
    EXPECT_EQ(count_of(table.suppress().hidden), 0U);
}

TEST(CellSuppressionTest, AnUnstatedPartKeepsTheTotalFromRevealingTheSmallOne) {
    Table table({3, 20}); // men (inner cell 1) are not stated in the report
    const auto women = table.add_inner(0);
    const auto total = table.add_sum({0, 1});
    const auto result = table.suppress();
    EXPECT_TRUE(result.hidden[women]);
    EXPECT_FALSE(result.hidden[total]);
    EXPECT_FALSE(table.derivable(result, women));
}

TEST(CellSuppressionTest, UnrelatedFiguresAreNotHidden) {
    Table table({3, 20, 2, 9});
    table.add_inner(0);
    table.add_inner(1);
    table.add_sum({0, 1});
    const auto other_part = table.add_inner(3);
    const auto other_total = table.add_sum({2, 3});
    const auto result = table.suppress();
    EXPECT_FALSE(result.hidden[other_part]);
    EXPECT_FALSE(result.hidden[other_total]);
}

/// rows × columns inner cells (row-major) with row totals, column totals and the grand total.
struct TwoWayTable {
    Table table;
    std::vector<std::vector<std::size_t>> inner; // [row][column]
    std::vector<std::size_t> row_totals;
    std::vector<std::size_t> column_totals;
};

TwoWayTable two_way_table(const std::vector<std::vector<double>>& values) {
    const auto rows = static_cast<int>(values.size());
    const auto columns = static_cast<int>(values.front().size());
    std::vector<double> flat;
    for (const auto& row : values)
        flat.insert(flat.end(), row.begin(), row.end());
    TwoWayTable result{Table(flat), {}, {}, {}};
    for (int row = 0; row < rows; ++row) {
        result.inner.emplace_back();
        for (int column = 0; column < columns; ++column)
            result.inner.back().push_back(result.table.add_inner(row * columns + column));
    }
    std::vector<int> everything;
    for (int row = 0; row < rows; ++row) {
        std::vector<int> parts;
        for (int column = 0; column < columns; ++column)
            parts.push_back(row * columns + column);
        result.row_totals.push_back(result.table.add_sum(parts));
        everything.insert(everything.end(), parts.begin(), parts.end());
    }
    for (int column = 0; column < columns; ++column) {
        std::vector<int> parts;
        for (int row = 0; row < rows; ++row)
            parts.push_back(row * columns + column);
        result.column_totals.push_back(result.table.add_sum(parts));
    }
    result.table.add_sum(everything);
    return result;
}

TEST(CellSuppressionTest, ASmallCellInATwoWayTableHidesAnotherInItsRowAndItsColumn) {
    const auto two_way = two_way_table({{3, 12, 9}, {8, 15, 11}, {10, 7, 14}});
    const auto result = two_way.table.suppress();
    const auto& hidden = result.hidden;
    EXPECT_TRUE(hidden[two_way.inner[0][0]]);
    EXPECT_TRUE(hidden[two_way.inner[0][1]] || hidden[two_way.inner[0][2]] ||
                hidden[two_way.row_totals[0]]);
    EXPECT_TRUE(hidden[two_way.inner[1][0]] || hidden[two_way.inner[2][0]] ||
                hidden[two_way.column_totals[0]]);
    EXPECT_GE(count_of(hidden), 4U);
    expect_no_small_count_derivable(two_way.table, result);
}

TEST(CellSuppressionTest, APatternSolvableFromRowsAndColumnsTogetherIsNotChosen) {
    const auto two_way =
        two_way_table({{10, 11, 20, 21}, {12, 13, 2, 22}, {30, 31, 15, 16}, {32, 33, 17, 18}});
    // Two hidden rectangles joined by the small cell: every row and column with a hidden cell
    // has at least two, the usual rule of thumb, yet rows 0–1 minus columns 0–1 give it away.
    std::vector<bool> rule_of_thumb(two_way.table.cells().size(), true);
    for (const auto& [row, column] :
         {std::pair{0, 0}, {0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 2}, {2, 3}, {3, 2}, {3, 3}})
        rule_of_thumb[two_way
                          .inner[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)]] =
            false;
    const auto small = two_way.inner[1][2];
    EXPECT_TRUE(is_derivable(two_way.table.inner_count(), two_way.table.cells(), rule_of_thumb,
                             two_way.table.cells()[small]));

    const auto result = two_way.table.suppress();
    EXPECT_TRUE(result.primary[small]);
    expect_no_small_count_derivable(two_way.table, result);
}

TEST(CellSuppressionTest, ASmallQuarterCannotBeWorkedOutFromTheYearAndTheOtherQuarters) {
    // Inner cells: women and men of each quarter (quarter * 2 + kön).
    Table table({12, 10, 3, 14, 9, 8, 11, 15});
    std::vector<std::size_t> women;
    for (int quarter = 0; quarter < 4; ++quarter) {
        women.push_back(table.add_inner(quarter * 2));
        table.add_inner(quarter * 2 + 1);
        table.add_sum({quarter * 2, quarter * 2 + 1});
    }
    const auto year_women = table.add_sum({0, 2, 4, 6});
    table.add_sum({1, 3, 5, 7});
    table.add_sum({0, 1, 2, 3, 4, 5, 6, 7});
    const auto result = table.suppress();
    EXPECT_TRUE(result.primary[women[1]]);
    EXPECT_TRUE(result.hidden[year_women] || result.hidden[women[0]] || result.hidden[women[2]] ||
                result.hidden[women[3]]);
    expect_no_small_count_derivable(table, result);
}

TEST(CellSuppressionTest, AKnownRelationBetweenCumulativeTotalsIsInTheReadersSpan) {
    // Inner cells: the total since start at the second quarter, the third quarter's new, and
    // the total at the third quarter, which every reader knows is the first plus the second.
    Table table({35, 4, 39});
    const auto total_before = table.add_inner(0);
    const auto new_in_quarter = table.add_inner(1);
    const auto total_after = table.add_inner(2);
    const auto unlinked = table.suppress();
    EXPECT_FALSE(unlinked.hidden[total_before]);
    EXPECT_FALSE(unlinked.hidden[total_after]);

    const auto relation = table.add_known({{2, 1}, {0, -1}, {1, -1}});
    const auto result = table.suppress();
    EXPECT_TRUE(result.primary[new_in_quarter]);
    EXPECT_FALSE(result.hidden[relation]);
    EXPECT_FALSE(result.primary[relation]);
    EXPECT_NE(result.hidden[total_before], result.hidden[total_after]);
    expect_no_small_count_derivable(table, result);
    // The checker counts the relation as known even when a caller does not mark it published.
    std::vector<bool> both_totals(table.cells().size(), false);
    both_totals[total_before] = both_totals[total_after] = true;
    EXPECT_TRUE(is_derivable(table.inner_count(), table.cells(), both_totals,
                             table.cells()[new_in_quarter]));
}

TEST(CellSuppressionTest, ACellHiddenElsewhereIsProtectedLikeASmallCount) {
    Table table({30, 10});
    const auto withheld = table.add_inner(0);
    const auto part = table.add_inner(1);
    const auto total = table.add_sum({0, 1});
    auto cells = table.cells();
    cells[withheld].role = CellRole::Withheld;

    const auto result = suppress_small_counts(table.inner_count(), cells, k_board_threshold);

    EXPECT_TRUE(result.hidden[withheld]);
    EXPECT_TRUE(result.hidden[part] || result.hidden[total]);
    std::vector<bool> published;
    for (const bool hidden : result.hidden)
        published.push_back(!hidden);
    EXPECT_FALSE(is_derivable(table.inner_count(), cells, published, cells[withheld]));
}

TEST(CellSuppressionTest, RandomTablesNeverRevealASmallCountAndHideNothingNeedlessly) {
    std::mt19937 random(20260309);
    const auto uniform = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    for (int round = 0; round < 200; ++round) {
        const int inner_count = uniform(2, 10);
        std::vector<double> values;
        for (int inner = 0; inner < inner_count; ++inner) {
            const int kind = uniform(0, 3);
            values.push_back(kind == 0 ? 0 : kind == 1 ? uniform(1, 4) : uniform(5, 40));
        }
        Table table(values);
        std::vector<int> everything;
        for (int inner = 0; inner < inner_count; ++inner) {
            if (uniform(0, 4) > 0) // otherwise the part is not stated
                table.add_inner(inner);
            everything.push_back(inner);
        }
        // Totals of consecutive groups (quarters of a year), of every stride-th inner cell
        // (one kön across the quarters) and of everything.
        for (int start = 0; start < inner_count;) {
            const int end = std::min(inner_count, start + uniform(1, 4));
            std::vector<int> group;
            for (int inner = start; inner < end; ++inner)
                group.push_back(inner);
            table.add_sum(group);
            start = end;
        }
        const int stride = uniform(2, 3);
        for (int first = 0; first < std::min(stride, inner_count) && uniform(0, 1) == 1; ++first) {
            std::vector<int> group;
            for (int inner = first; inner < inner_count; inner += stride)
                group.push_back(inner);
            table.add_sum(group);
        }
        table.add_sum(everything);
        // Sometimes a relation every reader knows, like a cumulative total's.
        if (inner_count >= 3 && uniform(0, 1) == 1) {
            const int total = uniform(0, inner_count - 1);
            const int before = (total + 1) % inner_count;
            const int added = (total + 2) % inner_count;
            table.add_known({{total, 1}, {before, -1}, {added, -1}});
        }

        const auto result = table.suppress();
        SCOPED_TRACE("round " + std::to_string(round));
        expect_no_small_count_derivable(table, result);
        EXPECT_GE(count_of(result.hidden), count_of(result.primary));
        const auto published = Table::published(result);
        for (std::size_t cell = 0; cell < table.cells().size(); ++cell) {
            const double value = table.cells()[cell].value;
            EXPECT_EQ(result.primary[cell], value > 0 && value < k_board_threshold);
            if (value == 0) {
                EXPECT_FALSE(result.hidden[cell]) << "zero cell " << cell;
            }
            if (!result.hidden[cell] || result.primary[cell])
                continue;
            // The greedy choice hid it because showing it would give a small count away.
            auto with_it = published;
            with_it[cell] = true;
            bool reveals = false;
            for (std::size_t small = 0; small < table.cells().size(); ++small) {
                reveals = reveals ||
                          (result.primary[small] && is_derivable(table.inner_count(), table.cells(),
                                                                 with_it, table.cells()[small]));
            }
            EXPECT_TRUE(reveals) << "needlessly hidden cell " << cell;
        }
    }
}

TEST(CellSuppressionTest, APartIsDerivableFromItsTotalAndTheOtherPart) {
    const std::vector<TableCell> cells{{{{0, 1}, {1, 1}}, 23}, {{{0, 1}}, 3}};
    const TableCell other_part{{{1, 1}}, 20};
    EXPECT_TRUE(is_derivable(2, cells, {true, true}, other_part));
    EXPECT_FALSE(is_derivable(2, cells, {true, false}, other_part));
    EXPECT_FALSE(is_derivable(2, cells, {false, true}, other_part));
    EXPECT_TRUE(is_derivable(2, cells, {true, false}, cells[0]));
}

TEST(CellSuppressionTest, APublishedZeroTotalRevealsItsParts) {
    const std::vector<TableCell> zero_total{{{{0, 1}, {1, 1}}, 0}};
    EXPECT_TRUE(is_derivable(2, zero_total, {true}, {{{0, 1}}, 0}));
    // A zero difference says the parts are equal, not what they are.
    const std::vector<TableCell> zero_difference{{{{0, 1}, {1, -1}}, 0}};
    EXPECT_FALSE(is_derivable(2, zero_difference, {true}, {{{0, 1}}, 0}));
}

TEST(CellSuppressionTest, DerivabilityCountsCoefficients) {
    // 2a + b and a + b give a and b; a + b twice gives neither.
    const std::vector<TableCell> cells{{{{0, 2}, {1, 1}}, 26}, {{{0, 1}, {1, 1}}, 23}};
    EXPECT_TRUE(is_derivable(2, cells, {true, true}, {{{1, 1}}, 20}));
    const std::vector<TableCell> same_sum_twice{cells[1], cells[1]};
    EXPECT_FALSE(is_derivable(2, same_sum_twice, {true, true}, {{{1, 1}}, 20}));
}

TEST(CellSuppressionTest, ACellOutsideTheInnerCellsIsRefused) {
    const std::vector<TableCell> cells{{{{2, 1}}, 3}};
    EXPECT_THROW(suppress_small_counts(2, cells, k_board_threshold), std::invalid_argument);
}

} // namespace
} // namespace finsam
