#pragma once

#include "cli/CommonOptions.h"

#include <string>

namespace finsam {

struct ServeOptions {
    std::string bind = "127.0.0.1";
    int port = 8080;
    bool secure_cookies = false;
    std::size_t threads = 64;
    double page_cache_seconds = 5; // how long the overview's content may be reused; 0: never
    std::string web_templates;     // templates/web
    std::string static_files;      // static
};

/// `finsam serve`: the web application until SIGINT or SIGTERM.
int run_serve(const CommonOptions& common, const ServeOptions& options);

} // namespace finsam
