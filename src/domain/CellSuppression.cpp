#include "domain/CellSuppression.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

namespace finsam {
namespace {

using Coefficient = std::int64_t;

/// A vector in inner-cell space: (inner cell, coefficient) sorted by inner cell, no zeros.
using SparseVector = std::vector<std::pair<int, Coefficient>>;

Coefficient checked_multiply(Coefficient left, Coefficient right) {
    Coefficient product = 0;
    if (__builtin_mul_overflow(left, right, &product))
        throw std::overflow_error("cell suppression: coefficient overflow");
    return product;
}

Coefficient checked_subtract(Coefficient left, Coefficient right) {
    Coefficient difference = 0;
    if (__builtin_sub_overflow(left, right, &difference))
        throw std::overflow_error("cell suppression: coefficient overflow");
    return difference;
}

SparseVector vector_of(const TableCell& cell, int inner_count) {
    SparseVector terms;
    terms.reserve(cell.terms.size());
    for (const auto& [inner, coefficient] : cell.terms) {
        if (inner < 0 || inner >= inner_count)
            throw std::invalid_argument("table cell refers to inner cell " + std::to_string(inner) +
                                        " of " + std::to_string(inner_count));
        terms.emplace_back(inner, coefficient);
    }
    std::sort(terms.begin(), terms.end());
    // Merged in place: the terms of one inner cell added up, zeros dropped.
    std::size_t merged = 0;
    for (std::size_t index = 0; index < terms.size(); ++index) {
        if (merged > 0 && terms[merged - 1].first == terms[index].first)
            terms[merged - 1].second += terms[index].second;
        else
            terms[merged++] = terms[index];
    }
    terms.resize(merged);
    std::erase_if(terms, [](const auto& term) { return term.second == 0; });
    if (terms.empty())
        throw std::invalid_argument("table cell has no inner cell with a non-zero coefficient");
    return terms;
}

bool is_small_count(double value, int threshold) {
    return value > 0 && value < threshold;
}

/// What publishing a cell tells a reader, as vectors. Counts are never negative, so a zero
/// whose coefficients all have one sign can only be zero if every inner cell in it is zero:
/// it tells each of them (their unit vectors). Those units alone never reveal a small count,
/// which is above zero and so not made only of inner cells that are zero; together with
/// other published cells they may, and the elimination sees that like any other vector.
std::vector<SparseVector> disclosed_vectors(const SparseVector& cell, double value) {
    const auto positive = [](const auto& term) { return term.second > 0; };
    const auto negative = [](const auto& term) { return term.second < 0; };
    const bool one_sign = std::all_of(cell.begin(), cell.end(), positive) ||
                          std::all_of(cell.begin(), cell.end(), negative);
    if (value != 0 || !one_sign)
        return {cell};
    std::vector<SparseVector> units;
    for (const auto& term : cell)
        units.push_back({{term.first, 1}});
    return units;
}

Coefficient coefficient_at(const SparseVector& vector, int column) {
    const auto found = std::lower_bound(
        vector.begin(), vector.end(), std::pair{column, Coefficient{}},
        [](const auto& left, const auto& right) { return left.first < right.first; });
    return found != vector.end() && found->first == column ? found->second : 0;
}

/// Whether `vector` is `other` times a number: the same columns, in the same ratio.
bool is_multiple(const SparseVector& vector, const SparseVector& other) {
    if (vector.size() != other.size())
        return false;
    __extension__ using Wide = __int128;
    const Wide first = vector.front().second;
    const Wide other_first = other.front().second;
    for (std::size_t index = 0; index < vector.size(); ++index) {
        if (vector[index].first != other[index].first ||
            vector[index].second * other_first != other[index].second * first)
            return false;
    }
    return true;
}

/// Divides out the common factor, so repeated fraction-free steps keep coefficients small.
void remove_common_factor(SparseVector& vector) {
    Coefficient divisor = 0;
    for (const auto& term : vector) {
        divisor = std::gcd(divisor, term.second);
        if (divisor == 1)
            return; // most vectors: a coefficient of ±1 ends the search
    }
    if (divisor > 1) {
        for (auto& term : vector)
            term.second /= divisor;
    }
}

/// `target` times an integer, minus `row` times an integer, so that it is zero at `pivot`
/// (where `row` is not zero): whether the result is zero does not depend on the scaling.
/// Written into `result`, whose storage is reused.
void eliminate(const SparseVector& target, const SparseVector& row, int pivot,
               SparseVector& result) {
    const Coefficient target_at_pivot = coefficient_at(target, pivot);
    const Coefficient row_at_pivot = coefficient_at(row, pivot);
    const Coefficient divisor = std::gcd(target_at_pivot, row_at_pivot);
    const Coefficient target_scale = row_at_pivot / divisor;
    const Coefficient row_scale = target_at_pivot / divisor;
    result.clear();
    result.reserve(target.size() + row.size());
    auto target_term = target.begin();
    auto row_term = row.begin();
    while (target_term != target.end() || row_term != row.end()) {
        int column = 0;
        Coefficient value = 0;
        if (row_term == row.end() ||
            (target_term != target.end() && target_term->first < row_term->first)) {
            column = target_term->first;
            value = checked_multiply(target_scale, (target_term++)->second);
        } else if (target_term == target.end() || row_term->first < target_term->first) {
            column = row_term->first;
            value = checked_subtract(0, checked_multiply(row_scale, (row_term++)->second));
        } else {
            column = target_term->first;
            value = checked_subtract(checked_multiply(target_scale, (target_term++)->second),
                                     checked_multiply(row_scale, (row_term++)->second));
        }
        if (value != 0)
            result.emplace_back(column, value);
    }
    remove_common_factor(result);
}

/// The published vectors of one block in triangular form, with integer coefficients: each row
/// has a pivot column where it is not zero and every later row is zero. Reducing a vector
/// against the rows in the order they were added leaves a residual that is zero exactly when
/// the vector lies in their span. A sparse accumulator and a queue of the rows whose pivot the
/// vector touches keep a reduction to O(rank * nonzeros).
class EchelonBasis {
public:
    explicit EchelonBasis(int width)
        : m_pivot_row(static_cast<std::size_t>(width), -1),
          m_accumulator(static_cast<std::size_t>(width), 0),
          m_touched(static_cast<std::size_t>(width), false) {}

    /// `vector` scaled by an integer minus a combination of the rows: zero in every pivot
    /// column, and empty exactly when `vector` lies in the span of the rows. Valid until the
    /// next call.
    const SparseVector& residual(const SparseVector& vector) {
        // A row is its pivot column's: it is queued when that column is first touched. The
        // queue is a min-heap, so rows apply in the order they were added.
        const auto touch = [&](int column) {
            const auto index = static_cast<std::size_t>(column);
            if (m_touched[index])
                return;
            m_touched[index] = true;
            m_touched_columns.push_back(column);
            if (const int row = m_pivot_row[index]; row >= 0) {
                m_rows_to_apply.push_back(row);
                std::push_heap(m_rows_to_apply.begin(), m_rows_to_apply.end(), std::greater<>());
            }
        };
        for (const auto& [column, value] : vector) {
            touch(column);
            m_accumulator[static_cast<std::size_t>(column)] = value;
        }
        while (!m_rows_to_apply.empty()) {
            std::pop_heap(m_rows_to_apply.begin(), m_rows_to_apply.end(), std::greater<>());
            const auto row = static_cast<std::size_t>(m_rows_to_apply.back());
            m_rows_to_apply.pop_back();
            subtract_row(row, touch);
        }
        collect_residual();
        return m_residual;
    }

    /// Adds the last residual as a row, with its pivot column. The row is turned to be
    /// positive there: a pivot of 1, the most common, then needs no scaling of what it is
    /// subtracted from.
    void add_residual(int pivot) {
        m_pivot_row[static_cast<std::size_t>(pivot)] = static_cast<int>(m_rows.size());
        m_pivots.push_back(pivot);
        m_rows.push_back(m_residual);
        if (coefficient_at(m_rows.back(), pivot) < 0) {
            for (auto& term : m_rows.back())
                term.second = -term.second;
        }
    }

private:
    template <typename Touch> void subtract_row(std::size_t row, const Touch& touch) {
        const int pivot = m_pivots[row];
        const Coefficient accumulated = m_accumulator[static_cast<std::size_t>(pivot)];
        if (accumulated == 0)
            return;
        const Coefficient at_pivot = coefficient_at(m_rows[row], pivot);
        const Coefficient divisor = std::gcd(accumulated, at_pivot);
        const Coefficient accumulator_scale = at_pivot / divisor;
        const Coefficient row_scale = accumulated / divisor;
        if (accumulator_scale != 1) {
            for (const int column : m_touched_columns) {
                auto& value = m_accumulator[static_cast<std::size_t>(column)];
                value = checked_multiply(value, accumulator_scale);
            }
        }
        for (const auto& [column, value] : m_rows[row]) {
            touch(column);
            auto& accumulated_value = m_accumulator[static_cast<std::size_t>(column)];
            accumulated_value =
                checked_subtract(accumulated_value, checked_multiply(row_scale, value));
        }
    }

    void collect_residual() {
        std::sort(m_touched_columns.begin(), m_touched_columns.end());
        m_residual.clear();
        for (const int column : m_touched_columns) {
            const auto index = static_cast<std::size_t>(column);
            if (m_accumulator[index] != 0)
                m_residual.emplace_back(column, m_accumulator[index]);
            m_accumulator[index] = 0;
            m_touched[index] = false;
        }
        m_touched_columns.clear();
        remove_common_factor(m_residual);
    }

    std::vector<SparseVector> m_rows;
    std::vector<int> m_pivots;    // per row
    std::vector<int> m_pivot_row; // per column: the row it is the pivot of, or -1
    std::vector<Coefficient> m_accumulator;
    std::vector<bool> m_touched;
    std::vector<int> m_touched_columns;
    std::vector<int> m_rows_to_apply; // scratch: a heap of rows
    SparseVector m_residual;          // the last residual
};

/// The greedy choice for one block: offered vectors are published unless they would put a
/// small count in the span. Each small count is kept as its residual against the basis, so a
/// new row only needs one elimination step per small count that has its pivot; an index from
/// column to the small counts with a term there finds those without looking at the others.
class BlockSuppression {
public:
    BlockSuppression(int width, std::vector<SparseVector> small_counts)
        : m_basis(width), m_small_count_residuals(std::move(small_counts)),
          m_small_counts_at(static_cast<std::size_t>(width)),
          m_seen_in_publication(m_small_count_residuals.size(), 0) {
        for (std::size_t index = 0; index < m_small_count_residuals.size(); ++index)
            index_columns(index, m_small_count_residuals[index], {});
    }

    /// Whether every vector of a cell can be published; stops at the first that cannot, and
    /// those before it stay in the basis (a reader is then assumed to know more, never less).
    bool try_publish(const std::vector<SparseVector>& vectors) {
        return std::all_of(vectors.begin(), vectors.end(), [this](const SparseVector& vector) {
            return publish(vector, Reveal::Refuse);
        });
    }

    /// Adds what the reader knows anyway. Should it pin a small count down (no relation of a
    /// report table does), no choice of cells could protect that one, and the others still are.
    void add_known(const std::vector<SparseVector>& vectors) {
        for (const auto& vector : vectors)
            publish(vector, Reveal::Accept);
    }

private:
    enum class Reveal { Refuse, Accept };

    bool publish(const SparseVector& vector, Reveal reveal) {
        const SparseVector& residual = m_basis.residual(vector);
        if (residual.empty())
            return true;
        // Any column where the residual is not zero will do: the one with the fewest small
        // counts listed, so that the fewest need a step.
        const int pivot =
            std::min_element(residual.begin(), residual.end(),
                             [&](const auto& left, const auto& right) {
                                 return listed_at(left.first) < listed_at(right.first);
                             })
                ->first;
        auto& listed = m_small_counts_at[static_cast<std::size_t>(pivot)];
        ++m_publication;
        std::erase_if(listed, [&](std::size_t index) {
            // Listed twice, or before an earlier step took the column out.
            return std::exchange(m_seen_in_publication[index], m_publication) == m_publication ||
                   coefficient_at(m_small_count_residuals[index], pivot) == 0;
        });
        // A small count is pinned down exactly when its residual is a multiple of this one.
        const auto pinned_down = [&](std::size_t index) {
            return is_multiple(m_small_count_residuals[index], residual);
        };
        if (reveal == Reveal::Refuse && std::any_of(listed.begin(), listed.end(), pinned_down))
            return false;
        for (const std::size_t index : listed) {
            auto& small_count = m_small_count_residuals[index];
            eliminate(small_count, residual, pivot, m_reduced);
            index_columns(index, m_reduced, small_count);
            std::swap(small_count, m_reduced);
        }
        // Every residual is now zero at the pivot, and no later row has a term there.
        listed.clear();
        m_basis.add_residual(pivot);
        return true;
    }

    std::size_t listed_at(int column) const {
        return m_small_counts_at[static_cast<std::size_t>(column)].size();
    }

    /// Lists the small count under each column of `now` that `before` has no term in.
    void index_columns(std::size_t index, const SparseVector& now, const SparseVector& before) {
        auto old_term = before.begin();
        for (const auto& [column, value] : now) {
            while (old_term != before.end() && old_term->first < column)
                ++old_term;
            if (old_term == before.end() || old_term->first != column)
                m_small_counts_at[static_cast<std::size_t>(column)].push_back(index);
        }
    }

    EchelonBasis m_basis;
    std::vector<SparseVector> m_small_count_residuals;
    std::vector<std::vector<std::size_t>> m_small_counts_at; // per column; may list stale ones
    std::vector<std::uint64_t> m_seen_in_publication;        // per small count
    std::uint64_t m_publication = 0;
    SparseVector m_reduced; // scratch: a small count's next residual
};

/// Cells whose inner cells are connected through shared cells; no cell of one block says
/// anything about another's inner cells, so each is eliminated on its own.
struct Block {
    std::vector<std::size_t> cells;
    std::vector<int> inner_cells;
};

int find_root(std::vector<int>& parents, int inner) {
    while (parents[static_cast<std::size_t>(inner)] != inner) {
        auto& parent = parents[static_cast<std::size_t>(inner)];
        parent = parents[static_cast<std::size_t>(parent)];
        inner = parent;
    }
    return inner;
}

std::vector<Block> split_into_blocks(int inner_count, const std::vector<SparseVector>& vectors) {
    std::vector<int> parents(static_cast<std::size_t>(inner_count));
    std::iota(parents.begin(), parents.end(), 0);
    for (const auto& vector : vectors) {
        const int first_root = find_root(parents, vector.front().first);
        for (const auto& term : vector)
            parents[static_cast<std::size_t>(find_root(parents, term.first))] = first_root;
    }
    std::vector<int> block_of_root(static_cast<std::size_t>(inner_count), -1);
    std::vector<Block> blocks;
    const auto block_of = [&](int inner) -> Block& {
        auto& index = block_of_root[static_cast<std::size_t>(find_root(parents, inner))];
        if (index < 0) {
            index = static_cast<int>(blocks.size());
            blocks.emplace_back();
        }
        return blocks[static_cast<std::size_t>(index)];
    };
    for (int inner = 0; inner < inner_count; ++inner)
        block_of(inner).inner_cells.push_back(inner);
    for (std::size_t cell = 0; cell < vectors.size(); ++cell)
        block_of(vectors[cell].front().first).cells.push_back(cell);
    return blocks;
}

/// A cell that may be published, with what publishing it would tell.
struct Candidate {
    std::size_t cell;
    double value;
    std::vector<SparseVector> disclosed;
};

/// Zeros first (showing one reveals nothing), then larger values, then input order.
void sort_by_publication_priority(std::vector<Candidate>& candidates) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& left, const Candidate& right) {
                         if ((left.value == 0) != (right.value == 0))
                             return left.value == 0;
                         return left.value > right.value;
                     });
}

/// `local_column` is scratch space of one entry per inner cell of the whole table.
void suppress_in_block(const Block& block, const std::vector<TableCell>& table,
                       const std::vector<SparseVector>& vectors, std::vector<int>& local_column,
                       SuppressionResult& result) {
    if (std::none_of(block.cells.begin(), block.cells.end(),
                     [&](std::size_t cell) { return result.primary[cell]; }))
        return;
    for (std::size_t index = 0; index < block.inner_cells.size(); ++index)
        local_column[static_cast<std::size_t>(block.inner_cells[index])] = static_cast<int>(index);
    const auto local = [&](SparseVector vector) {
        for (auto& term : vector)
            term.first = local_column[static_cast<std::size_t>(term.first)];
        return vector;
    };

    std::vector<SparseVector> small_counts;
    std::vector<Candidate> known;
    std::vector<Candidate> candidates;
    for (const std::size_t cell : block.cells) {
        if (result.primary[cell]) {
            small_counts.push_back(local(vectors[cell]));
            continue;
        }
        Candidate candidate{cell, table[cell].value,
                            disclosed_vectors(local(vectors[cell]), table[cell].value)};
        (table[cell].role == CellRole::Known ? known : candidates).push_back(std::move(candidate));
    }

    sort_by_publication_priority(candidates);
    BlockSuppression suppression(static_cast<int>(block.inner_cells.size()),
                                 std::move(small_counts));
    for (const auto& relation : known)
        suppression.add_known(relation.disclosed);
    for (const auto& candidate : candidates)
        result.hidden[candidate.cell] = !suppression.try_publish(candidate.disclosed);
}

/// An exact fraction, reduced, with a positive denominator.
class Rational {
public:
    Rational(Coefficient numerator = 0, Coefficient denominator = 1)
        : m_numerator(numerator), m_denominator(denominator) {
        const Coefficient divisor = std::gcd(m_numerator, m_denominator);
        m_numerator /= divisor;
        m_denominator /= divisor;
        if (m_denominator < 0) {
            m_numerator = -m_numerator;
            m_denominator = -m_denominator;
        }
    }

    bool is_zero() const { return m_numerator == 0; }

    friend Rational operator*(const Rational& left, const Rational& right) {
        return {checked_multiply(left.m_numerator, right.m_numerator),
                checked_multiply(left.m_denominator, right.m_denominator)};
    }
    friend Rational operator/(const Rational& left, const Rational& right) {
        return left * Rational(right.m_denominator, right.m_numerator);
    }
    friend Rational operator-(const Rational& left, const Rational& right) {
        return {checked_subtract(checked_multiply(left.m_numerator, right.m_denominator),
                                 checked_multiply(right.m_numerator, left.m_denominator)),
                checked_multiply(left.m_denominator, right.m_denominator)};
    }

private:
    Coefficient m_numerator;
    Coefficient m_denominator;
};

using DenseRow = std::vector<Rational>;

/// The rank of `rows` (each `width` long), by plain Gaussian elimination over the rationals.
std::size_t rank_of(std::vector<DenseRow> rows, std::size_t width) {
    std::size_t rank = 0;
    for (std::size_t column = 0; column < width && rank < rows.size(); ++column) {
        const auto pivot_row =
            std::find_if(rows.begin() + static_cast<std::ptrdiff_t>(rank), rows.end(),
                         [&](const DenseRow& row) { return !row[column].is_zero(); });
        if (pivot_row == rows.end())
            continue;
        std::swap(*pivot_row, rows[rank]);
        const DenseRow& pivot = rows[rank];
        for (std::size_t below = rank + 1; below < rows.size(); ++below) {
            DenseRow& row = rows[below];
            if (row[column].is_zero())
                continue;
            const Rational factor = row[column] / pivot[column];
            for (std::size_t entry = column; entry < width; ++entry)
                row[entry] = row[entry] - factor * pivot[entry];
        }
        ++rank;
    }
    return rank;
}

DenseRow dense_row(const SparseVector& vector, std::size_t width) {
    DenseRow row(width);
    for (const auto& [column, value] : vector)
        row[static_cast<std::size_t>(column)] = Rational(value);
    return row;
}

} // namespace

SuppressionResult suppress_small_counts(int inner_count, const std::vector<TableCell>& cells,
                                        int threshold) {
    std::vector<SparseVector> vectors;
    vectors.reserve(cells.size());
    for (const auto& cell : cells)
        vectors.push_back(vector_of(cell, inner_count));

    SuppressionResult result;
    for (const auto& cell : cells)
        result.primary.push_back(
            cell.role == CellRole::Withheld ||
            (cell.role == CellRole::Offered && is_small_count(cell.value, threshold)));
    result.hidden = result.primary;
    std::vector<int> local_column(static_cast<std::size_t>(inner_count), -1);
    for (const auto& block : split_into_blocks(inner_count, vectors))
        suppress_in_block(block, cells, vectors, local_column, result);
    return result;
}

bool is_derivable(int inner_count, const std::vector<TableCell>& cells,
                  const std::vector<bool>& published, const TableCell& target) {
    const auto width = static_cast<std::size_t>(inner_count);
    std::vector<DenseRow> rows;
    for (std::size_t cell = 0; cell < cells.size(); ++cell) {
        if (!published.at(cell) && cells[cell].role != CellRole::Known)
            continue;
        for (const auto& vector :
             disclosed_vectors(vector_of(cells[cell], inner_count), cells[cell].value))
            rows.push_back(dense_row(vector, width));
    }
    const std::size_t published_rank = rank_of(rows, width);
    rows.push_back(dense_row(vector_of(target, inner_count), width));
    return rank_of(std::move(rows), width) == published_rank;
}

} // namespace finsam
