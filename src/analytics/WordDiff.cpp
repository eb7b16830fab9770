#include "analytics/WordDiff.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <unordered_map>
#include <utility>

namespace finsam {

namespace {

// Myers' algorithm costs about (tokens) x (edits) steps and keeps as many frontier entries.
// Beyond this budget a word-by-word script of two long, mostly different texts would be
// noise to a reader anyway, so the differing middle is shown whole.
constexpr std::size_t k_max_diff_work = 4'000'000;

using Index = std::ptrdiff_t;
constexpr Index k_unreachable = -1;

// Only ASCII white space separates tokens. Every byte of a multibyte UTF-8 character is
// 0x80 or above, so a cut next to one of these bytes never falls inside a character.
constexpr bool is_ascii_space(char character) {
    return character == ' ' || character == '\t' || character == '\n' || character == '\r' ||
           character == '\f' || character == '\v';
}

bool is_all_space(std::string_view text) {
    return std::all_of(text.begin(), text.end(), is_ascii_space);
}

std::vector<std::string_view> split_tokens(std::string_view text) {
    std::vector<std::string_view> tokens;
    std::size_t start = 0;
    while (start < text.size()) {
        const bool space = is_ascii_space(text[start]);
        std::size_t end = start + 1;
        while (end < text.size() && is_ascii_space(text[end]) == space)
            ++end;
        tokens.push_back(text.substr(start, end - start));
        start = end;
    }
    return tokens;
}

// Small integers for equal strings, so the diff compares numbers, not text.
class Interner {
public:
    std::vector<std::size_t> ids_of(std::span<const std::string_view> texts) {
        std::vector<std::size_t> ids;
        ids.reserve(texts.size());
        for (std::string_view text : texts)
            ids.push_back(m_ids.try_emplace(text, m_ids.size()).first->second);
        return ids;
    }

private:
    std::unordered_map<std::string_view, std::size_t> m_ids;
};

// Myers' greedy algorithm. In the edit graph a point (x, y) has consumed x elements of
// `before` and y of `after`; diagonal k holds the points with x - y = k. After d edits,
// frontier d holds for each diagonal k in [-d, d] the furthest x a path can reach, or
// k_unreachable. Paths never leave the graph, so every stored point is a real one.
class EditScript {
public:
    EditScript(std::span<const std::size_t> before, std::span<const std::size_t> after)
        : m_before(before), m_after(after), m_before_size(static_cast<Index>(before.size())),
          m_after_size(static_cast<Index>(after.size())) {}

    // The ops of a shortest script, one per element (Equal consumes one of each), or nothing
    // when it needs more than `max_edits` edits.
    std::optional<std::vector<DiffOp>> shortest(Index max_edits) {
        for (Index edits = 0; edits <= max_edits; ++edits) {
            std::vector<Index> frontier(static_cast<std::size_t>(2 * edits + 1), k_unreachable);
            for (Index diagonal = -edits; diagonal <= edits; diagonal += 2) {
                Index x = 0;
                if (edits > 0) {
                    const std::optional<Edit> edit = last_edit(edits, diagonal);
                    if (!edit)
                        continue;
                    x = edit->end_x();
                }
                Index y = x - diagonal;
                while (x < m_before_size && y < m_after_size &&
                       m_before[static_cast<std::size_t>(x)] ==
                           m_after[static_cast<std::size_t>(y)]) {
                    ++x;
                    ++y;
                }
                frontier[static_cast<std::size_t>(diagonal + edits)] = x;
                if (x == m_before_size && y == m_after_size) {
                    m_trace.push_back(std::move(frontier));
                    return backtrack(edits);
                }
            }
            m_trace.push_back(std::move(frontier));
        }
        return std::nullopt;
    }

private:
    struct Edit {
        DiffOp op; // Inserted moves down from diagonal k + 1, Deleted right from k - 1
        Index from_x;

        Index end_x() const { return op == DiffOp::Inserted ? from_x : from_x + 1; }
    };

    Index furthest(Index edits, Index diagonal) const {
        if (diagonal < -edits || diagonal > edits)
            return k_unreachable;
        return m_trace[static_cast<std::size_t>(edits)][static_cast<std::size_t>(diagonal + edits)];
    }

    // How the furthest path with `edits` edits onto `diagonal` makes its last edit: from the
    // neighbouring diagonal whose furthest path with one edit fewer gets further.
    std::optional<Edit> last_edit(Index edits, Index diagonal) const {
        const Index above_x = furthest(edits - 1, diagonal + 1);
        const Index left_x = furthest(edits - 1, diagonal - 1);
        const bool can_insert = above_x != k_unreachable && above_x - (diagonal + 1) < m_after_size;
        const bool can_delete = left_x != k_unreachable && left_x < m_before_size;
        if (can_insert && (!can_delete || above_x > left_x))
            return Edit{DiffOp::Inserted, above_x};
        if (can_delete)
            return Edit{DiffOp::Deleted, left_x};
        return std::nullopt;
    }

    std::vector<DiffOp> backtrack(Index total_edits) const {
        std::vector<DiffOp> ops;
        Index x = m_before_size;
        Index y = m_after_size;
        for (Index edits = total_edits; edits > 0; --edits) {
            const Index diagonal = x - y;
            const Edit edit = *last_edit(edits, diagonal);
            for (; x > edit.end_x(); --x, --y)
                ops.push_back(DiffOp::Equal);
            ops.push_back(edit.op);
            x = edit.from_x;
            y = x - (edit.op == DiffOp::Inserted ? diagonal + 1 : diagonal - 1);
        }
        for (; x > 0; --x)
            ops.push_back(DiffOp::Equal);
        std::reverse(ops.begin(), ops.end());
        return ops;
    }

    std::span<const std::size_t> m_before;
    std::span<const std::size_t> m_after;
    Index m_before_size;
    Index m_after_size;
    std::vector<std::vector<Index>> m_trace;
};

// The edit budget for sequences of these sizes: (tokens) x (edits) stays within
// k_max_diff_work, and so does the trace, whose size is about edits squared.
Index max_edits_for(std::size_t before_size, std::size_t after_size) {
    const std::size_t total = before_size + after_size;
    return static_cast<Index>(std::min(total, k_max_diff_work / std::max<std::size_t>(total, 1)));
}

// A stretch of a diff: text both sides share, or one change (what went, what came).
struct Run {
    bool is_change = false;
    std::string equal;
    std::string deleted;
    std::string inserted;
};

class SegmentBuilder {
public:
    void add(DiffOp op, std::string_view text) {
        if (text.empty())
            return;
        const bool is_change = op != DiffOp::Equal;
        if (m_runs.empty() || m_runs.back().is_change != is_change)
            m_runs.push_back(Run{is_change, {}, {}, {}});
        Run& run = m_runs.back();
        (op == DiffOp::Equal     ? run.equal
         : op == DiffOp::Deleted ? run.deleted
                                 : run.inserted) += text;
    }

    std::vector<TextSegment> finish() && {
        std::vector<TextSegment> segments;
        for (Run& run : fold_spaces_between_changes()) {
            if (!run.is_change) {
                segments.push_back({DiffOp::Equal, std::move(run.equal)});
                continue;
            }
            if (!run.deleted.empty())
                segments.push_back({DiffOp::Deleted, std::move(run.deleted)});
            if (!run.inserted.empty())
                segments.push_back({DiffOp::Inserted, std::move(run.inserted)});
        }
        return segments;
    }

private:
    // "one two" -> "three four" matches the space and would read as two replacements;
    // folding that space into the changes gives one.
    std::vector<Run> fold_spaces_between_changes() {
        std::vector<Run> folded;
        for (std::size_t index = 0; index < m_runs.size(); ++index) {
            Run& run = m_runs[index];
            const bool after_change = !folded.empty() && folded.back().is_change;
            const bool before_change = index + 1 < m_runs.size() && m_runs[index + 1].is_change;
            if (!run.is_change && after_change && before_change && is_all_space(run.equal)) {
                folded.back().deleted += run.equal;
                folded.back().inserted += run.equal;
            } else if (run.is_change && after_change) {
                folded.back().deleted += run.deleted;
                folded.back().inserted += run.inserted;
            } else {
                folded.push_back(std::move(run));
            }
        }
        return folded;
    }

    std::vector<Run> m_runs;
};

std::size_t total_size(std::span<const std::string_view> tokens) {
    std::size_t size = 0;
    for (std::string_view token : tokens)
        size += token.size();
    return size;
}

// The script that deletes everything before and inserts everything after.
std::vector<DiffOp> replace_all(std::size_t before_size, std::size_t after_size) {
    std::vector<DiffOp> ops(before_size, DiffOp::Deleted);
    ops.insert(ops.end(), after_size, DiffOp::Inserted);
    return ops;
}

} // namespace

std::vector<DiffOp> edit_script(std::span<const std::string_view> before,
                                std::span<const std::string_view> after) {
    if (before.empty() || after.empty())
        return replace_all(before.size(), after.size());
    Interner interner;
    const std::vector<std::size_t> before_ids = interner.ids_of(before);
    const std::vector<std::size_t> after_ids = interner.ids_of(after);
    if (std::optional<std::vector<DiffOp>> shortest =
            EditScript(before_ids, after_ids).shortest(max_edits_for(before.size(), after.size())))
        return std::move(*shortest);
    return replace_all(before.size(), after.size());
}

std::vector<TextSegment> diff_words(std::string_view before, std::string_view after) {
    const std::vector<std::string_view> before_tokens = split_tokens(before);
    const std::vector<std::string_view> after_tokens = split_tokens(after);
    const std::size_t shorter = std::min(before_tokens.size(), after_tokens.size());
    std::size_t prefix = 0;
    while (prefix < shorter && before_tokens[prefix] == after_tokens[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < shorter - prefix && before_tokens[before_tokens.size() - 1 - suffix] ==
                                            after_tokens[after_tokens.size() - 1 - suffix])
        ++suffix;

    const std::span<const std::string_view> before_middle(
        before_tokens.begin() + static_cast<Index>(prefix), before_tokens.size() - prefix - suffix);
    const std::span<const std::string_view> after_middle(
        after_tokens.begin() + static_cast<Index>(prefix), after_tokens.size() - prefix - suffix);
    const std::size_t prefix_bytes =
        total_size(std::span<const std::string_view>(before_tokens).first(prefix));
    const std::size_t suffix_bytes =
        total_size(std::span<const std::string_view>(before_tokens).last(suffix));

    SegmentBuilder builder;
    builder.add(DiffOp::Equal, before.substr(0, prefix_bytes));
    std::size_t before_index = 0;
    std::size_t after_index = 0;
    for (DiffOp op : edit_script(before_middle, after_middle)) {
        if (op == DiffOp::Inserted) {
            builder.add(op, after_middle[after_index++]);
        } else {
            builder.add(op, before_middle[before_index++]);
            after_index += op == DiffOp::Equal ? 1 : 0;
        }
    }
    builder.add(DiffOp::Equal, before.substr(before.size() - suffix_bytes));
    return std::move(builder).finish();
}

} // namespace finsam
