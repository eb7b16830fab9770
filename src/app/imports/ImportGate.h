#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>

namespace finsam {

/// How many uploaded files are read at once. Reading a Word file inflates it and parses its
/// XML in memory, and reading takes a core for a while: a few at a time keep the server's
/// memory bounded and leave the other cores to other requests. Whoever comes when all
/// readers are busy waits up to `longest_wait`, then is told to come back (ImportBusy).
class ImportGate {
public:
    ImportGate(std::size_t readers, std::chrono::milliseconds longest_wait)
        : m_readers(readers), m_longest_wait(longest_wait) {}
    ImportGate(const ImportGate&) = delete;
    ImportGate& operator=(const ImportGate&) = delete;

    /// A reader's place: held while one file is read, given back when destroyed.
    class Pass {
    public:
        explicit Pass(ImportGate& gate) : m_gate(&gate) {}
        Pass(Pass&& other) noexcept : m_gate(other.m_gate) { other.m_gate = nullptr; }
        Pass& operator=(Pass&&) = delete;
        ~Pass();

    private:
        ImportGate* m_gate;
    };

    /// A place as soon as one is free within the longest wait; nullopt when none was.
    std::optional<Pass> enter();
    /// How long the caller waits at most: also how long a refused one is told to wait.
    std::chrono::milliseconds longest_wait() const { return m_longest_wait; }

private:
    void leave();

    std::size_t m_readers;
    std::chrono::milliseconds m_longest_wait;
    std::size_t m_reading = 0;
    std::mutex m_mutex;
    std::condition_variable m_left;
};

} // namespace finsam
