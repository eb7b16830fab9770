#pragma once

#include "ingest/Importer.h"

#include <string>

namespace finsam {

/// Swedish texts for what the command line tells its user. Logs and the JSON contract stay
/// in English; these are for the person at the terminal.
std::string swedish_reason(const ExtractError& error);

/// One Swedish line per problem of a file, each naming the file.
std::vector<std::string> swedish_problems(const ImportedFile& file);

} // namespace finsam
