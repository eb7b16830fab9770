#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace finsam {

/// Slows down password guessing: after `max_failures` failed logins for one username, or
/// four times as many from one address, within `window`, further attempts are refused until
/// the window has passed since the first of them. In memory: a restart forgets, which is
/// acceptable for a rate limit.
class LoginThrottle {
public:
    using Clock = std::chrono::steady_clock;

    explicit LoginThrottle(int max_failures = 5,
                           std::chrono::seconds window = std::chrono::minutes(15))
        : m_max_failures(max_failures), m_window(window) {}

    /// Whether an attempt may be checked now.
    bool allows(const std::string& username, const std::string& address,
                Clock::time_point now = Clock::now());
    void record_failure(const std::string& username, const std::string& address,
                        Clock::time_point now = Clock::now());
    /// A successful login clears the username's failures (not the address's).
    void record_success(const std::string& username);

private:
    struct Failures {
        int count = 0;
        Clock::time_point first;
    };

    bool blocked(std::map<std::string, Failures>& failures, const std::string& key, int limit,
                 Clock::time_point now);
    void count(std::map<std::string, Failures>& failures, const std::string& key,
               Clock::time_point now);

    int m_max_failures;
    std::chrono::seconds m_window;
    std::mutex m_mutex;
    std::map<std::string, Failures> m_by_username;
    std::map<std::string, Failures> m_by_address;
};

} // namespace finsam
