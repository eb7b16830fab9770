#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace finsam {

/// Rendered page content that many requests share (the overview of a quarter), kept for a
/// few seconds. Anything the web application changes empties it at once (invalidate());
/// what the command line imports shows within `lifetime`. The content must not depend on
/// who asks beyond what the key names, and holds no CSRF token: the layout around it is
/// rendered per request.
class PageCache {
public:
    using Clock = std::chrono::steady_clock;

    explicit PageCache(std::chrono::milliseconds lifetime, std::size_t capacity = 256)
        : m_lifetime(lifetime), m_capacity(capacity) {}

    std::optional<std::string> find(const std::string& key, Clock::time_point now = Clock::now());
    void store(const std::string& key, std::string content, Clock::time_point now = Clock::now());
    void invalidate();

private:
    struct Entry {
        std::string content;
        Clock::time_point stored_at;
    };

    std::chrono::milliseconds m_lifetime;
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::map<std::string, Entry> m_entries;
};

} // namespace finsam
