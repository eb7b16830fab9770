#include "ingest/formats/InflationBudget.h"

namespace finsam {

bool InflationBudget::Share::grow(std::size_t bytes) {
    if (!m_budget.take(bytes))
        return false;
    m_taken += bytes;
    return true;
}

bool InflationBudget::take(std::size_t bytes) {
    std::size_t in_use = m_in_use.load();
    do {
        if (bytes > m_total - in_use)
            return false;
    } while (!m_in_use.compare_exchange_weak(in_use, in_use + bytes));
    return true;
}

} // namespace finsam
