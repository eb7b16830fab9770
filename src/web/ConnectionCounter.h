#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace finsam {

/// The connections being served, per client address, so that one client cannot take every
/// request thread. Addresses in `uncounted` (trusted proxies, whose connections carry many
/// clients) are let through without a limit.
class ConnectionCounter {
public:
    ConnectionCounter(std::size_t per_address, const std::vector<std::string>& uncounted);

    /// A connection let in, counted until it is destroyed; false when it was refused.
    class Admission {
    public:
        Admission() = default;
        /// A connection let in; `counter` null when it is not counted.
        Admission(ConnectionCounter* counter, std::string address)
            : m_admitted(true), m_counter(counter), m_address(std::move(address)) {}
        Admission(Admission&& other) noexcept;
        Admission& operator=(Admission&&) = delete;
        ~Admission();

        explicit operator bool() const { return m_admitted; }

    private:
        bool m_admitted = false;
        ConnectionCounter* m_counter = nullptr;
        std::string m_address;
    };

    /// Counts a new connection from `address`, unless that address has `per_address` open.
    Admission admit(const std::string& address);
    /// Connections counted for the address now.
    std::size_t open_from(const std::string& address) const;

private:
    void release(const std::string& address);

    std::size_t m_per_address;
    std::set<std::string> m_uncounted;
    mutable std::mutex m_mutex;
    std::map<std::string, std::size_t> m_open;
};

} // namespace finsam
