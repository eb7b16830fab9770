#include "web/Server.h"

#include "domain/Text.h"
#include "web/Routes.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

bool changes_state(const httplib::Request& request) {
    return request.method != "GET" && request.method != "HEAD";
}

/// Security headers on every answer: no framing, no sniffing, scripts and styles only from
/// this server.
httplib::Headers security_headers() {
    return {{"X-Content-Type-Options", "nosniff"},
            {"X-Frame-Options", "DENY"},
            {"Referrer-Policy", "same-origin"},
            {"Content-Security-Policy",
             "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
             "frame-ancestors 'none'; form-action 'self'"}};
}

enum class Audience { Pages, Api };

/// The steps every route shares: authenticate (a page redirects to /login, the API answers
/// 401), check CSRF on a change, run the handler, and empty the page cache after a change.
/// What the handler throws becomes a logged error and a Swedish 500 page or JSON.
httplib::Server::Handler guarded_handler(WebContext& context, ScopedHandler handler,
                                         Audience audience) {
    return [&context, handler = std::move(handler), audience](const httplib::Request& request,
                                                              httplib::Response& response) {
        RequestScope scope(context, request, response);
        try {
            const bool authenticated =
                audience == Audience::Api ? scope.authenticate_api() : scope.authenticate_page();
            if (!authenticated)
                return;
            if (!changes_state(request)) {
                handler(scope);
                return;
            }
            if (!scope.check_csrf())
                return;
            handler(scope);
            context.page_cache().invalidate();
        } catch (const std::exception& error) {
            spdlog::error("{} {} failed: {}", request.method, request.path, error.what());
            if (audience == Audience::Api) {
                scope.json_error(500, "internal", "Ett fel uppstod på servern. Försök igen.");
            } else {
                scope.message(500, "Något gick fel",
                              "Ett fel uppstod på servern och ingenting sparades. Försök igen "
                              "om en stund.");
            }
        }
    };
}

} // namespace

httplib::Server::Handler page_handler(WebContext& context, ScopedHandler handler) {
    return guarded_handler(context, std::move(handler), Audience::Pages);
}

httplib::Server::Handler api_handler(WebContext& context, ScopedHandler handler) {
    return guarded_handler(context, std::move(handler), Audience::Api);
}

WebServer::WebServer(WebConfig config)
    : m_context(std::make_unique<WebContext>(std::move(config))) {
    auto& context = *m_context;
    const std::size_t threads = context.config().threads;
    m_server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    m_server.set_keep_alive_max_count(1000);
    // Without it a response waits for the client's delayed ACK: some 40 ms per request.
    m_server.set_tcp_nodelay(true);
    m_server.set_payload_max_length(context.config().max_upload_bytes);
    m_server.set_default_headers(security_headers());
    m_server.set_mount_point("/static", context.config().static_files.string());
    // cpp-httplib applies the payload limit only to bodies with a Content-Length and would
    // read a chunked body of any size into memory; browsers never send one for a form.
    m_server.set_pre_routing_handler(
        [&context](const httplib::Request& request, httplib::Response& response) {
            if (lowercase(request.get_header_value("Transfer-Encoding")).find("chunked") ==
                std::string::npos)
                return httplib::Server::HandlerResponse::Unhandled;
            RequestScope scope(context, request, response);
            scope.message(411, "Begäran saknar längd",
                          "Servern tar bara emot innehåll med angiven längd. Skicka formuläret "
                          "igen från webbläsaren.");
            return httplib::Server::HandlerResponse::Handled;
        });

    add_login_routes(m_server, context);
    add_overview_routes(m_server, context);
    add_intervention_routes(m_server, context);
    add_report_routes(m_server, context);
    add_settings_routes(m_server, context);
    add_import_routes(m_server, context);
    add_api_write_routes(m_server, context);
    add_api_routes(m_server, context);

    // Answers without a body of their own: no route (404), an upload over the limit (413).
    m_server.set_error_handler(httplib::Server::HandlerWithResponse(
        [&context](const httplib::Request& request, httplib::Response& response) {
            if (!response.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            RequestScope scope(context, request, response);
            scope.authenticate_if_possible();
            const int status = response.status;
            if (status == 413) {
                scope.message(413, "Filen är för stor",
                              "Det du skickade är större än 25 MB och togs inte emot. Dela upp "
                              "filen eller minska den och försök igen.");
            } else if (status == 404) {
                scope.not_found();
            } else {
                scope.message(status, "Begäran kunde inte hanteras",
                              "Servern kunde inte hantera begäran. Försök igen.");
            }
            return httplib::Server::HandlerResponse::Handled;
        }));
}

WebServer::~WebServer() = default;

bool WebServer::bind(const std::string& address, int port) {
    if (port == 0) {
        m_port = m_server.bind_to_any_port(address.c_str());
        return m_port > 0;
    }
    m_port = port;
    return m_server.bind_to_port(address.c_str(), port);
}

bool WebServer::serve() {
    return m_server.listen_after_bind();
}

void WebServer::stop() {
    m_server.stop();
}

} // namespace finsam
