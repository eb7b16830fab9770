#include "web/DatabasePool.h"

#include <stdexcept>

namespace finsam {

DatabasePool::Lease::~Lease() {
    if (m_database)
        m_pool->give_back(std::move(m_database));
}

DatabasePool::Lease DatabasePool::lease() {
    std::unique_lock lock(m_mutex);
    m_returned.wait(lock, [&] { return !m_free.empty() || m_opened < m_size; });
    if (!m_free.empty()) {
        auto database = std::move(m_free.back());
        m_free.pop_back();
        return Lease(*this, std::move(database));
    }
    ++m_opened;
    lock.unlock();
    auto opened = Database::open(m_url);
    if (!opened) {
        std::lock_guard relock(m_mutex);
        --m_opened;
        m_returned.notify_one();
        throw std::runtime_error("cannot open the database: " + opened.error().message);
    }
    return Lease(*this, std::make_unique<Database>(std::move(*opened)));
}

void DatabasePool::give_back(std::unique_ptr<Database> database) {
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(database));
    }
    m_returned.notify_one();
}

} // namespace finsam
