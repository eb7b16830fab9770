#pragma once

#include "domain/Date.h"

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace finsam {

/// A moment, in UTC to the second. Stored and exchanged as ISO 8601
/// (`2024-10-10T08:15:00Z`), which sorts as text in the order it sorts in time, so SQLite and
/// PostgreSQL hold and compare it the same way.
class Timestamp {
public:
    constexpr Timestamp() = default;
    explicit constexpr Timestamp(std::chrono::sys_seconds time) : m_time(time) {}
    /// The second `time` falls in.
    static Timestamp from(std::chrono::system_clock::time_point time) {
        return Timestamp(std::chrono::floor<std::chrono::seconds>(time));
    }

    constexpr std::chrono::sys_seconds time() const { return m_time; }
    /// `2024-10-10T08:15:00Z`.
    std::string iso() const;
    /// The date in UTC.
    Date utc_date() const;

    template <typename Rep, typename Period>
    Timestamp operator-(std::chrono::duration<Rep, Period> duration) const {
        return Timestamp(std::chrono::floor<std::chrono::seconds>(m_time - duration));
    }
    template <typename Rep, typename Period>
    Timestamp operator+(std::chrono::duration<Rep, Period> duration) const {
        return Timestamp(std::chrono::floor<std::chrono::seconds>(m_time + duration));
    }

    constexpr auto operator<=>(const Timestamp&) const = default;

private:
    std::chrono::sys_seconds m_time{};
};

/// Reads the ISO 8601 form iso() writes; nullopt for anything else.
std::optional<Timestamp> parse_timestamp(std::string_view text);

/// How far Swedish time (Europe/Stockholm) is ahead of UTC at this moment: one hour (CET), or
/// two (CEST) from 01:00 UTC on the last Sunday of March until 01:00 UTC on the last Sunday of
/// October, the EU's rule since 1996. libstdc++ 12 has no time zone database to ask.
std::chrono::minutes swedish_offset(Timestamp moment);

/// The date in Sweden at this moment. What is late is decided by the Swedish date, not the
/// UTC one.
Date swedish_date(Timestamp moment);

/// The moment in Swedish time to the minute, as every page and export shows a time:
/// "2026-12-07 12:05". Storage stays UTC.
std::string swedish_minute_text(Timestamp moment);

/// The moment a Swedish day begins (00:00 in Sweden): where a filter "from this date" starts
/// and "to the day before" ends.
Timestamp swedish_midnight(Date day);

} // namespace finsam
