#pragma once

#include <chrono>
#include <cstddef>

namespace finsam {

/// What one client may hold of the server. cpp-httplib serves each connection on a thread of
/// its own for as long as it is open, so without these a client that opens many connections,
/// or sends its requests slowly, holds every thread and nobody else is answered.
struct ConnectionLimits {
    /// Connections served at once from one address. A trusted proxy's connections carry many
    /// clients and are not counted: the proxy limits its clients itself (README).
    std::size_t per_address = 32;
    /// From a request's first byte to the end of its body. A client that sends a byte every
    /// few seconds (slow loris) never trips a per-read timeout, but it is cut off here.
    std::chrono::milliseconds request_deadline{60'000};
    /// How long a kept-alive connection may wait for its next request.
    std::chrono::milliseconds keep_alive_idle{3'000};
};

} // namespace finsam
