#pragma once

#include "TestSupport.h"
#include "domain/Report.h"
#include "domain/Role.h"
#include "storage/AssociationStore.h"
#include "storage/Database.h"
#include "storage/InterventionStore.h"
#include "storage/WorkflowStore.h"
#include "web/Server.h"

#include <functional>
#include <gtest/gtest.h>
#include <httplib.h>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace finsam::testing {

/// A list of paths, actions or names for a test to go through.
using Strings = std::vector<std::string>;

/// What the server answered; status -1 when no answer came (the test has then failed).
struct Answer {
    int status = -1;
    std::string body;
    httplib::Headers headers;

    /// The first header of this name, empty when absent.
    std::string header(const std::string& name) const;
    std::vector<std::string> all_headers(const std::string& name) const;
    std::string location() const { return header("Location"); }
    /// The body as JSON; a discarded value when it is not JSON.
    nlohmann::json json() const;
};

/// A browser without JavaScript: keeps the cookies the server sets (httplib's client does
/// not), sends them back, and never follows a redirect.
class WebClient {
public:
    explicit WebClient(int port);

    Answer get(const std::string& path, const httplib::Headers& headers = {});
    Answer post_form(const std::string& path, const httplib::Params& form,
                     const httplib::Headers& headers = {});
    /// A multipart form, as a file upload sends it.
    Answer post_multipart(const std::string& path, const httplib::MultipartFormDataItems& items,
                          const httplib::Headers& headers = {});
    Answer post_body(const std::string& path, const std::string& body,
                     const std::string& content_type, const httplib::Headers& headers = {});
    Answer put_body(const std::string& path, const std::string& body,
                    const std::string& content_type, const httplib::Headers& headers = {});

    std::string cookie(const std::string& name) const;
    bool has_cookie(const std::string& name) const { return m_cookies.contains(name); }
    void set_cookie(const std::string& name, const std::string& value);
    void forget_cookies() { m_cookies.clear(); }

    /// The CSRF token of the page at `path` (its first hidden `_csrf` input).
    std::string csrf_token(const std::string& path = "/insatser");
    /// Fills in and posts the login form; the POST's answer.
    Answer log_in(const std::string& username, const std::string& password,
                  const std::string& next = "");

private:
    Answer answer(const httplib::Result& result);
    httplib::Headers with_cookies(const httplib::Headers& headers) const;

    httplib::Client m_client;
    std::map<std::string, std::string> m_cookies;
};

/// The one text a query selects; empty when it selects NULL.
std::string text_of(Database& database, const std::string& query);

/// The value of the first hidden `_csrf` input of a page; empty when it has none.
std::string csrf_in(const std::string& page);
/// The value of the page's hidden input of this name, as a browser would send it back
/// (entities decoded); empty when absent.
std::string hidden_input(const std::string& page, const std::string& name);
/// Text with the entities Mustache writes decoded, for finding an attribute's value.
std::string decode_entities(std::string text);
/// The number at the end of a Location such as /rapporter/12/redigera?sparat=1.
std::int64_t id_in_location(const std::string& location, const std::string& prefix);

/// The time now in ISO 8601 UTC, as the server's clock has it.
std::string now_iso();

/// Every test user's password. Hashed once per test binary: Argon2 is slow under ASan.
inline constexpr const char* k_password = "Rätt-lösenord-2024";
const std::string& password_hash();

Date date(int year, unsigned month, unsigned day);
Period quarter_starting_on(Date start);

/// A kvartalsrapport of the insats, as an import would read it.
Report quarterly_report(const std::string& intervention_name, const Period& quarter,
                        const std::string& activities);

/// Texts that must never reach a visitor who may not read them.
inline constexpr const char* k_other_intervention = "Räkna med mig";
inline constexpr const char* k_other_report_text = "Hemlig rapporttext om Räkna med mig";
inline constexpr const char* k_foreign_intervention = "Främmande insats";
inline constexpr const char* k_foreign_report_text = "Främmande förbunds rapporttext";

/// The real server on a loopback port over a fresh SQLite database, with:
/// - förbund Gävleborg: insats "Kärnhuset 2.0" (period 2024-01-01 – 2026-12-31) with an
///   imported (registered) kvartalsrapport for Q3 2024, and insats "Räkna med mig" with one
///   of its own; users kansli (Kansli), admin (Admin), agare (insatsägare of Kärnhuset),
///   agare2 (insatsägare of Räkna med mig), styrelse (Board);
/// - förbund Annat: insats "Främmande insats" with a report; user kansli_annat (Kansli).
class WebTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Stops the server and starts a new one on the same database with `change` applied to
    /// the configuration.
    void restart_server(const std::function<void(WebConfig&)>& change);
    int port() const { return m_server->port(); }

    /// A client without a session.
    WebClient anonymous() const { return WebClient(port()); }
    /// A client with a session made in the database for the user (no Argon2 per test).
    WebClient client_as(const std::string& username);
    /// A session made in the database: its cookie value.
    /// Times are ISO 8601 UTC, as the database stores them.
    std::string create_session(const std::string& username, const std::string& created_at,
                               const std::string& last_seen_at);
    /// A new API token for the user.
    std::string api_token_for(const std::string& username);

    Database& database() { return *m_database; }
    std::int64_t user_id(const std::string& username) const { return m_users.at(username); }

    /// A kvartalsrapport draft of Kärnhuset for the quarter starting on `start`, opened in
    /// the database by its insatsägare, with `activities` as its draft's 2.1 text.
    std::int64_t draft_report(Date start, const std::string& activities);
    /// A kvartalsrapport of Kärnhuset for the quarter, submitted by its insatsägare.
    std::int64_t submitted_report(Date start, const std::string& activities);

    ReportState report_state(std::int64_t report_id);
    InterventionDetails intervention(std::int64_t intervention_id);
    AssociationSettings settings();
    int report_count(std::int64_t intervention_id);
    /// What a refused request must not change: insatser, reports, versions, drafts, events,
    /// settings and sessions, as one comparable text.
    std::string fingerprint();

    std::int64_t m_association = 0;
    std::int64_t m_other_association = 0;
    std::int64_t m_karnhuset = 0; // the insats agare reports for
    std::int64_t m_rakna = 0;     // another insats of the same förbund
    std::int64_t m_foreign = 0;   // an insats of another förbund
    std::int64_t m_karnhuset_report = 0;
    std::int64_t m_rakna_report = 0;
    std::int64_t m_foreign_report = 0;

    std::int64_t add_user(std::int64_t association, const std::string& username,
                          const std::string& display_name, Role role,
                          std::vector<std::int64_t> interventions);

private:
    void start_server();
    void stop_server();

    TemporaryDirectory m_directory;
    WebConfig m_config;
    std::optional<Database> m_database;
    std::unique_ptr<WebServer> m_server;
    std::thread m_thread;
    std::map<std::string, std::int64_t> m_users;
};

/// The form a kvartalsrapport needs to be submitted: required sections, reporter, and the
/// given extra fields over them.
httplib::Params complete_report_form(const std::string& csrf, const std::string& action,
                                     const std::string& activities);

} // namespace finsam::testing
