#include "web/Server.h"

#include "domain/Text.h"
#include "web/http/Route.h"
#include "web/routes/Routes.h"

#include <spdlog/spdlog.h>

namespace finsam {

namespace {

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

/// An answer of the server's own, before or instead of a route: no route (404), a body
/// without a length (411), an upload over the limit (413).
void answer_refusal(WebContext& web, const httplib::Request& request, httplib::Response& response,
                    ErrorCode code) {
    const Audience audience = request.path.starts_with("/api/") ? Audience::Api : Audience::Pages;
    Exchange exchange(web, request, response, audience);
    // The error page has the menu when there is a session.
    if (audience == Audience::Pages) {
        try {
            exchange.authenticate();
        } catch (const std::exception& error) {
            spdlog::error("session lookup for an error page failed: {}", error.what());
        }
    }
    exchange.fail(AppError::of(code));
}

ErrorCode refusal_of(int status) {
    switch (status) {
    case 404:
        return ErrorCode::NotFound;
    case 411:
        return ErrorCode::LengthRequired;
    case 413:
        return ErrorCode::PayloadTooLarge;
    default:
        return ErrorCode::BadRequest;
    }
}

} // namespace

WebServer::WebServer(WebConfig config)
    : m_context(std::make_unique<WebContext>(std::move(config))),
      m_server(m_context->config().connection_limits, m_context->config().trusted_proxies) {
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
            answer_refusal(context, request, response, ErrorCode::LengthRequired);
            return httplib::Server::HandlerResponse::Handled;
        });

    for (const auto& table : {login_routes(),
                              start_page_routes(),
                              overview_routes(),
                              intervention_routes(),
                              report_routes(),
                              settings_routes(),
                              account_routes(),
                              import_routes(),
                              statistics_routes(),
                              statistics_api_routes(),
                              survey_result_api_routes(),
                              board_report_routes(),
                              board_report_api_routes(),
                              search_routes(),
                              search_api_routes(),
                              lessons_routes(),
                              lessons_api_routes(),
                              api_routes(),
                              user_routes(),
                              audit_routes(),
                              survey_routes(),
                              survey_api_routes(),
                              survey_result_routes()})
        add_routes(m_server, context, table);

    // Answers without a body of their own: no route (404), an upload over the limit (413).
    m_server.set_error_handler(httplib::Server::HandlerWithResponse(
        [&context](const httplib::Request& request, httplib::Response& response) {
            if (!response.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            const int status = response.status;
            const ErrorCode code = refusal_of(status);
            answer_refusal(context, request, response, code);
            // The HTTP library's other refusals (414, 416...) keep their own status.
            if (code == ErrorCode::BadRequest)
                response.status = status;
            return httplib::Server::HandlerResponse::Handled;
        }));
}

WebServer::~WebServer() = default;

bool WebServer::bind(const std::string& address, int port) {
    m_port = m_server.bind(address, port);
    return m_port > 0;
}

bool WebServer::serve() {
    return m_server.listen_after_bind();
}

void WebServer::stop() {
    m_server.stop();
}

} // namespace finsam
