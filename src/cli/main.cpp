#include "cli/BoardReportCommand.h"
#include "cli/DemoCommand.h"
#include "cli/ImportCommand.h"
#include "cli/LessonsCommand.h"
#include "cli/ListCommands.h"
#include "cli/RemindCommand.h"
#include "cli/SearchCommand.h"
#include "cli/ServeCommand.h"
#include "cli/StatisticsCommand.h"
#include "cli/UserCommands.h"

#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {

std::string environment_or(const char* name, std::string fallback) {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

/// Logs are English and go to standard error, so standard output stays machine-readable.
void configure_logging(bool verbose) {
    auto logger = spdlog::stderr_color_mt("finsam");
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::err);
    spdlog::set_default_logger(logger);
}

/// An import frees and allocates the same few megabytes for every document (SQLite's
/// statements, the text of each file). glibc's default gives the top of the heap back to the
/// kernel each time and faults it in again, which cost as much CPU as the SQL itself; keeping
/// up to 32 MB around ends that without letting memory grow with the batch.
void keep_freed_memory() {
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TOP_PAD, 8 * 1024 * 1024);
}

} // namespace

int main(int argc, char** argv) {
    keep_freed_memory();
    CLI::App app{"Finsam uppföljning: insatser, rapporter och uppföljning för samordningsförbund"};
    app.require_subcommand(1);
    // `finsam import --db X` and `finsam --db X import` both work.
    app.fallthrough();

    finsam::CommonOptions common{environment_or("FINSAM_DB", "data/finsam.db"),
                                 environment_or("FINSAM_TEMPLATES", FINSAM_DEFAULT_TEMPLATES_DIR),
                                 environment_or("FINSAM_FORBUND", "Samordningsförbundet")};
    bool verbose = false;
    app.add_option("--db", common.database_url,
                   "Databas: sökväg till en SQLite-fil eller postgresql://… (FINSAM_DB)");
    app.add_option("--templates", common.templates_dir,
                   "Mapp med rapportmallar (FINSAM_TEMPLATES)");
    app.add_option("--forbund", common.association, "Förbundets namn (FINSAM_FORBUND)");
    app.add_flag("--verbose", verbose, "Skriv loggmeddelanden (på engelska) till stderr");

    finsam::ImportOptions import_options;
    bool dry_run = false;
    bool json = false;
    auto* import = app.add_subcommand("import", "Importera rapporter (txt, md, pdf, docx, eml)");
    import->add_option("paths", import_options.paths, "Filer eller mappar")->required();
    import->add_flag("--dry-run", dry_run, "Läs filerna men spara ingenting");
    import->add_flag("--json", json, "Skriv ett JSON-objekt per fil till stdout");
    import->add_option("--insats", import_options.intervention,
                       "Insatsen för rapporter som inte själva namnger någon (lästa utan mall)");

    bool list_reports = false;
    std::optional<std::int64_t> list_intervention;
    auto* list = app.add_subcommand("list", "Visa insatser, eller rapporter med --reports");
    list->add_flag("--reports", list_reports, "Visa rapporterna och deras versioner");
    list->add_option("--insats", list_intervention, "Bara rapporter för insatsen med detta id");

    std::int64_t show_report = 0;
    bool show_json = false;
    auto* show = app.add_subcommand("show", "Visa en rapport med alla versioner");
    show->add_option("report", show_report, "Rapportens id (se finsam list --reports)")->required();
    show->add_flag("--json", show_json, "Skriv senaste versionen som JSON");

    finsam::StatisticsOptions statistics_options;
    auto* statistics = app.add_subcommand(
        "statistics", "Deltagarstatistik och måluppfyllelse per insats för en period");
    statistics
        ->add_option("--period", statistics_options.period,
                     "2024, 2024H1, 2024Q3 eller 2024-01-01..2024-08-31")
        ->required();
    statistics->add_option("--insats", statistics_options.intervention,
                           "Bara insatsen med detta namn");
    statistics
        ->add_option("--for", statistics_options.audience,
                     "kansli (allt, små antal markerade) eller styrelse (små antal dolda)")
        ->check(CLI::IsMember({"kansli", "styrelse"}));
    statistics->add_option("--format", statistics_options.format, "table, csv, json eller xlsx")
        ->check(CLI::IsMember({"table", "csv", "json", "xlsx"}));
    statistics->add_option("-o,--output", statistics_options.output, "Skriv till filen");
    statistics->add_flag("--all-forbund", statistics_options.every_association,
                         "Alla förbund i databasen: den nationella tabellen");

    finsam::RegisterOptions register_options;
    auto* register_figures = app.add_subcommand(
        "uppfoljning-finsam", "Årets uppgifter till Uppföljning Finsam per insats");
    register_figures->add_option("--year", register_options.year, "Året, till exempel 2024")
        ->required();
    register_figures->add_option("--format", register_options.format, "table, csv, json eller xlsx")
        ->check(CLI::IsMember({"table", "csv", "json", "xlsx"}));
    register_figures->add_option("-o,--output", register_options.output, "Skriv till filen");

    finsam::BoardReportOptions board_options;
    board_options.board_templates_dir =
        environment_or("FINSAM_BOARD_TEMPLATES", FINSAM_DEFAULT_BOARD_TEMPLATES_DIR);
    auto* board_report = app.add_subcommand(
        "board-report", "Styrelserapporten (projektredovisningen) för en period");
    board_report
        ->add_option("--period", board_options.period,
                     "2022, 2022H1, 2022Q3 eller 2022-01-01..2022-08-31")
        ->required();
    board_report->add_option("--format", board_options.format, "html, docx, pdf eller xlsx")
        ->check(CLI::IsMember({"html", "docx", "pdf", "xlsx"}));
    board_report->add_option("-o,--output", board_options.output, "Skriv till filen");
    board_report
        ->add_option("--for", board_options.audience,
                     "kansli (kansliets exemplar, standard) eller styrelse")
        ->check(CLI::IsMember({"kansli", "styrelse"}));

    finsam::SearchOptions search_options;
    search_options.board_templates_dir = board_options.board_templates_dir;
    auto* search = app.add_subcommand(
        "search", "Sök i förbundets rapporter (avsnitt, mål och kansliets kommentarer)");
    search->add_option("query", search_options.query,
                       "Sökord; \"citattecken\" för ord i följd, ord* för början av ord");
    search->add_option("--insats", search_options.intervention, "Bara insatsen (namn eller id)");
    search->add_option("--period", search_options.period,
                       "Rapporter vars period överlappar: 2024, 2024H1, 2024Q3 eller "
                       "2024-01-01..2024-08-31");
    search->add_option("--typ", search_options.kind,
                       "kvartalsrapport, slutrapport eller "
                       "projektredovisning");
    search->add_option("--avsnitt", search_options.sections,
                       "Bara dessa avsnitt (styrelserapportens rubriker, t.ex. framgangsfaktorer "
                       "lardomar systemfel, eller kommentarer)");
    search->add_option("--status", search_options.status,
                       "submitted, registered, reviewed eller returned");
    search
        ->add_option("--for", search_options.audience,
                     "kansli (allt, standard) eller styrelse (granskade rapporter, små antal "
                     "dolda)")
        ->check(CLI::IsMember({"kansli", "styrelse"}));
    search->add_option("--sida", search_options.page, "Sida av träffarna (20 rapporter per sida)")
        ->check(CLI::Range(1, 10000));
    search->add_flag("--json", search_options.json, "Skriv träffarna som JSON (som API:t)");
    search->add_flag("--reindex", search_options.reindex,
                     "Bygg om sökindexet från de sparade rapporterna");
    finsam::LessonsOptions lessons_options;
    lessons_options.board_templates_dir = board_options.board_templates_dir;
    auto* lessons = app.add_subcommand(
        "lessons", "Periodens framgångsfaktorer, problem i stödsystemet och lärdomar per insats");
    lessons->add_option("--period", lessons_options.period,
                        "2024, 2024H1, 2024Q3 eller 2024-01-01..2024-08-31 (standard: i år)");
    lessons->add_option("--sok", lessons_options.query,
                        "Bara texter med dessa ord (\"citattecken\" för ord i följd)");
    lessons
        ->add_option("--for", lessons_options.audience,
                     "kansli (standard) eller styrelse (granskade rapporter, små antal dolda)")
        ->check(CLI::IsMember({"kansli", "styrelse"}));
    lessons->add_flag("--json", lessons_options.json, "Skriv lärdomarna som JSON (som API:t)");
    std::string demo_scale;
    auto* demo = app.add_subcommand(
        "demo",
        "Skriv ett påhittat demodataset till en tom databas (för demonstration och mätning)");
    demo->add_option("--scale", demo_scale,
                     "small (ett förbund, tre år), large (ett förbund, 40 insatser, 2023–2024) "
                     "eller national (80 förbund, 2015–2024)")
        ->required()
        ->check(CLI::IsMember({"small", "large", "national"}));

    finsam::ServeOptions serve_options;
    serve_options.web_templates =
        environment_or("FINSAM_WEB_TEMPLATES", FINSAM_DEFAULT_WEB_TEMPLATES_DIR);
    serve_options.static_files = environment_or("FINSAM_STATIC", FINSAM_DEFAULT_STATIC_DIR);
    serve_options.board_templates = board_options.board_templates_dir;
    auto* serve = app.add_subcommand("serve", "Starta webbapplikationen");
    serve->add_option("--port", serve_options.port, "Port (standard 8080; 0 väljer en ledig)");
    serve->add_option("--bind", serve_options.bind, "Adress att lyssna på (standard 127.0.0.1)");
    serve->add_option("--threads", serve_options.threads, "Antal trådar för förfrågningar")
        ->check(CLI::Range(1, 1024));
    serve
        ->add_option("--connections-per-address", serve_options.connections_per_address,
                     "Högsta antal samtidiga anslutningar från en adress (standard 32)")
        ->check(CLI::Range(1, 1024));
    serve
        ->add_option("--request-deadline", serve_options.request_deadline_seconds,
                     "Sekunder en förfrågan får ta att skicka, rubriker och innehåll (standard 60)")
        ->check(CLI::Range(1.0, 3600.0));
    serve->add_option("--trusted-proxy", serve_options.trusted_proxies,
                      "Adress till en omvänd proxy vars X-Forwarded-For gäller (kan upprepas)");
    serve
        ->add_option("--page-cache", serve_options.page_cache_seconds,
                     "Sekunder som översiktens innehåll får återanvändas (0: aldrig)")
        ->check(CLI::Range(0.0, 3600.0));
    serve
        ->add_option("--mail-interval", serve_options.mail_interval_seconds,
                     "Sekunder mellan omgångarna av e-postaviseringar (standard 300)")
        ->check(CLI::Range(1, 86400));
    serve->add_flag("--secure-cookies", serve_options.secure_cookies,
                    "Märk sessionskakan Secure (när servern nås via TLS)");

    std::string remind_date;
    auto* remind = app.add_subcommand(
        "remind", "Skicka påminnelser, förseningsmeddelanden och väntande e-post (för en timer)");
    remind->add_option("--date", remind_date,
                       "Avgör påminnelserna som på den här dagen (ÅÅÅÅ-MM-DD; standard i dag)");

    auto* user = app.add_subcommand("user", "Hantera användare");
    user->require_subcommand(1);
    finsam::NewUserOptions new_user;
    auto* user_add = user->add_subcommand("add", "Lägg till en användare (lösenord från "
                                                 "FINSAM_PASSWORD eller frågas efter)");
    user_add->add_option("username", new_user.username, "Användarnamn")->required();
    user_add->add_option("--role", new_user.role, "admin, kansli, insatsagare eller styrelse")
        ->required();
    user_add->add_option("--name", new_user.display_name, "Namn som visas");
    user_add->add_option("--insats", new_user.interventions,
                         "Insats som insatsägaren rapporterar för (kan upprepas)");
    user_add->add_option("--email", new_user.email, "E-postadress för aviseringar");
    // Where the people a link is given to reach the server: the start of the link printed.
    std::string server_url = "http://127.0.0.1:8080";
    auto* user_invite = user->add_subcommand(
        "invite", "Lägg till en användare som väljer sitt lösenord genom en länk");
    user_invite->add_option("username", new_user.username, "Användarnamn")->required();
    user_invite->add_option("--role", new_user.role, "admin, kansli, insatsagare eller styrelse")
        ->required();
    user_invite->add_option("--name", new_user.display_name, "Namn som visas");
    user_invite->add_option("--insats", new_user.interventions,
                            "Insats som insatsägaren rapporterar för (kan upprepas)");
    user_invite->add_option("--url", server_url, "Serverns adress som användarna når den");
    std::string reset_username;
    auto* user_reset =
        user->add_subcommand("reset", "Skapa en länk där användaren väljer ett nytt lösenord");
    user_reset->add_option("username", reset_username, "Användarnamn")->required();
    user_reset->add_option("--url", server_url, "Serverns adress som användarna når den");
    std::string passwd_username;
    auto* user_passwd = user->add_subcommand("passwd", "Byt lösenord");
    user_passwd->add_option("username", passwd_username, "Användarnamn")->required();
    auto* user_list = user->add_subcommand("list", "Visa förbundets användare");
    std::string access_username;
    auto* user_disable = user->add_subcommand(
        "disable", "Stäng av en användare (inloggningar avslutas, API-nycklar slutar fungera)");
    user_disable->add_option("username", access_username, "Användarnamn")->required();
    auto* user_enable = user->add_subcommand("enable", "Låt en avstängd användare logga in igen");
    user_enable->add_option("username", access_username, "Användarnamn")->required();
    // `user token NAME TOKEN-NAME` makes a token; `user token list|revoke` manage them. The
    // positionals are checked below, since list and revoke take none of them.
    std::string token_username;
    std::string token_name;
    auto* user_token = user->add_subcommand(
        "token", "Skapa en API-nyckel för en användare: token NAMN \"vad den används till\"");
    user_token->add_option("username", token_username, "Användarnamn");
    user_token->add_option("name", token_name, "Vad nyckeln används till");
    auto* token_list =
        user_token->add_subcommand("list", "Visa förbundets API-nycklar (aldrig nycklarna)");
    token_list->add_option("username", token_username, "Bara den här användarens nycklar");
    std::int64_t revoked_token_id = 0;
    auto* token_revoke = user_token->add_subcommand("revoke", "Återkalla en API-nyckel");
    token_revoke->add_option("id", revoked_token_id, "Nyckelns id (ur token list)")->required();

    CLI11_PARSE(app, argc, argv);
    configure_logging(verbose);

    if (import->parsed()) {
        import_options.dry_run = dry_run ? finsam::DryRun::Yes : finsam::DryRun::No;
        import_options.output = json ? finsam::OutputFormat::Json : finsam::OutputFormat::Text;
        return finsam::run_import(common, import_options);
    }
    if (statistics->parsed())
        return finsam::run_statistics(common, statistics_options);
    if (register_figures->parsed())
        return finsam::run_register_figures(common, register_options);
    if (board_report->parsed())
        return finsam::run_board_report(common, board_options);

    if (search->parsed()) {
        if (search_options.query.empty() && !search_options.reindex) {
            std::fprintf(stderr, "Ange vad du söker efter: finsam search ORD.\n");
            return 2;
        }
        return finsam::run_search(common, search_options);
    }
    if (lessons->parsed())
        return finsam::run_lessons(common, lessons_options);
    if (demo->parsed())
        return finsam::run_demo(common, demo_scale);
    if (serve->parsed())
        return finsam::run_serve(common, serve_options);
    if (remind->parsed())
        return finsam::run_remind(common, remind_date);
    if (user_add->parsed())
        return finsam::run_user_add(common, new_user);
    if (user_invite->parsed())
        return finsam::run_user_invite(common, new_user, server_url);
    if (user_reset->parsed())
        return finsam::run_user_reset(common, reset_username, server_url);
    if (user_passwd->parsed())
        return finsam::run_user_passwd(common, passwd_username);
    if (user_list->parsed())
        return finsam::run_user_list(common);
    if (user_disable->parsed())
        return finsam::run_user_disable(common, access_username);
    if (user_enable->parsed())
        return finsam::run_user_enable(common, access_username);
    if (token_list->parsed())
        return finsam::run_token_list(common, token_username);
    if (token_revoke->parsed())
        return finsam::run_token_revoke(common, revoked_token_id);
    if (user_token->parsed()) {
        if (token_username.empty() || token_name.empty()) {
            std::fprintf(stderr, "Ange användarnamnet och vad nyckeln används till: finsam user "
                                 "token NAMN \"vad den används till\".\n");
            return 2;
        }
        return finsam::run_user_token(common, token_username, token_name);
    }
    if (list->parsed())
        return finsam::run_list(common, list_reports || list_intervention, list_intervention);
    return finsam::run_show(common, show_report, show_json);
}
