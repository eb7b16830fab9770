#pragma once

#include "cli/CommonOptions.h"

#include <string>
#include <vector>

namespace finsam {

struct ServeOptions {
    std::string bind = "127.0.0.1";
    int port = 8080;
    bool secure_cookies = false;
    std::size_t threads = 128;
    std::size_t connections_per_address = 32;
    double request_deadline_seconds = 60; // to read a request's headers and body
    std::vector<std::string> trusted_proxies;
    double page_cache_seconds = 5;   // how long the overview's content may be reused; 0: never
    int mail_interval_seconds = 300; // between rounds of e-mail notifications
    std::string web_templates;       // templates/web
    std::string board_templates;     // templates/board
    std::string static_files;        // static
};

/// `finsam serve`: the web application until SIGINT or SIGTERM; with e-mail set up in the
/// environment (see MailEnvironment), also a round of notifications every few minutes.
int run_serve(const CommonOptions& common, const ServeOptions& options);

} // namespace finsam
