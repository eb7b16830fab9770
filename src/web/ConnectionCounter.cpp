#include "web/ConnectionCounter.h"

namespace finsam {

ConnectionCounter::ConnectionCounter(std::size_t per_address,
                                     const std::vector<std::string>& uncounted)
    : m_per_address(per_address), m_uncounted(uncounted.begin(), uncounted.end()) {}

ConnectionCounter::Admission::Admission(Admission&& other) noexcept
    : m_admitted(other.m_admitted), m_counter(other.m_counter),
      m_address(std::move(other.m_address)) {
    other.m_counter = nullptr;
}

ConnectionCounter::Admission::~Admission() {
    if (m_counter)
        m_counter->release(m_address);
}

ConnectionCounter::Admission ConnectionCounter::admit(const std::string& address) {
    if (m_uncounted.contains(address))
        return Admission(nullptr, address);
    std::lock_guard lock(m_mutex);
    const auto [entry, added] = m_open.try_emplace(address, 0);
    if (entry->second >= m_per_address) {
        if (added)
            m_open.erase(entry);
        return {};
    }
    ++entry->second;
    return Admission(this, address);
}

std::size_t ConnectionCounter::open_from(const std::string& address) const {
    std::lock_guard lock(m_mutex);
    const auto found = m_open.find(address);
    return found == m_open.end() ? 0 : found->second;
}

void ConnectionCounter::release(const std::string& address) {
    std::lock_guard lock(m_mutex);
    const auto found = m_open.find(address);
    if (found != m_open.end() && --found->second == 0)
        m_open.erase(found);
}

} // namespace finsam
