#include "web/PageCache.h"

namespace finsam {

std::optional<std::string> PageCache::find(const std::string& key, Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return std::nullopt;
    if (now - found->second.stored_at >= m_lifetime) {
        m_entries.erase(found);
        return std::nullopt;
    }
    return found->second.content;
}

void PageCache::store(const std::string& key, std::string content, Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    // Many quarters or insatsägare at once: start over rather than track what is oldest.
    if (m_entries.size() >= m_capacity && !m_entries.contains(key))
        m_entries.clear();
    m_entries[key] = Entry{std::move(content), now};
}

void PageCache::invalidate() {
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

} // namespace finsam
