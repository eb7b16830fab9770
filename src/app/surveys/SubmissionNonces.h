#pragma once

#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_set>

namespace finsam {

/// The survey forms already sent, so that the same form posted twice (a double click, a
/// reload of the answer) makes one answer even without one-time codes. Each form carries a
/// random nonce; the first post of it claims it. Held in memory only and never written
/// anywhere: nothing of it can be set beside a stored answer, and a restart forgets it (a
/// form sent again after a restart is stored again). Bounded: the oldest are forgotten first.
class SubmissionNonces {
public:
    explicit SubmissionNonces(std::size_t capacity = 200'000) : m_capacity(capacity) {}

    /// A new nonce for a form.
    static std::string issue();
    /// True the first time; false when this nonce was claimed already. An empty nonce (an
    /// API call) is always new.
    bool claim(const std::string& nonce);
    /// Forgets a claim whose answer could not be stored, so that sending again works.
    void release(const std::string& nonce);

private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::unordered_set<std::string> m_claimed;
    std::deque<std::string> m_order;
};

} // namespace finsam
