#include "storage/ErrorTranslation.h"

#include <soci/soci.h>
#include <string>

namespace finsam {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r.");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r.");
    return text.substr(first, last - first + 1);
}

/// The driver's reason without the lines that quote data: PostgreSQL's DETAIL ("Failing row
/// contains (...)", "Key (...)=(...)") and CONTEXT lines. SOCI's SQLite backend prefixes the
/// C++ function that failed, which says nothing to a reader.
std::string driver_reason(std::string_view message) {
    std::string reason;
    std::size_t start = 0;
    while (start <= message.size()) {
        auto end = message.find('\n', start);
        if (end == std::string_view::npos)
            end = message.size();
        auto line = trimmed(message.substr(start, end - start));
        start = end + 1;
        if (line.empty() || line.starts_with("DETAIL:") || line.starts_with("CONTEXT:"))
            continue;
        if (line.starts_with("sqlite3_")) {
            if (const auto colon = line.find(": "); colon != std::string_view::npos)
                line.remove_prefix(colon + 2);
        }
        if (!reason.empty())
            reason += "; ";
        reason += line;
    }
    return reason;
}

} // namespace

StorageError translate_exception(StorageError::Code code, std::string_view action,
                                 const std::exception& error) {
    const auto* database_error = dynamic_cast<const soci::soci_error*>(&error);
    const std::string reason = database_error ? driver_reason(database_error->get_error_message())
                                              : driver_reason(error.what());
    return StorageError{code, std::string(action) + " failed: " + reason};
}

} // namespace finsam
