#pragma once

#include "storage/Database.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace finsam {

/// Database connections shared by the server's threads: a SOCI session serves one thread at
/// a time, so each request leases one and gives it back. Connections are opened on demand up
/// to `size` and then kept.
class DatabasePool {
public:
    DatabasePool(std::string url, std::size_t size) : m_url(std::move(url)), m_size(size) {}

    class Lease {
    public:
        Lease(DatabasePool& pool, std::unique_ptr<Database> database)
            : m_pool(&pool), m_database(std::move(database)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();

        Database& operator*() { return *m_database; }
        Database* operator->() { return m_database.get(); }

    private:
        DatabasePool* m_pool;
        std::unique_ptr<Database> m_database;
    };

    /// Waits for a free connection; throws std::runtime_error (English) when a new
    /// connection cannot be opened.
    Lease lease();

private:
    void give_back(std::unique_ptr<Database> database);

    std::string m_url;
    std::size_t m_size;
    std::size_t m_opened = 0;
    std::vector<std::unique_ptr<Database>> m_free;
    std::mutex m_mutex;
    std::condition_variable m_returned;
};

} // namespace finsam
