#include "web/http/Exchange.h"

#include "web/http/ErrorAnswers.h"
#include "web/pages/ErrorPage.h"
#include "web/pages/Layout.h"

#include <spdlog/spdlog.h>

namespace finsam {

Exchange::Exchange(WebContext& web, const httplib::Request& request, httplib::Response& response,
                   Audience audience)
    : m_web(web), m_request(request), m_audience(audience), m_input(request),
      m_reply(web.views(), response) {}

Database& Exchange::database() {
    if (!m_lease)
        m_lease.emplace(m_web.pool().lease());
    return **m_lease;
}

bool Exchange::authenticate() {
    m_visitor = m_audience == Audience::Api ? visitor_from_api(m_web, database(), m_request)
                                            : visitor_from_session(m_web, database(), m_request);
    return m_visitor.has_value();
}

AppContext Exchange::app() {
    return AppContext(database(), m_visitor->user, m_web.clock(), m_web.report_templates(),
                      m_audience == Audience::Api ? Channel::Api : Channel::Web);
}

std::optional<std::int64_t> Exchange::path_id(std::size_t group) {
    const auto id = m_input.path_id(group);
    if (!id)
        fail(AppError::of(ErrorCode::NotFound));
    return id;
}

void Exchange::page(const std::string& name, mstch::map view, const std::string& title,
                    int status) {
    if (m_visitor)
        view["csrf"] = m_visitor->csrf_token;
    // A participant answering a survey has no start page of their own to be sent to.
    view["signed_in"] = m_visitor.has_value();
    page_content(m_web.views().render(name, view), title, status);
}

void Exchange::page_content(std::string content, const std::string& title, int status) {
    m_reply.page(std::move(content), layout_frame(title, m_visitor ? &*m_visitor : nullptr),
                 status);
}

void Exchange::fail(const AppError& error) {
    if (m_audience == Audience::Api) {
        fail_as_json(error);
        return;
    }
    if (error.retry_after)
        m_reply.retry_after(*error.retry_after);
    log_if_internal(error);
    const ErrorMessage shown = error_message(error);
    page("error", error_page(shown), shown.heading, shown.status);
}

void Exchange::fail_as_json(const AppError& error) {
    if (error.retry_after)
        m_reply.retry_after(*error.retry_after);
    log_if_internal(error);
    const ErrorJson answer = error_json(error);
    m_reply.json(answer.body, answer.status);
}

void Exchange::message(int status, const std::string& heading, const std::string& text) {
    page("error", error_page({status, heading, text}), heading, status);
}

void Exchange::log_if_internal(const AppError& error) const {
    if (error.code == ErrorCode::Internal)
        spdlog::error("{} {} failed: {}", m_request.method, m_request.path, error.log_message);
}

} // namespace finsam
