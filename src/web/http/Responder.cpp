#include "web/http/Responder.h"

namespace finsam {

void Responder::page(std::string content, mstch::map frame, int status) {
    m_response.status = status;
    m_response.set_header("Cache-Control", "no-store");
    m_response.set_content(m_views.render_in_layout(std::move(content), std::move(frame)),
                           "text/html; charset=utf-8");
}

void Responder::json(const nlohmann::json& body, int status) {
    m_response.status = status;
    m_response.set_header("Cache-Control", "no-store");
    m_response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                           "application/json; charset=utf-8");
}

void Responder::redirect(const std::string& location) {
    m_response.status = 303;
    m_response.set_header("Location", location);
}

void Responder::set_cookie(const std::string& header) {
    m_response.set_header("Set-Cookie", header);
}

void Responder::download(std::string content, const std::string& content_type,
                         const std::string& file_name) {
    m_response.status = 200;
    m_response.set_header("Cache-Control", "no-store");
    m_response.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    m_response.set_content(std::move(content), content_type);
}

void Responder::retry_after(std::chrono::seconds wait) {
    m_response.set_header("Retry-After", std::to_string(wait.count()));
}

} // namespace finsam
