#pragma once

#include "cli/CommonOptions.h"
#include "storage/Database.h"

#include <optional>

namespace finsam {

/// Opens --db; on failure says why on standard error, in Swedish, and gives nullopt.
std::optional<Database> open_database(const CommonOptions& common);

} // namespace finsam
