#pragma once

#include "storage/AccountStore.h"
#include "web/WebContext.h"

#include <httplib.h>
#include <mstch/mstch.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace finsam {

/// Who is asking, once authenticated.
struct Visitor {
    User user;
    std::string session_digest; // empty for an API token
    std::string csrf_token;
    bool via_api_token = false;

    /// Admin and kansli: everything of their förbund.
    bool is_staff() const { return sees_whole_association(user.role); }
    /// Whether the visitor may read this insats (of the visitor's förbund: the caller has
    /// checked that). Staff and the board read all; an insatsägare only their own.
    bool can_read(std::int64_t intervention_id) const;
    /// Whether the visitor may write its reports: staff, and the insatsägare bound to it.
    bool can_report_for(std::int64_t intervention_id) const;
};

/// One request's handling: authentication, CSRF, the leased database connection, and the
/// responses pages give (a rendered page, a redirect, a Swedish error page, JSON).
class RequestScope {
public:
    RequestScope(WebContext& context, const httplib::Request& request, httplib::Response& response);

    /// For pages: false (and a redirect to /login) without a valid session.
    bool authenticate_page();
    /// For error pages: uses a valid session when there is one (the page then has the menu),
    /// and never redirects.
    void authenticate_if_possible();
    /// For the API: a session cookie or `Authorization: Bearer <token>`; false (and 401
    /// JSON) without either.
    bool authenticate_api();
    /// A form post's `_csrf`, or an API call's `X-CSRF-Token` with a session cookie, must be
    /// the session's token; false (and 403) otherwise. API tokens need none: no browser
    /// sends them by itself.
    bool check_csrf();

    const Visitor& visitor() const { return *m_visitor; }
    /// True for admin and kansli; otherwise the 403 page (or JSON) has been sent.
    bool require_staff();
    WebContext& context() { return m_context; }
    const httplib::Request& request() const { return m_request; }
    httplib::Response& response() { return m_response; }
    Database& database();

    /// A form or query parameter, empty when absent. Forms are posted as multipart (their
    /// fields are then parts without a file) or URL-encoded; both are read.
    std::string param(const std::string& name) const;
    bool has_param(const std::string& name) const;
    /// Every value of a repeated field (checkboxes of one name).
    std::vector<std::string> param_values(const std::string& name) const;
    /// A path match group (1-based) as an id; nullopt when it is not a number.
    std::optional<std::int64_t> path_id(std::size_t group) const;

    void page(const std::string& name, const mstch::map& page, const std::string& title,
              int status = 200);
    /// A page whose content is already rendered (from the page cache), in the layout.
    void page_content(std::string content, const std::string& title, int status = 200);
    void redirect(const std::string& location);
    void forbidden();
    void not_found();
    /// A Swedish message page with the given status (409 for a stale form, 400...).
    void message(int status, const std::string& heading, const std::string& text);
    void json(const nlohmann::json& body, int status = 200);
    void json_error(int status, const std::string& code, const std::string& message);

    /// Records who did or saw what; a failure to record is logged, not shown.
    void audit(const std::string& action, const std::string& object_type,
               std::optional<std::int64_t> object_id, const std::string& detail = "");

    /// Sets the session cookie for a new session (or clears it with an empty token).
    void set_session_cookie(const std::string& token);

private:
    std::optional<Visitor> visitor_from_session();
    std::optional<Visitor> visitor_from_api_token();
    mstch::map frame(const std::string& title) const;

    WebContext& m_context;
    const httplib::Request& m_request;
    httplib::Response& m_response;
    std::optional<DatabasePool::Lease> m_lease;
    std::optional<Visitor> m_visitor;
};

/// The session cookie's name.
inline constexpr const char* k_session_cookie = "finsam_session";

/// A path of this server that a login may return to: `/` and paths of letters, digits, `/`,
/// `-` and `_` only, so `next=` cannot lead elsewhere (`//evil.example`).
bool is_local_path(std::string_view path);

/// The value of one cookie in a Cookie header; empty when absent.
std::string cookie_value(const std::string& header, const std::string& name);

} // namespace finsam
