#pragma once

#include "storage/StorageError.h"

#include <string>
#include <tl/expected.hpp>

namespace finsam {

/// The connection string to give SOCI for a `postgresql://` URL.
///
/// SOCI 4.0 does not hand its connection string to libpq unchanged: it splits it at white
/// space into `key=value` pairs and joins them again, which turns a URI into a database name
/// ending in '='. So libpq itself parses the URL (PQconninfoParse: percent-decoding, query
/// parameters), and every value is passed as `key="'value'"`: SOCI strips the double quotes
/// and libpq reads the single-quoted value, spaces and all. A value holding a double quote
/// cannot pass through SOCI and is refused.
tl::expected<std::string, StorageError> postgresql_connect_string(const std::string& url);

} // namespace finsam
