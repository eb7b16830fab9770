#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace finsam {

/// Slows down password guessing with a growing wait, never a lockout. Failures are counted
/// per username and address together, and per address alone; past a few free failures each
/// further attempt on that count must wait, from the last failure, a time that doubles with
/// every failure up to `longest_wait`. Nothing is counted per username alone, so guesses from
/// elsewhere never keep the real user from logging in; an address that guesses at many
/// usernames is slowed on its own. A count is forgotten `memory` after its last failure. In
/// memory: a restart forgets, which is acceptable for a rate limit.
class LoginThrottle {
public:
    using Clock = std::chrono::steady_clock;

    struct Limits {
        int free_failures_per_user_and_address = 5;
        int free_failures_per_address = 20;
        std::chrono::seconds first_wait{1};
        std::chrono::seconds longest_wait{60};
        std::chrono::seconds memory{std::chrono::minutes(15)};
    };

    LoginThrottle() = default;
    explicit LoginThrottle(Limits limits) : m_limits(limits) {}

    /// How long an attempt for `username` from `address` must still wait; zero when it may
    /// be checked now.
    std::chrono::seconds wait_before(const std::string& username, const std::string& address,
                                     Clock::time_point now = Clock::now());
    void record_failure(const std::string& username, const std::string& address,
                        Clock::time_point now = Clock::now());
    /// A successful login clears the count of the username from that address (not the
    /// address's own).
    void record_success(const std::string& username, const std::string& address);

private:
    struct Failures {
        int count = 0;
        Clock::time_point last;
    };
    template <typename Key> using Counts = std::map<Key, Failures>;

    template <typename Key>
    std::chrono::seconds wait_of(Counts<Key>& counts, const Key& key, int free_failures,
                                 Clock::time_point now);
    template <typename Key> void count(Counts<Key>& counts, const Key& key, Clock::time_point now);
    template <typename Key> void forget_old(Counts<Key>& counts, Clock::time_point now);

    Limits m_limits;
    std::mutex m_mutex;
    Counts<std::pair<std::string, std::string>> m_by_user_and_address;
    Counts<std::string> m_by_address;
};

} // namespace finsam
