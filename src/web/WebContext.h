#pragma once

#include "app/accounts/Login.h"
#include "app/accounts/LoginThrottle.h"
#include "app/boardreport/BoardLayout.h"
#include "app/imports/PendingUploads.h"
#include "app/imports/UploadImport.h"
#include "domain/Clock.h"
#include "domain/ReportTemplates.h"
#include "domain/SurveyCatalog.h"
#include "ingest/ReportReader.h"
#include "web/ConnectionLimits.h"
#include "web/DatabasePool.h"
#include "web/PageCache.h"
#include "web/Views.h"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace finsam {

/// How much reading of uploaded files goes on at once (ImportGate, InflationBudget).
struct ImportLimits {
    std::size_t readers = 2;
    /// How long an upload waits for a reader before it is told to come back.
    std::chrono::milliseconds longest_wait{10'000};
    /// Memory that the Word documents of the uploads being read may take together
    /// (InflationBudget): enough for one document of the largest size allowed (64 MB of XML).
    std::size_t inflated_bytes = 256u * 1024u * 1024u;
};

struct WebConfig {
    std::string database_url;
    std::filesystem::path report_templates; // templates/reports: the förbund's form templates
    std::filesystem::path web_templates;    // templates/web: the pages
    std::filesystem::path static_files;     // static: stylesheet and script
    /// templates/board: the board report's layout and HTML template; when empty, the folder
    /// `board` beside web_templates.
    std::filesystem::path board_templates;
    /// Marks the session cookie Secure: on when the server is reached through TLS (a
    /// reverse proxy), which --secure-cookies says.
    bool secure_cookies = false;
    SessionLimits sessions;
    LoginThrottle::Limits login_throttle;
    std::size_t max_upload_bytes = 25u * 1024u * 1024u;
    /// Request threads. cpp-httplib keeps a thread on a keep-alive connection while it is
    /// open, so this bounds the connections served at once: four times the connections one
    /// address may hold, so that one client cannot take more than a quarter of them.
    std::size_t threads = 128;
    ConnectionLimits connection_limits;
    /// Reverse proxies whose X-Forwarded-For is believed (--trusted-proxy): behind one, the
    /// client's address is the right-most entry of that header that is not itself a trusted
    /// proxy. Their connections are not limited per address (the proxy limits its clients).
    std::vector<std::string> trusted_proxies;
    /// Database connections shared by the threads (each SQLite connection has its own cache).
    std::size_t connections = 8;
    /// How long a shared page (the overview) may be reused when nothing changed here.
    std::chrono::milliseconds page_cache_lifetime{5000};
    /// Where uploaded files wait for confirmation; the system's temporary folder by default.
    std::filesystem::path upload_folder;
    ImportLimits import_limits;
    /// What "now" is: the system's clock, or a test's.
    const Clock* clock = &system_clock();
};

/// What every request handler shares: configuration, templates, the connection pool and the
/// login throttle. Made once when the server starts.
class WebContext {
public:
    /// Throws std::runtime_error (English) when the templates cannot be read.
    explicit WebContext(WebConfig config);

    const WebConfig& config() const { return m_config; }
    const Views& views() const { return m_views; }
    DatabasePool& pool() { return m_pool; }
    LoginThrottle& throttle() { return m_throttle; }
    PendingUploads& uploads() { return m_uploads; }
    /// What reading an upload shares with the others being read.
    UploadReading upload_reading() {
        return {m_uploads, m_reader, m_import_gate, m_inflation_budget};
    }
    PageCache& page_cache() { return m_page_cache; }
    const Clock& clock() const { return *m_config.clock; }
    const SessionLimits& session_limits() const { return m_config.sessions; }
    /// The importer's reader, with every report template.
    const ReportReader& reader() const { return m_reader; }
    /// Every report template, of which each förbund chooses its forms.
    const ReportTemplates& report_templates() const { return m_report_templates; }
    /// What the board report is made of, and the template of its HTML.
    const BoardLayout& board_layout() const { return m_board_layout; }
    std::filesystem::path board_html_template() const;
    /// Every survey (templates/surveys beside the report templates), of which each förbund
    /// uses its own and the shared ones.
    const SurveyCatalog& survey_catalog() const { return m_survey_catalog; }

private:
    WebConfig m_config;
    Views m_views;
    DatabasePool m_pool;
    LoginThrottle m_throttle;
    ReportTemplates m_report_templates;
    ReportReader m_reader;
    PendingUploads m_uploads;
    ImportGate m_import_gate;
    InflationBudget m_inflation_budget;
    PageCache m_page_cache;
    BoardLayout m_board_layout;
    SurveyCatalog m_survey_catalog;
};

} // namespace finsam
