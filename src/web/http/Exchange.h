#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "web/WebContext.h"
#include "web/http/Authentication.h"
#include "web/http/FormInput.h"
#include "web/http/Responder.h"

#include <httplib.h>
#include <mstch/mstch.hpp>
#include <optional>
#include <string>

namespace finsam {

/// Who a route answers: people in a browser (pages, redirects to the login form, Swedish
/// error pages) or programs (JSON, 401 without a token).
enum class Audience { Pages, Api };

/// One request as a route's handler sees it: who asks (authentication), what they sent (form
/// input), and how to answer (responses), with a database connection leased on first use.
class Exchange {
public:
    Exchange(WebContext& web, const httplib::Request& request, httplib::Response& response,
             Audience audience);

    WebContext& web() { return m_web; }
    const httplib::Request& request() const { return m_request; }
    Audience audience() const { return m_audience; }
    const FormInput& input() const { return m_input; }
    Responder& reply() { return m_reply; }
    Database& database();
    /// Gives the database connection back before work that needs none (reading an uploaded
    /// file); database() leases one again. Nothing made from the connection before (an
    /// AppContext) may be used after.
    void release_database() { m_lease.reset(); }

    /// Finds the visitor as the audience does (a session; for the API also a token).
    bool authenticate();
    const Visitor& visitor() const { return *m_visitor; }
    /// The use cases' context for the visitor.
    AppContext app();
    /// The path's number `group` (1-based) as an id; nullopt, with a 404 answered, when it
    /// does not fit one.
    std::optional<std::int64_t> path_id(std::size_t group = 1);

    /// A page template rendered with its view model, in the layout, for the visitor.
    void page(const std::string& name, mstch::map view, const std::string& title, int status = 200);
    /// A page whose content was rendered before (the page cache), in the layout.
    void page_content(std::string content, const std::string& title, int status = 200);
    /// The error as the route's audience reads it: a Swedish page, or JSON.
    void fail(const AppError& error);
    /// The error as JSON whatever the audience (a page's script calls it).
    void fail_as_json(const AppError& error);
    /// Answers a use case's error, if it has one: `if (exchange.failed(result)) return;`.
    template <typename T> bool failed(const AppResult<T>& result) {
        if (!result)
            fail(result.error());
        return !result;
    }
    /// A Swedish message page of its own (a page's result rather than an error).
    void message(int status, const std::string& heading, const std::string& text);

private:
    void log_if_internal(const AppError& error) const;

    WebContext& m_web;
    const httplib::Request& m_request;
    Audience m_audience;
    FormInput m_input;
    Responder m_reply;
    std::optional<DatabasePool::Lease> m_lease;
    std::optional<Visitor> m_visitor;
};

} // namespace finsam
