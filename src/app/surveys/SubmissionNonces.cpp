#include "app/surveys/SubmissionNonces.h"

#include "app/accounts/Secrets.h"

#include <algorithm>

namespace finsam {

std::string SubmissionNonces::issue() {
    return random_token();
}

bool SubmissionNonces::claim(const std::string& nonce) {
    if (nonce.empty())
        return true;
    const std::lock_guard lock(m_mutex);
    if (!m_claimed.insert(nonce).second)
        return false;
    m_order.push_back(nonce);
    if (m_order.size() > m_capacity) {
        m_claimed.erase(m_order.front());
        m_order.pop_front();
    }
    return true;
}

void SubmissionNonces::release(const std::string& nonce) {
    if (nonce.empty())
        return;
    const std::lock_guard lock(m_mutex);
    if (m_claimed.erase(nonce) == 0)
        return;
    m_order.erase(std::find(m_order.begin(), m_order.end(), nonce));
}

} // namespace finsam
