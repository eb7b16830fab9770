#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace finsam::testing {

/// A TCP connection to the test server made by hand, from a chosen loopback address (all of
/// 127.0.0.0/8 is this machine), for clients that misbehave: idle, or sending slowly.
class RawConnection {
public:
    RawConnection(const std::string& from_address, int port);
    RawConnection(RawConnection&& other) noexcept;
    RawConnection& operator=(RawConnection&&) = delete;
    ~RawConnection();

    bool connected() const { return m_socket >= 0; }
    /// False when the bytes could not be sent (the server closed the connection).
    bool send(std::string_view bytes);
    /// Whether the server closes the connection within `wait`; what it sends meanwhile is
    /// read and collected in received().
    bool closed_within(std::chrono::milliseconds wait);
    const std::string& received() const { return m_received; }

private:
    int m_socket = -1;
    std::string m_received;
};

} // namespace finsam::testing
