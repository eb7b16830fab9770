#pragma once

#include <chrono>
#include <string>

namespace finsam {

/// A time as ISO 8601 in UTC to the second (`2024-10-10T08:15:00Z`). Stored as text so that
/// SQLite and PostgreSQL hold and sort it the same way.
std::string utc_timestamp(std::chrono::system_clock::time_point time);
std::string utc_timestamp_now();

} // namespace finsam
