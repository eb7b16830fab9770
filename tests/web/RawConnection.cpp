#include "RawConnection.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace finsam::testing {

RawConnection::RawConnection(const std::string& from_address, int port)
    : m_socket(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, from_address.c_str(), &local.sin_addr);
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(static_cast<std::uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
        ::connect(m_socket, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0) {
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
    }
}

RawConnection::RawConnection(RawConnection&& other) noexcept
    : m_socket(other.m_socket), m_received(std::move(other.m_received)) {
    other.m_socket = -1;
}

RawConnection::~RawConnection() {
    if (m_socket >= 0)
        ::close(m_socket);
}

bool RawConnection::send(std::string_view bytes) {
    return m_socket >= 0 && ::send(m_socket, bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
                                static_cast<ssize_t>(bytes.size());
}

bool RawConnection::closed_within(std::chrono::milliseconds wait) {
    const auto until = std::chrono::steady_clock::now() + wait;
    while (m_socket >= 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              until - std::chrono::steady_clock::now())
                              .count();
        if (left <= 0)
            return false;
        pollfd watched{m_socket, POLLIN, 0};
        if (poll(&watched, 1, static_cast<int>(left)) <= 0)
            continue;
        char buffer[4096];
        const ssize_t count = ::recv(m_socket, buffer, sizeof buffer, 0);
        if (count == 0 || (count < 0 && errno != EINTR))
            return true;
        if (count > 0)
            m_received.append(buffer, static_cast<std::size_t>(count));
    }
    return true;
}

} // namespace finsam::testing
