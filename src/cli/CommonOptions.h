#pragma once

#include <string>

namespace finsam {

/// Options every command takes.
struct CommonOptions {
    std::string database_url;  // --db or FINSAM_DB: a SQLite path or postgresql://…
    std::string templates_dir; // --templates or FINSAM_TEMPLATES
    std::string association;   // --forbund or FINSAM_FORBUND: the förbund's name
};

} // namespace finsam
