#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <httplib.h>
#include <string>

namespace finsam {

/// A client's connection as cpp-httplib reads and writes it, with a deadline for reading a
/// request: its headers and body must arrive by the time start_request() allows, however
/// the client spaces its bytes. Each read and write also has its own timeout. One stream
/// serves every request of a kept-alive connection, so bytes read ahead are not lost.
class DeadlineStream final : public httplib::Stream {
public:
    using Clock = std::chrono::steady_clock;

    struct Timeouts {
        std::chrono::milliseconds read;
        std::chrono::milliseconds write;
    };

    /// `remote_address` and `remote_port` are the client's, found once by the caller.
    DeadlineStream(socket_t socket, std::string remote_address, int remote_port, Timeouts timeouts);

    /// Waits up to `idle` for the next request's first byte; false when none came or
    /// `stopping` says the server is stopping (it is asked every tenth of a second).
    bool wait_for_request(std::chrono::milliseconds idle, const std::function<bool()>& stopping);
    /// A request begins: reading it must end within `allowed` from now.
    void start_request(std::chrono::milliseconds allowed);
    /// Whether a read gave up waiting (the deadline, or one read's timeout): what the client
    /// sends after that is the rest of a request cut off, so the connection must close.
    bool gave_up() const { return m_gave_up; }

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char* destination, size_t size) override;
    ssize_t write(const char* source, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    socket_t socket() const override { return m_socket; }

private:
    /// Polls for `events` until `until`; false on a timeout or an error.
    bool wait_until(short events, Clock::time_point until) const;
    Clock::time_point read_until() const;
    /// recv() and send(), again when a signal interrupts them.
    ssize_t receive(char* destination, std::size_t size, int flags) const;
    ssize_t transmit(const char* source, std::size_t size, int flags) const;
    bool has_buffered() const { return m_buffer_begin < m_buffer_end; }

    socket_t m_socket;
    std::string m_remote_address;
    int m_remote_port;
    Timeouts m_timeouts;
    Clock::time_point m_request_deadline = Clock::time_point::max();
    std::array<char, 4096> m_buffer{};
    std::size_t m_buffer_begin = 0;
    std::size_t m_buffer_end = 0;
    bool m_gave_up = false;
};

/// The numeric address and port of a socket's peer ("" and -1 when it has none); an IPv4
/// address mapped into IPv6 (::ffff:a.b.c.d) is written as IPv4.
std::pair<std::string, int> peer_of(socket_t socket);

} // namespace finsam
