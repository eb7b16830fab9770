#include "web/DeadlineStream.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <tuple>

namespace finsam {

namespace {

constexpr auto k_stop_check_interval = std::chrono::milliseconds(100);

std::pair<std::string, int> numeric_address(const sockaddr_storage& address, socklen_t length) {
    std::array<char, NI_MAXHOST> host{};
    std::array<char, NI_MAXSERV> service{};
    if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, host.data(),
                    static_cast<socklen_t>(host.size()), service.data(),
                    static_cast<socklen_t>(service.size()), NI_NUMERICHOST | NI_NUMERICSERV) != 0)
        return {"", -1};
    std::string text = host.data();
    if (constexpr std::string_view mapped = "::ffff:";
        text.starts_with(mapped) && text.find('.') != std::string::npos)
        text.erase(0, mapped.size());
    return {text, std::atoi(service.data())};
}

} // namespace

std::pair<std::string, int> peer_of(socket_t socket) {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getpeername(socket, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return {"", -1};
    return numeric_address(address, length);
}

DeadlineStream::DeadlineStream(socket_t socket, std::string remote_address, int remote_port,
                               Timeouts timeouts)
    : m_socket(socket), m_remote_address(std::move(remote_address)), m_remote_port(remote_port),
      m_timeouts(timeouts) {}

bool DeadlineStream::wait_for_request(std::chrono::milliseconds idle,
                                      const std::function<bool()>& stopping) {
    if (has_buffered())
        return true;
    const auto until = Clock::now() + idle;
    while (!stopping()) {
        const auto now = Clock::now();
        if (now >= until)
            return false;
        if (wait_until(POLLIN, std::min(until, now + k_stop_check_interval)))
            return true;
    }
    return false;
}

void DeadlineStream::start_request(std::chrono::milliseconds allowed) {
    m_request_deadline = Clock::now() + allowed;
}

DeadlineStream::Clock::time_point DeadlineStream::read_until() const {
    return std::min(Clock::now() + m_timeouts.read, m_request_deadline);
}

bool DeadlineStream::wait_until(short events, Clock::time_point until) const {
    while (true) {
        const auto left =
            std::chrono::ceil<std::chrono::milliseconds>(until - Clock::now()).count();
        if (left <= 0)
            return false;
        pollfd watched{m_socket, events, 0};
        const int ready = poll(&watched, 1, static_cast<int>(left));
        if (ready > 0)
            return true;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

bool DeadlineStream::is_readable() const {
    return has_buffered() || wait_until(POLLIN, read_until());
}

bool DeadlineStream::is_writable() const {
    return wait_until(POLLOUT, Clock::now() + m_timeouts.write);
}

ssize_t DeadlineStream::read(char* destination, size_t size) {
    if (!has_buffered()) {
        // The deadline holds even for a client that always has the next bytes ready.
        if (Clock::now() >= m_request_deadline) {
            m_gave_up = true;
            return -1;
        }
        // A large read goes straight to the caller; small ones (the header lines are read a
        // byte at a time) are served from the buffer.
        const bool direct = size >= m_buffer.size();
        char* target = direct ? destination : m_buffer.data();
        const std::size_t wanted = direct ? size : m_buffer.size();
        ssize_t received = receive(target, wanted, MSG_DONTWAIT);
        // Usually the bytes are there: poll only when they are not.
        if (received < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!wait_until(POLLIN, read_until())) {
                m_gave_up = true;
                return -1;
            }
            received = receive(target, wanted, 0);
        }
        if (direct || received <= 0)
            return received;
        m_buffer_begin = 0;
        m_buffer_end = static_cast<std::size_t>(received);
    }
    const std::size_t count = std::min(size, m_buffer_end - m_buffer_begin);
    std::memcpy(destination, m_buffer.data() + m_buffer_begin, count);
    m_buffer_begin += count;
    return static_cast<ssize_t>(count);
}

ssize_t DeadlineStream::receive(char* destination, std::size_t size, int flags) const {
    ssize_t received;
    do {
        received = recv(m_socket, destination, size, flags);
    } while (received < 0 && errno == EINTR);
    return received;
}

ssize_t DeadlineStream::transmit(const char* source, std::size_t size, int flags) const {
    ssize_t sent;
    do {
        sent = send(m_socket, source, size, flags | MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    return sent;
}

ssize_t DeadlineStream::write(const char* source, size_t size) {
    ssize_t sent = transmit(source, size, MSG_DONTWAIT);
    // Usually the socket's buffer has room: poll only when it has not.
    if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        if (!is_writable())
            return -1;
        sent = transmit(source, size, 0);
    }
    return sent;
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const {
    ip = m_remote_address;
    port = m_remote_port;
}

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ip.clear();
        port = -1;
        return;
    }
    std::tie(ip, port) = numeric_address(address, length);
}

} // namespace finsam
