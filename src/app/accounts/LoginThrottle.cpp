#include "app/accounts/LoginThrottle.h"

#include "domain/Text.h"

#include <algorithm>
#include <cstdint>

namespace finsam {

namespace {

/// Past this many counts, those whose memory has passed are removed, so that guesses at
/// many usernames from many addresses cannot grow the maps without end.
constexpr std::size_t k_counts_before_forgetting = 10'000;

} // namespace

template <typename Key>
std::chrono::seconds LoginThrottle::wait_of(Counts<Key>& counts, const Key& key, int free_failures,
                                            Clock::time_point now) {
    const auto found = counts.find(key);
    if (found == counts.end())
        return std::chrono::seconds(0);
    const Failures& failures = found->second;
    if (now - failures.last >= m_limits.memory) {
        counts.erase(found);
        return std::chrono::seconds(0);
    }
    if (failures.count < free_failures)
        return std::chrono::seconds(0);
    // 1, 2, 4... times the first wait; the shift stops before the longest wait overflows.
    const int doublings = std::min(failures.count - free_failures, 30);
    const auto wait =
        std::min(m_limits.first_wait * (std::int64_t{1} << doublings), m_limits.longest_wait);
    const auto waited = now - failures.last;
    if (waited >= wait)
        return std::chrono::seconds(0);
    return std::chrono::ceil<std::chrono::seconds>(wait - waited);
}

template <typename Key>
void LoginThrottle::count(Counts<Key>& counts, const Key& key, Clock::time_point now) {
    if (counts.size() >= k_counts_before_forgetting)
        forget_old(counts, now);
    Failures& failures = counts[key];
    if (failures.count > 0 && now - failures.last >= m_limits.memory)
        failures.count = 0;
    ++failures.count;
    failures.last = now;
}

template <typename Key> void LoginThrottle::forget_old(Counts<Key>& counts, Clock::time_point now) {
    std::erase_if(counts,
                  [&](const auto& entry) { return now - entry.second.last >= m_limits.memory; });
}

std::chrono::seconds LoginThrottle::wait_before(const std::string& username,
                                                const std::string& address, Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    return std::max(wait_of(m_by_user_and_address, std::pair(lowercase(username), address),
                            m_limits.free_failures_per_user_and_address, now),
                    wait_of(m_by_address, address, m_limits.free_failures_per_address, now));
}

void LoginThrottle::record_failure(const std::string& username, const std::string& address,
                                   Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    count(m_by_user_and_address, std::pair(lowercase(username), address), now);
    count(m_by_address, address, now);
}

void LoginThrottle::record_success(const std::string& username, const std::string& address) {
    std::lock_guard lock(m_mutex);
    m_by_user_and_address.erase(std::pair(lowercase(username), address));
}

} // namespace finsam
