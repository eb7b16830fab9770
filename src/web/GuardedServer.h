#pragma once

#include "web/ConnectionCounter.h"
#include "web/ConnectionLimits.h"

#include <atomic>
#include <httplib.h>
#include <string>
#include <vector>

namespace finsam {

/// cpp-httplib's server with what it lacks against a hostile client: a cap on the
/// connections served at once from one address, a deadline for reading a whole request, a
/// short idle time between kept-alive requests (ConnectionLimits), and a port that another
/// process listens on is an error rather than shared.
class GuardedServer final : public httplib::Server {
public:
    /// `uncounted`: addresses whose connections the cap does not count (trusted proxies).
    GuardedServer(ConnectionLimits limits, const std::vector<std::string>& uncounted);

    /// Binds to the address and port (0: any free port); the port bound, or -1 when that
    /// fails (the port is in use, or the address is not this machine's).
    int bind(const std::string& address, int port);

private:
    /// Replaces cpp-httplib's loop over a connection's requests (it has no hook for either
    /// limit): counts the connection, then reads each request through a DeadlineStream.
    bool process_and_close_socket(socket_t socket) override;
    bool serve_connection(socket_t socket, const std::string& address, int port);
    void log_refusal(const std::string& address);

    ConnectionLimits m_limits;
    ConnectionCounter m_counter;
    std::atomic<std::int64_t> m_last_refusal_logged{0};
};

} // namespace finsam
