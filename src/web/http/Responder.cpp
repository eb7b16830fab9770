#include "web/http/Responder.h"

#include <cctype>

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

namespace {

bool is_unreserved(unsigned char byte) {
    return std::isalnum(byte) != 0 || byte == '-' || byte == '.' || byte == '_' || byte == '~';
}

} // namespace

std::string attachment_disposition(std::string_view file_name) {
    // RFC 6266: an ASCII name for old clients, the UTF-8 name percent-encoded for the rest.
    std::string plain;
    std::string encoded;
    for (const char character : file_name) {
        const auto byte = static_cast<unsigned char>(character);
        const bool printable_ascii = byte >= 0x20 && byte < 0x7f;
        plain += printable_ascii && character != '"' && character != '\\' ? character : '_';
        if (is_unreserved(byte)) {
            encoded += character;
        } else {
            constexpr char k_hex[] = "0123456789ABCDEF";
            encoded += '%';
            encoded += k_hex[byte >> 4];
            encoded += k_hex[byte & 0x0f];
        }
    }
    return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
}

void Responder::download(std::string content, const std::string& content_type,
                         const std::string& file_name) {
    m_response.status = 200;
    m_response.set_header("Cache-Control", "no-store");
    m_response.set_header("Content-Disposition", attachment_disposition(file_name));
    m_response.set_content(std::move(content), content_type);
}

void Responder::retry_after(std::chrono::seconds wait) {
    m_response.set_header("Retry-After", std::to_string(wait.count()));
}

} // namespace finsam
