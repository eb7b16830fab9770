#pragma once

#include "web/GuardedServer.h"
#include "web/WebContext.h"

#include <httplib.h>
#include <memory>
#include <string>

namespace finsam {

/// The web application: every route of src/web/routes on a cpp-httplib server, static files
/// under /static, Swedish error pages, and the limits (upload size, threads, connections) of
/// WebConfig.
class WebServer {
public:
    /// Throws std::runtime_error when the templates cannot be loaded.
    explicit WebServer(WebConfig config);
    ~WebServer();

    /// Binds to the address and port (0: any free port); false when that fails, also when
    /// another process listens on the port.
    bool bind(const std::string& address, int port);
    int port() const { return m_port; }
    /// Serves until stop(); returns false when the server failed.
    bool serve();
    void stop();

private:
    std::unique_ptr<WebContext> m_context;
    GuardedServer m_server;
    int m_port = 0;
};

} // namespace finsam
