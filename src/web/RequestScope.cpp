#include "web/RequestScope.h"

#include "storage/UtcTimestamp.h"
#include "web/Labels.h"
#include "web/Security.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <spdlog/spdlog.h>

namespace finsam {

namespace {

using Clock = std::chrono::system_clock;

/// Sessions are refreshed at most this often, so that reading pages does not write.
constexpr auto k_touch_interval = std::chrono::minutes(1);

bool bound_to(const User& user, std::int64_t intervention_id) {
    return std::find(user.intervention_ids.begin(), user.intervention_ids.end(), intervention_id) !=
           user.intervention_ids.end();
}

mstch::array navigation(const User& user) {
    mstch::array items;
    const auto add = [&](const char* href, const char* label) {
        items.push_back(mstch::map{{"href", std::string(href)}, {"label", std::string(label)}});
    };
    if (user.role != Role::InterventionOwner)
        add("/oversikt", "Översikt");
    add("/insatser", "Insatser");
    if (sees_whole_association(user.role)) {
        add("/import", "Importera");
        add("/installningar", "Inställningar");
    }
    return items;
}

} // namespace

bool Visitor::can_read(std::int64_t intervention_id) const {
    return user.role != Role::InterventionOwner || bound_to(user, intervention_id);
}

bool Visitor::can_report_for(std::int64_t intervention_id) const {
    return is_staff() || (user.role == Role::InterventionOwner && bound_to(user, intervention_id));
}

bool is_local_path(std::string_view path) {
    if (path.size() < 2 || path.front() != '/' || path[1] == '/')
        return path == "/";
    return std::all_of(path.begin(), path.end(), [](char character) {
        return std::isalnum(static_cast<unsigned char>(character)) || character == '/' ||
               character == '-' || character == '_';
    });
}

std::string cookie_value(const std::string& header, const std::string& name) {
    std::string_view rest = header;
    while (!rest.empty()) {
        const auto end = rest.find(';');
        std::string_view pair = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        while (!pair.empty() && pair.front() == ' ')
            pair.remove_prefix(1);
        const auto equals = pair.find('=');
        if (equals != std::string_view::npos && pair.substr(0, equals) == name)
            return std::string(pair.substr(equals + 1));
    }
    return {};
}

RequestScope::RequestScope(WebContext& context, const httplib::Request& request,
                           httplib::Response& response)
    : m_context(context), m_request(request), m_response(response) {}

Database& RequestScope::database() {
    if (!m_lease)
        m_lease.emplace(m_context.pool().lease());
    return **m_lease;
}

std::optional<Visitor> RequestScope::visitor_from_session() {
    const std::string token = cookie_value(m_request.get_header_value("Cookie"), k_session_cookie);
    if (token.empty())
        return std::nullopt;
    const std::string digest = token_digest(token);
    AccountStore accounts(database());
    const auto found = accounts.find_session(digest);
    if (!found) {
        spdlog::error("session lookup failed: {}", found.error().message);
        return std::nullopt;
    }
    if (!*found)
        return std::nullopt;
    const auto& session = **found;
    const auto now = Clock::now();
    const auto& config = m_context.config();
    if (session.last_seen_at < utc_timestamp(now - config.session_idle) ||
        session.created_at < utc_timestamp(now - config.session_lifetime)) {
        (void)accounts.delete_session(digest);
        return std::nullopt;
    }
    if (session.last_seen_at < utc_timestamp(now - k_touch_interval))
        (void)accounts.touch_session(digest, utc_timestamp(now));
    return Visitor{session.user, digest, session.csrf_token, false};
}

std::optional<Visitor> RequestScope::visitor_from_api_token() {
    const std::string header = m_request.get_header_value("Authorization");
    constexpr std::string_view k_bearer = "Bearer ";
    if (!header.starts_with(k_bearer))
        return std::nullopt;
    AccountStore accounts(database());
    const auto user = accounts.find_api_token_user(token_digest(header.substr(k_bearer.size())));
    if (!user) {
        spdlog::error("API token lookup failed: {}", user.error().message);
        return std::nullopt;
    }
    if (!*user)
        return std::nullopt;
    return Visitor{**user, "", "", true};
}

bool RequestScope::authenticate_page() {
    m_visitor = visitor_from_session();
    if (m_visitor)
        return true;
    const bool comes_back =
        m_request.method == "GET" && is_local_path(m_request.path) && m_request.path != "/";
    redirect(comes_back ? "/login?next=" + m_request.path : "/login");
    return false;
}

void RequestScope::authenticate_if_possible() {
    try {
        m_visitor = visitor_from_session();
    } catch (const std::exception& error) {
        spdlog::error("session lookup for an error page failed: {}", error.what());
    }
}

bool RequestScope::authenticate_api() {
    m_visitor = visitor_from_api_token();
    if (!m_visitor)
        m_visitor = visitor_from_session();
    if (m_visitor)
        return true;
    json_error(401, "unauthenticated", "Logga in eller ange en API-nyckel.");
    return false;
}

bool RequestScope::check_csrf() {
    if (m_visitor->via_api_token)
        return true;
    std::string sent = m_request.get_header_value("X-CSRF-Token");
    if (sent.empty())
        sent = param("_csrf");
    if (!sent.empty() && same_secret(sent, m_visitor->csrf_token))
        return true;
    spdlog::warn("refused a request without a valid CSRF token: {} {}", m_request.method,
                 m_request.path);
    if (m_request.path.starts_with("/api/"))
        json_error(403, "csrf", "Begäran saknar giltig CSRF-token.");
    else
        message(403, "Formuläret kunde inte skickas",
                "Formuläret var för gammalt eller kom från en annan webbplats. Ladda om sidan "
                "och försök igen.");
    return false;
}

bool RequestScope::require_staff() {
    if (m_visitor->is_staff())
        return true;
    forbidden();
    return false;
}

std::string RequestScope::param(const std::string& name) const {
    if (m_request.has_param(name.c_str()))
        return m_request.get_param_value(name.c_str());
    // A multipart form (a file upload) carries its other fields as parts without a file.
    if (m_request.has_file(name.c_str())) {
        const auto part = m_request.get_file_value(name.c_str());
        if (part.filename.empty())
            return part.content;
    }
    return "";
}

bool RequestScope::has_param(const std::string& name) const {
    if (m_request.has_param(name.c_str()))
        return true;
    const auto parts = m_request.files.equal_range(name);
    return std::any_of(parts.first, parts.second,
                       [](const auto& part) { return part.second.filename.empty(); });
}

std::vector<std::string> RequestScope::param_values(const std::string& name) const {
    std::vector<std::string> values;
    for (std::size_t index = 0; index < m_request.get_param_value_count(name.c_str()); ++index)
        values.push_back(m_request.get_param_value(name.c_str(), index));
    const auto parts = m_request.files.equal_range(name);
    for (auto part = parts.first; part != parts.second; ++part) {
        if (part->second.filename.empty())
            values.push_back(part->second.content);
    }
    return values;
}

std::optional<std::int64_t> RequestScope::path_id(std::size_t group) const {
    if (group >= m_request.matches.size())
        return std::nullopt;
    const std::string text = m_request.matches[static_cast<int>(group)].str();
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return id;
}

mstch::map RequestScope::frame(const std::string& title) const {
    mstch::map frame{{"title", title}};
    if (m_visitor) {
        frame["user"] = mstch::map{
            {"name", m_visitor->user.display_name},
            {"role", std::string(role_label(m_visitor->user.role))},
            {"csrf", m_visitor->csrf_token},
        };
        frame["navigation"] = navigation(m_visitor->user);
    }
    return frame;
}

void RequestScope::page(const std::string& name, const mstch::map& page, const std::string& title,
                        int status) {
    mstch::map context = page;
    if (m_visitor)
        context["csrf"] = m_visitor->csrf_token;
    page_content(m_context.views().render(name, context), title, status);
}

void RequestScope::page_content(std::string content, const std::string& title, int status) {
    m_response.status = status;
    m_response.set_header("Cache-Control", "no-store");
    m_response.set_content(m_context.views().render_in_layout(std::move(content), frame(title)),
                           "text/html; charset=utf-8");
}

void RequestScope::redirect(const std::string& location) {
    m_response.status = 303;
    m_response.set_header("Location", location);
}

void RequestScope::forbidden() {
    if (m_request.path.starts_with("/api/")) {
        json_error(403, "forbidden", "Du har inte behörighet till detta.");
        return;
    }
    page("error",
         {{"heading", std::string("Åtkomst nekad")},
          {"text", std::string("Du har inte behörighet till den här sidan. Kontakta "
                               "förbundets kansli om du behöver den.")}},
         "Åtkomst nekad", 403);
}

void RequestScope::not_found() {
    if (m_request.path.starts_with("/api/")) {
        json_error(404, "not_found", "Det finns inget med den adressen.");
        return;
    }
    page("error",
         {{"heading", std::string("Sidan finns inte")},
          {"text", std::string("Adressen leder inte till någon sida. Den kan ha "
                               "flyttats eller tagits bort.")}},
         "Sidan finns inte", 404);
}

void RequestScope::message(int status, const std::string& heading, const std::string& text) {
    page("error", {{"heading", heading}, {"text", text}}, heading, status);
}

void RequestScope::json(const nlohmann::json& body, int status) {
    m_response.status = status;
    m_response.set_header("Cache-Control", "no-store");
    m_response.set_content(body.dump(), "application/json; charset=utf-8");
}

void RequestScope::json_error(int status, const std::string& code, const std::string& text) {
    json({{"error", {{"code", code}, {"message", text}}}}, status);
}

void RequestScope::audit(const std::string& action, const std::string& object_type,
                         std::optional<std::int64_t> object_id, const std::string& detail) {
    AccountStore accounts(database());
    const std::optional<std::int64_t> user =
        m_visitor ? std::optional(m_visitor->user.id) : std::nullopt;
    const auto recorded =
        accounts.record({utc_timestamp_now(), user, action, object_type, object_id, detail});
    if (!recorded)
        spdlog::error("cannot record an audit event: {}", recorded.error().message);
}

void RequestScope::set_session_cookie(const std::string& token) {
    std::string cookie =
        std::string(k_session_cookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    if (token.empty())
        cookie += "; Max-Age=0";
    if (m_context.config().secure_cookies)
        cookie += "; Secure";
    m_response.set_header("Set-Cookie", cookie);
}

} // namespace finsam
