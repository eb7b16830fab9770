#pragma once

#include <atomic>
#include <cstddef>

namespace finsam {

/// Memory that the readers of compressed documents running at once may take together for
/// what they inflate: a Word document's share is its inflated XML and the tree parsed from it
/// (DocxExtractor counts four bytes per inflated byte). Each document is also limited on its
/// own (k_max_inflated_bytes), but ten uploads of a zip bomb just under that limit would
/// still take gigabytes between them. Thread-safe.
class InflationBudget {
public:
    explicit InflationBudget(std::size_t total_bytes) : m_total(total_bytes) {}
    InflationBudget(const InflationBudget&) = delete;
    InflationBudget& operator=(const InflationBudget&) = delete;

    /// One reader's part of the budget: what it has taken is given back when it is destroyed.
    class Share {
    public:
        explicit Share(InflationBudget& budget) : m_budget(budget) {}
        Share(const Share&) = delete;
        Share& operator=(const Share&) = delete;
        ~Share() { m_budget.give_back(m_taken); }

        /// Takes `bytes` more; false, taking nothing, when the budget has not that many left.
        bool grow(std::size_t bytes);
        std::size_t taken() const { return m_taken; }

    private:
        InflationBudget& m_budget;
        std::size_t m_taken = 0;
    };

    std::size_t total() const { return m_total; }
    /// Bytes taken by shares alive now.
    std::size_t in_use() const { return m_in_use.load(); }

private:
    bool take(std::size_t bytes);
    void give_back(std::size_t bytes) { m_in_use.fetch_sub(bytes); }

    const std::size_t m_total;
    std::atomic<std::size_t> m_in_use{0};
};

} // namespace finsam
