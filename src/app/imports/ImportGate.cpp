#include "app/imports/ImportGate.h"

namespace finsam {

ImportGate::Pass::~Pass() {
    if (m_gate)
        m_gate->leave();
}

std::optional<ImportGate::Pass> ImportGate::enter() {
    std::unique_lock lock(m_mutex);
    if (!m_left.wait_for(lock, m_longest_wait, [this] { return m_reading < m_readers; }))
        return std::nullopt;
    ++m_reading;
    return Pass(*this);
}

void ImportGate::leave() {
    {
        std::lock_guard lock(m_mutex);
        --m_reading;
    }
    m_left.notify_one();
}

} // namespace finsam
