#include "web/GuardedServer.h"

#include "web/DeadlineStream.h"

#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

namespace finsam {

namespace {

/// cpp-httplib listens with a backlog of 5: a burst of new connections (a page's assets, or
/// many clients at once) would see their SYNs dropped and wait a second for a retry.
constexpr int k_listen_backlog = 511;

/// Refusals are logged at most this often: a client that opens hundreds of connections
/// would otherwise fill the log.
constexpr auto k_refusal_log_interval = std::chrono::minutes(1);

/// cpp-httplib's own options set SO_REUSEPORT, with which a second server binds the same port
/// and the kernel shares the connections between them. SO_REUSEADDR alone still lets the
/// server restart while old connections linger in TIME_WAIT.
void reuse_address_only(socket_t socket) {
    const int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

std::chrono::milliseconds milliseconds_of(time_t seconds, time_t microseconds) {
    return std::chrono::seconds(seconds) + std::chrono::duration_cast<std::chrono::milliseconds>(
                                               std::chrono::microseconds(microseconds));
}

} // namespace

GuardedServer::GuardedServer(ConnectionLimits limits, const std::vector<std::string>& uncounted)
    : m_limits(limits), m_counter(limits.per_address, uncounted) {
    set_socket_options(reuse_address_only);
}

int GuardedServer::bind(const std::string& address, int port) {
    int bound = port;
    if (port == 0)
        bound = bind_to_any_port(address);
    else if (!bind_to_port(address, port))
        bound = -1;
    if (bound > 0)
        ::listen(svr_sock_, k_listen_backlog);
    return bound;
}

bool GuardedServer::process_and_close_socket(socket_t socket) {
    const auto [address, port] = peer_of(socket);
    bool served = false;
    if (const auto admission = m_counter.admit(address))
        served = serve_connection(socket, address, port);
    else
        log_refusal(address);
    ::shutdown(socket, SHUT_RDWR);
    ::close(socket);
    return served;
}

bool GuardedServer::serve_connection(socket_t socket, const std::string& address, int port) {
    DeadlineStream stream(socket, address, port,
                          {milliseconds_of(read_timeout_sec_, read_timeout_usec_),
                           milliseconds_of(write_timeout_sec_, write_timeout_usec_)});
    const auto stopping = [this] { return svr_sock_ == INVALID_SOCKET; };
    bool served = false;
    for (std::size_t left = keep_alive_max_count_;
         left > 0 && stream.wait_for_request(m_limits.keep_alive_idle, stopping); --left) {
        stream.start_request(m_limits.request_deadline);
        bool closed = false;
        served = process_request(stream, left == 1, closed, nullptr);
        if (!served || closed || stream.gave_up())
            break;
    }
    return served;
}

void GuardedServer::log_refusal(const std::string& address) {
    const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
    std::int64_t last = m_last_refusal_logged.load();
    const std::int64_t interval =
        std::chrono::duration_cast<std::chrono::seconds>(k_refusal_log_interval).count();
    if ((last != 0 && now - last < interval) ||
        !m_last_refusal_logged.compare_exchange_strong(last, now))
        return;
    // The address is the client's, which is personal data: the log says only what happened.
    spdlog::warn("refused connections from an address that already has {} open (logged at most "
                 "once a minute)",
                 m_counter.open_from(address));
}

} // namespace finsam
