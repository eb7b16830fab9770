#include "app/PeriodicThread.h"

#include <spdlog/spdlog.h>

namespace finsam {

PeriodicThread::PeriodicThread(std::string name, std::string database_url,
                               std::chrono::seconds interval, Work work)
    : m_name(std::move(name)), m_database_url(std::move(database_url)), m_interval(interval),
      m_work(std::move(work)), m_thread([this] { run(); }) {}

PeriodicThread::~PeriodicThread() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool PeriodicThread::wait_for_next_run() {
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
}

void PeriodicThread::run() {
    do {
        auto database = Database::open(m_database_url);
        if (!database) {
            spdlog::error("the {} cannot open the database: {}", m_name, database.error().message);
            continue;
        }
        m_work(*database);
    } while (wait_for_next_run());
}

} // namespace finsam
