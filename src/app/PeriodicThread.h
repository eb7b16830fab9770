#pragma once

#include "storage/Database.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace finsam {

/// `finsam serve`'s background work (the notifier, the survey upkeep): a thread that runs
/// `work` at start and then every `interval`, each time with a connection of its own (so that a
/// database that was away comes back by the next run), until it is destroyed, which waits for
/// the run under way. `name` says in the log whose connection failed.
class PeriodicThread {
public:
    using Work = std::function<void(Database&)>;

    PeriodicThread(std::string name, std::string database_url, std::chrono::seconds interval,
                   Work work);
    ~PeriodicThread();
    PeriodicThread(const PeriodicThread&) = delete;
    PeriodicThread& operator=(const PeriodicThread&) = delete;

private:
    void run();
    /// Waits `interval`, or less when stopped: whether to go on.
    bool wait_for_next_run();

    std::string m_name;
    std::string m_database_url;
    std::chrono::seconds m_interval;
    Work m_work;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace finsam
