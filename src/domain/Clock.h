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

} // namespace finsam
