#include "app/accounts/LoginThrottle.h"

#include "domain/Text.h"

namespace finsam {

bool LoginThrottle::blocked(std::map<std::string, Failures>& failures, const std::string& key,
                            int limit, Clock::time_point now) {
    const auto found = failures.find(key);
    if (found == failures.end())
        return false;
    if (now - found->second.first >= m_window) {
        failures.erase(found);
        return false;
    }
    return found->second.count >= limit;
}

void LoginThrottle::count(std::map<std::string, Failures>& failures, const std::string& key,
                          Clock::time_point now) {
    auto& entry = failures[key];
    if (entry.count == 0 || now - entry.first >= m_window)
        entry = Failures{0, now};
    ++entry.count;
}

bool LoginThrottle::allows(const std::string& username, const std::string& address,
                           Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    return !blocked(m_by_username, lowercase(username), m_max_failures, now) &&
           !blocked(m_by_address, address, m_max_failures * 4, now);
}

void LoginThrottle::record_failure(const std::string& username, const std::string& address,
                                   Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    count(m_by_username, lowercase(username), now);
    count(m_by_address, address, now);
}

void LoginThrottle::record_success(const std::string& username) {
    std::lock_guard lock(m_mutex);
    m_by_username.erase(lowercase(username));
}

} // namespace finsam
