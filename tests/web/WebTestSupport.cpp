#include "WebTestSupport.h"

#include "app/accounts/Secrets.h"
#include "storage/ApiTokenStore.h"
#include "storage/ReportStore.h"
#include "storage/SessionStore.h"
#include "storage/UserStore.h"

#include <chrono>
#include <regex>
#include <soci/soci.h>

namespace finsam::testing {

namespace {

std::string lowercase_ascii(std::string text) {
    for (auto& character : text)
        character = static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
    return text;
}

SourceDocument source_document(const std::string& name) {
    return {name + ".pdf", SourceFormat::Pdf, "hash-" + name, ReportKind::Quarterly};
}

/// Imports one report and returns (report id, insats id).
std::pair<std::int64_t, std::int64_t> import_report(Database& database, std::int64_t association,
                                                    const std::string& document,
                                                    const Report& report) {
    ReportStore store(database, system_clock());
    const auto saved = store.save_document(association, source_document(document), {report});
    if (!saved || saved->reports.size() != 1)
        throw std::runtime_error("cannot import the test report " + document);
    return {saved->reports.front().report_id, saved->reports.front().intervention_id};
}

} // namespace

std::string text_of(Database& database, const std::string& query) {
    std::string text;
    soci::indicator indicator = soci::i_ok;
    database.session() << query, soci::into(text, indicator);
    return indicator == soci::i_ok ? text : std::string();
}

std::string Answer::header(const std::string& name) const {
    const auto found = headers.find(name);
    return found == headers.end() ? std::string() : found->second;
}

std::vector<std::string> Answer::all_headers(const std::string& name) const {
    std::vector<std::string> values;
    const auto [begin, end] = headers.equal_range(name);
    for (auto header = begin; header != end; ++header)
        values.push_back(header->second);
    return values;
}

nlohmann::json Answer::json() const {
    return nlohmann::json::parse(body, nullptr, false);
}

WebClient::WebClient(int port) : m_client("127.0.0.1", port) {
    m_client.set_follow_location(false);
    m_client.set_connection_timeout(std::chrono::seconds(10));
    m_client.set_read_timeout(std::chrono::seconds(60));
    m_client.set_write_timeout(std::chrono::seconds(60));
}

httplib::Headers WebClient::with_cookies(const httplib::Headers& headers) const {
    httplib::Headers result = headers;
    std::string cookies;
    for (const auto& [name, value] : m_cookies)
        cookies += (cookies.empty() ? "" : "; ") + name + "=" + value;
    if (!cookies.empty() && !headers.contains("Cookie"))
        result.emplace("Cookie", cookies);
    return result;
}

Answer WebClient::answer(const httplib::Result& result) {
    if (!result) {
        ADD_FAILURE() << "no answer from the server: " << httplib::to_string(result.error());
        return {};
    }
    Answer answer{result->status, result->body, result->headers};
    // Set-Cookie: name=value; attributes... An expired or empty cookie is forgotten.
    for (const auto& cookie : answer.all_headers("Set-Cookie")) {
        const auto equals = cookie.find('=');
        const auto end = cookie.find(';');
        if (equals == std::string::npos)
            continue;
        const std::string name = cookie.substr(0, equals);
        const std::string value = cookie.substr(
            equals + 1, end == std::string::npos ? std::string::npos : end - equals - 1);
        if (value.empty() || lowercase_ascii(cookie).find("max-age=0") != std::string::npos)
            m_cookies.erase(name);
        else
            m_cookies[name] = value;
    }
    return answer;
}

Answer WebClient::get(const std::string& path, const httplib::Headers& headers) {
    return answer(m_client.Get(path.c_str(), with_cookies(headers)));
}

Answer WebClient::post_form(const std::string& path, const httplib::Params& form,
                            const httplib::Headers& headers) {
    return answer(m_client.Post(path.c_str(), with_cookies(headers), form));
}

Answer WebClient::post_multipart(const std::string& path,
                                 const httplib::MultipartFormDataItems& items,
                                 const httplib::Headers& headers) {
    return answer(m_client.Post(path.c_str(), with_cookies(headers), items));
}

Answer WebClient::post_body(const std::string& path, const std::string& body,
                            const std::string& content_type, const httplib::Headers& headers) {
    return answer(m_client.Post(path.c_str(), with_cookies(headers), body, content_type.c_str()));
}

Answer WebClient::put_body(const std::string& path, const std::string& body,
                           const std::string& content_type, const httplib::Headers& headers) {
    return answer(m_client.Put(path.c_str(), with_cookies(headers), body, content_type.c_str()));
}

std::string WebClient::cookie(const std::string& name) const {
    const auto found = m_cookies.find(name);
    return found == m_cookies.end() ? std::string() : found->second;
}

void WebClient::set_cookie(const std::string& name, const std::string& value) {
    m_cookies[name] = value;
}

std::string WebClient::csrf_token(const std::string& path) {
    const Answer page = get(path);
    EXPECT_EQ(page.status, 200) << "GET " << path;
    const std::string token = csrf_in(page.body);
    EXPECT_FALSE(token.empty()) << "no _csrf input on " << path;
    return token;
}

Answer WebClient::log_in(const std::string& username, const std::string& password,
                         const std::string& next) {
    const Answer form = get("/login");
    EXPECT_EQ(form.status, 200);
    return post_form("/login", {{"_csrf", csrf_in(form.body)},
                                {"username", username},
                                {"password", password},
                                {"next", next}});
}

std::string csrf_in(const std::string& page) {
    return hidden_input(page, "_csrf");
}

std::string hidden_input(const std::string& page, const std::string& name) {
    const std::regex input("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"");
    std::smatch match;
    return std::regex_search(page, match, input) ? decode_entities(match[1].str()) : std::string();
}

std::string decode_entities(std::string text) {
    // &amp; last, so that "&amp;lt;" becomes "&lt;" and not "<".
    for (const auto& [entity, character] :
         std::vector<std::pair<std::string, std::string>>{{"&#x2F;", "/"},
                                                          {"&#39;", "'"},
                                                          {"&quot;", "\""},
                                                          {"&lt;", "<"},
                                                          {"&gt;", ">"},
                                                          {"&amp;", "&"}}) {
        for (auto at = text.find(entity); at != std::string::npos;
             at = text.find(entity, at + character.size()))
            text.replace(at, entity.size(), character);
    }
    return text;
}

std::int64_t id_in_location(const std::string& location, const std::string& prefix) {
    if (!location.starts_with(prefix))
        return 0;
    std::size_t digits = 0;
    std::int64_t id = 0;
    while (prefix.size() + digits < location.size() &&
           std::isdigit(static_cast<unsigned char>(location[prefix.size() + digits]))) {
        id = id * 10 + (location[prefix.size() + digits] - '0');
        ++digits;
    }
    return id;
}

const std::string& password_hash() {
    static const std::string hash = hash_password(k_password);
    return hash;
}

Date date(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

Period quarter_starting_on(Date start) {
    return Period::quarter_of(start);
}

Report quarterly_report(const std::string& intervention_name, const Period& quarter,
                        const std::string& activities) {
    Report report;
    report.kind = ReportKind::Quarterly;
    report.intervention = {intervention_name, "Sandvikens kommun", InterventionKind::Individual};
    report.period = {quarter.start, quarter.end};
    report.reporter = {quarter.end, "Projektledaren"};
    report.sections = {{"2.1", "Aktiviteter", activities},
                       {"2.5", "Sammanfattande bedömning", "Det går bra."}};
    return report;
}

httplib::Params complete_report_form(const std::string& csrf, const std::string& action,
                                     const std::string& activities) {
    return {{"_csrf", csrf},
            {"action", action},
            {"section:2.1", activities},
            {"section:2.5", "Insatsen fungerar väl."},
            {"reporter_name", "Anna Ägare"}};
}

void WebTest::SetUp() {
    const std::string url = (m_directory.path() / "finsam.sqlite").string();
    auto opened = Database::open(url);
    ASSERT_TRUE(opened) << opened.error().message;
    m_database.emplace(std::move(*opened));

    ReportStore reports(*m_database, system_clock());
    const auto association = reports.ensure_association("Samordningsförbundet Gävleborg");
    const auto other = reports.ensure_association("Samordningsförbundet Annat");
    ASSERT_TRUE(association && other);
    m_association = *association;
    m_other_association = *other;

    Report karnhuset = quarterly_report("Kärnhuset 2.0", Period::quarter_of(date(2024, 7, 1)),
                                        "Gruppen har träffats två gånger i veckan.");
    karnhuset.figures = {{Measure::ParticipantsTotal, 12, Unit::Count, "2.1", "Tolv deltagare."},
                         {Measure::ParticipantsWomen, 3, Unit::Count, "2.1", "Tre kvinnor."},
                         {Measure::ParticipantsMen, 9, Unit::Count, "2.1", "Nio män."}};
    std::tie(m_karnhuset_report, m_karnhuset) =
        import_report(*m_database, m_association, "karnhuset", karnhuset);
    std::tie(m_rakna_report, m_rakna) =
        import_report(*m_database, m_association, "rakna",
                      quarterly_report(k_other_intervention, Period::quarter_of(date(2024, 7, 1)),
                                       k_other_report_text));
    std::tie(m_foreign_report, m_foreign) =
        import_report(*m_database, m_other_association, "foreign",
                      quarterly_report(k_foreign_intervention, Period::quarter_of(date(2024, 7, 1)),
                                       k_foreign_report_text));

    InterventionStore interventions(*m_database);
    auto details = interventions.load(m_karnhuset);
    ASSERT_TRUE(details && *details);
    (**details).period_start = date(2024, 1, 1);
    (**details).period_end = date(2026, 12, 31);
    ASSERT_TRUE(interventions.update(**details));

    add_user(m_association, "kansli", "Karin Kansli", Role::Kansli, {});
    add_user(m_association, "admin", "Adam Admin", Role::Admin, {});
    add_user(m_association, "agare", "Anna Ägare", Role::InterventionOwner, {m_karnhuset});
    add_user(m_association, "agare2", "Bertil Ägare", Role::InterventionOwner, {m_rakna});
    add_user(m_association, "styrelse", "Stina Styrelse", Role::Board, {});
    add_user(m_other_association, "kansli_annat", "Kalle Annat", Role::Kansli, {});
    ASSERT_FALSE(HasFatalFailure());

    m_config.database_url = url;
    m_config.report_templates = FINSAM_TEMPLATES_DIR;
    m_config.web_templates = FINSAM_WEB_TEMPLATES_DIR;
    m_config.static_files = FINSAM_STATIC_DIR;
    m_config.threads = 4;
    m_config.connections = 4;
    m_config.upload_folder = m_directory.path() / "uploads";
    start_server();
}

void WebTest::TearDown() {
    stop_server();
}

std::int64_t WebTest::add_user(std::int64_t association, const std::string& username,
                               const std::string& display_name, Role role,
                               std::vector<std::int64_t> interventions) {
    UserStore users(*m_database, system_clock());
    const auto id = users.add(
        {association, username, display_name, role, password_hash(), std::move(interventions)});
    EXPECT_TRUE(id) << id.error().message;
    m_users[username] = id.value_or(0);
    return id.value_or(0);
}

void WebTest::start_server() {
    m_server = std::make_unique<WebServer>(m_config);
    ASSERT_TRUE(m_server->bind("127.0.0.1", 0));
    m_thread = std::thread([server = m_server.get()] { server->serve(); });
    // stop() only ends a server that is listening: wait until it answers.
    for (int attempt = 0; attempt < 500; ++attempt) {
        httplib::Client probe("127.0.0.1", m_server->port());
        if (const auto answer = probe.Get("/static/finsam.css"); answer && answer->status == 200)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    FAIL() << "the server did not start";
}

void WebTest::stop_server() {
    if (!m_server)
        return;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

void WebTest::restart_server(const std::function<void(WebConfig&)>& change) {
    stop_server();
    change(m_config);
    start_server();
}

std::string WebTest::create_session(const std::string& username, const std::string& created_at,
                                    const std::string& last_seen_at) {
    SessionStore sessions(*m_database);
    const std::string token = random_token();
    const auto created = sessions.create(token_digest(token), user_id(username), random_token(),
                                         parse_timestamp(created_at).value());
    EXPECT_TRUE(created) << created.error().message;
    if (last_seen_at != created_at) {
        EXPECT_TRUE(sessions.touch(token_digest(token), parse_timestamp(last_seen_at).value()));
    }
    return token;
}

std::string now_iso() {
    return system_clock().now().iso();
}

WebClient WebTest::client_as(const std::string& username) {
    const std::string now = now_iso();
    WebClient client(port());
    client.set_cookie("finsam_session", create_session(username, now, now));
    return client;
}

std::string WebTest::api_token_for(const std::string& username) {
    ApiTokenStore tokens(*m_database);
    const std::string token = random_token();
    const auto added =
        tokens.add(user_id(username), "test", token_digest(token), system_clock().now());
    EXPECT_TRUE(added) << added.error().message;
    return token;
}

std::int64_t WebTest::draft_report(Date start, const std::string& activities) {
    WorkflowStore workflow(*m_database, system_clock());
    const auto id = workflow.open_report(m_karnhuset, ReportKind::Quarterly,
                                         Period::quarter_of(start), user_id("agare"));
    if (!id)
        throw std::runtime_error("cannot open a draft: " + id.error().message);
    const std::string content = nlohmann::json{
        {"period_start", format_iso(start)},
        {"sections", {{"2.1", activities}, {"2.5", "Insatsen fungerar väl."}}},
        {"reporter_name",
         "Anna Ägare"}}.dump();
    const auto saved =
        workflow.save_draft(*id, content, user_id("agare"), report_state(*id).revision);
    if (!saved)
        throw std::runtime_error("cannot save a draft: " + saved.error().message);
    return *id;
}

std::int64_t WebTest::submitted_report(Date start, const std::string& activities) {
    WorkflowStore workflow(*m_database, system_clock());
    const Period quarter = Period::quarter_of(start);
    const auto id =
        workflow.open_report(m_karnhuset, ReportKind::Quarterly, quarter, user_id("agare"));
    if (!id)
        throw std::runtime_error("cannot open a report: " + id.error().message);
    const auto submitted =
        workflow.submit(*id, quarterly_report("Kärnhuset 2.0", quarter, activities),
                        user_id("agare"), report_state(*id).revision);
    if (!submitted)
        throw std::runtime_error("cannot submit a report: " + submitted.error().message);
    return *id;
}

ReportState WebTest::report_state(std::int64_t report_id) {
    WorkflowStore workflow(*m_database, system_clock());
    const auto state = workflow.state(report_id);
    if (!state || !*state)
        throw std::runtime_error("no report " + std::to_string(report_id));
    return **state;
}

InterventionDetails WebTest::intervention(std::int64_t intervention_id) {
    InterventionStore interventions(*m_database);
    const auto details = interventions.load(intervention_id);
    if (!details || !*details)
        throw std::runtime_error("no insats " + std::to_string(intervention_id));
    return **details;
}

AssociationSettings WebTest::settings() {
    AssociationStore associations(*m_database);
    const auto loaded = associations.load(m_association);
    if (!loaded || !*loaded)
        throw std::runtime_error("no förbund");
    return **loaded;
}

int WebTest::report_count(std::int64_t intervention_id) {
    int count = 0;
    database().session() << "SELECT COUNT(*) FROM reports WHERE intervention_id = :id",
        soci::use(intervention_id), soci::into(count);
    return count;
}

std::string WebTest::fingerprint() {
    auto& db = database();
    return text_of(db, "SELECT group_concat(id || ':' || revision || ':' || name, '|') FROM "
                       "(SELECT * FROM interventions ORDER BY id)") +
           "\n" +
           text_of(db, "SELECT group_concat(id || ':' || revision || ':' || status || ':' || "
                       "COALESCE(registry_number, ''), '|') FROM (SELECT * FROM reports ORDER "
                       "BY id)") +
           "\n" +
           text_of(db, "SELECT group_concat(report_id || ':' || content, '|') FROM (SELECT * "
                       "FROM report_drafts ORDER BY report_id)") +
           "\n" +
           text_of(db, "SELECT group_concat(id || ':' || revision || ':' || name || ':' || "
                       "registry_pattern, '|') FROM (SELECT * FROM associations ORDER BY id)") +
           "\nversions " + text_of(db, "SELECT CAST(COUNT(*) AS TEXT) FROM report_versions") +
           "\nevents " + text_of(db, "SELECT CAST(COUNT(*) AS TEXT) FROM report_events") +
           "\nsessions " + text_of(db, "SELECT CAST(COUNT(*) AS TEXT) FROM sessions") + "\ngoals " +
           text_of(db, "SELECT CAST(COUNT(*) AS TEXT) FROM intervention_goals") + "\npartners " +
           text_of(db, "SELECT CAST(COUNT(*) AS TEXT) FROM intervention_partners");
}

} // namespace finsam::testing
