#include "cli/OpenDatabase.h"

#include <cstdio>

namespace finsam {

std::optional<Database> open_database(const CommonOptions& common) {
    auto database = Database::open(common.database_url);
    if (!database) {
        std::fprintf(stderr, "Databasen %s kan inte öppnas: %s\n", common.database_url.c_str(),
                     database.error().message.c_str());
        return std::nullopt;
    }
    return std::move(*database);
}

} // namespace finsam
