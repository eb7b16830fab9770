#pragma once

#include "web/Views.h"

#include <chrono>
#include <httplib.h>
#include <mstch/mstch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace finsam {

/// Writes a request's answer: a page in the layout, JSON, or a redirect. Answers are never
/// cached by the browser: every page may hold what only this user may see.
/// A Content-Disposition that saves the body as `file_name` (UTF-8), with an ASCII stand-in
/// for clients that do not read RFC 6266's encoded name.
std::string attachment_disposition(std::string_view file_name);

class Responder {
public:
    Responder(const Views& views, httplib::Response& response)
        : m_views(views), m_response(response) {}

    /// A page's own markup, placed in the layout with `frame` (title, user, menu).
    void page(std::string content, mstch::map frame, int status);
    void json(const nlohmann::json& body, int status = 200);
    /// 303 See Other: after a form post, the browser asks for `location` with a GET.
    void redirect(const std::string& location);
    void set_cookie(const std::string& header);
    /// A file to save (an export, a kept original): `file_name` in UTF-8.
    void download(std::string content, const std::string& content_type,
                  const std::string& file_name);
    /// Retry-After: when the client may try again (a throttled login, a busy importer).
    void retry_after(std::chrono::seconds wait);

private:
    const Views& m_views;
    httplib::Response& m_response;
};

} // namespace finsam
