#pragma once

#include <utility>
#include <vector>

namespace finsam {

// Secondary cell suppression by Gaussian elimination, after Langsrud (2024), "Secondary Cell
// Suppression by Gaussian Elimination: An Algorithm Suitable for Handling Issues with Zeros and
// Singletons" (Statistics Norway; the R package GaussSuppression).
//
// A table is described by its inner cells, the finest parts nobody adds up further (women, men
// and annat/okänt of one quarter), which are unknown non-negative counts. Every cell a reader
// may see is a linear combination of inner cells: a total is the sum of its parts, a year the
// sum of its quarters. A reader who sees some cells can work out exactly those combinations
// that lie in the span of the published cells' vectors, so a hidden small count is safe when
// its vector is not in that span. Hiding small counts and "enough" neighbours by a rule of
// thumb misses patterns that only rows and columns together give away; elimination does not.
//
// Cells are offered for publication one at a time, zeros first, then larger values first,
// then in input order; a cell is published only if no small count then lies in the span,
// else it is hidden too. A published zero made of parts with coefficients of one sign also
// tells the reader that each of those parts is zero, so it publishes their unit vectors.
//
// Some things a reader knows without this table: a relation (a total since the start is the
// previous quarter's total plus the quarter's new participants: a known cell with terms of both
// signs and the value zero), or a cell another table has published. Known cells are in the
// reader's span before anything is published. A cell another table hides is withheld here:
// protected like a small count, so this table does not give away what that one hides.

/// Whether a cell is this table's to publish or hide, or decided elsewhere.
enum class CellRole {
    Offered,  // published unless it would reveal a protected cell
    Known,    // the reader knows it: always published
    Withheld, // hidden elsewhere: hidden, and protected as a small count is
};

/// One cell of a table: the sum of `coefficient * inner cell` over its terms, and its value.
struct TableCell {
    std::vector<std::pair<int, int>> terms; // (inner cell index, coefficient)
    double value = 0;
    CellRole role = CellRole::Offered;
};

struct SuppressionResult {
    std::vector<bool> hidden;  // per cell, in input order: a small count or hidden to protect one
    std::vector<bool> primary; // per cell: hidden because it is a small count or withheld
};

/// Hides every offered cell with 0 < value < threshold (none when threshold <= 1) and every
/// withheld one, and, with the known cells in the reader's span from the start, by greedy
/// Gaussian elimination in the priority order above, as few others as that order allows so that
/// none of the small counts can be worked out from the published cells. Zeros are published.
/// Each cell needs at least one term with an inner index in [0, inner_count); otherwise throws
/// std::invalid_argument. Throws std::overflow_error if exact arithmetic would overflow, which
/// takes coefficients far beyond those of a sum table.
SuppressionResult suppress_small_counts(int inner_count, const std::vector<TableCell>& cells,
                                        int threshold);

/// Whether a reader of the cells where `published` is true (and of the known ones) can work
/// out `target`: whether its
/// vector lies in their span (published zeros count with their parts, as above). Exact rational
/// rank computation, independent of the code that suppresses, so tests can check it.
bool is_derivable(int inner_count, const std::vector<TableCell>& cells,
                  const std::vector<bool>& published, const TableCell& target);

} // namespace finsam
