#include "cli/ServeCommand.h"

#include "app/notifications/NotificationRounds.h"
#include "app/surveys/SurveyUpkeep.h"
#include "cli/MailEnvironment.h"
#include "cli/OpenDatabase.h"
#include "mail/SmtpMailer.h"
#include "web/Server.h"

#include <csignal>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace finsam {

namespace {

WebServer* g_running = nullptr;

extern "C" void stop_on_signal(int) {
    if (g_running)
        g_running->stop();
}

/// The notifier of the mail settings, or none (said in the log) when e-mail is off.
std::unique_ptr<PeriodicThread> start_notifier(const CommonOptions& common,
                                               const ServeOptions& options,
                                               const std::optional<MailEnvironment>& mail) {
    if (!mail) {
        spdlog::info("e-mail notifications are off: FINSAM_SMTP_HOST is not set");
        return nullptr;
    }
    return start_notification_thread(
        common.database_url, std::make_unique<SmtpMailer>(mail->smtp, system_clock()),
        MailDelivery{mail->base_url, new_sender_token()},
        std::chrono::seconds(options.mail_interval_seconds), system_clock());
}

} // namespace

int run_serve(const CommonOptions& common, const ServeOptions& options) {
    // Migrates a new or older database before the first request needs it.
    if (!open_database(common))
        return 1;
    const auto mail = mail_environment();
    if (!mail) {
        std::fprintf(stderr, "%s\n", mail.error().c_str());
        return 1;
    }
    WebConfig config;
    config.database_url = common.database_url;
    config.report_templates = common.templates_dir;
    config.web_templates = options.web_templates;
    config.board_templates = options.board_templates;
    config.static_files = options.static_files;
    config.secure_cookies = options.secure_cookies;
    config.threads = options.threads;
    config.connection_limits.per_address = options.connections_per_address;
    config.connection_limits.request_deadline = std::chrono::milliseconds(
        static_cast<std::int64_t>(options.request_deadline_seconds * 1000));
    config.trusted_proxies = options.trusted_proxies;
    config.page_cache_lifetime =
        std::chrono::milliseconds(static_cast<std::int64_t>(options.page_cache_seconds * 1000));
    try {
        WebServer server(config);
        if (!server.bind(options.bind, options.port)) {
            spdlog::error("cannot listen on {}:{}: the port is in use by another process, or the "
                          "address is not one of this machine's",
                          options.bind, options.port);
            std::fprintf(stderr, "Servern kan inte lyssna på %s:%d. Är porten upptagen?\n",
                         options.bind.c_str(), options.port);
            return 1;
        }
        const auto notifier = start_notifier(common, options, *mail);
        const auto survey_upkeep = start_survey_upkeep_thread(common.database_url);
        g_running = &server;
        std::signal(SIGINT, stop_on_signal);
        std::signal(SIGTERM, stop_on_signal);
        std::printf("Finsam uppföljning kör på http://%s:%d/ (avsluta med Ctrl+C)\n",
                    options.bind.c_str(), server.port());
        std::fflush(stdout);
        const bool served = server.serve();
        g_running = nullptr;
        return served ? 0 : 1;
    } catch (const std::exception& error) {
        spdlog::error("the server cannot start: {}", error.what());
        std::fprintf(stderr, "Servern kan inte starta: %s\n", error.what());
        return 1;
    }
}

} // namespace finsam
