#pragma once

#include "domain/Date.h"
#include "domain/Timestamp.h"

namespace finsam {

/// Where "now" comes from. Every use case and store that dates something is given one, so a
/// test can set the day (what is late, when a session expires) instead of waiting for it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
    /// Today in Sweden, which decides what is late.
    Date today() const { return swedish_date(now()); }
};

/// The system's clock.
const Clock& system_clock();

/// A clock that stands still at noon in Sweden (11:00 UTC) of one day: what is due or late
/// decided as on that day (`finsam remind --date`).
class ClockOnDay final : public Clock {
public:
    explicit ClockOnDay(Date day)
        : m_noon(Timestamp(std::chrono::sys_days{day} + std::chrono::hours{11})) {}
    Timestamp now() const override { return m_noon; }

private:
    Timestamp m_noon;
};

} // namespace finsam
