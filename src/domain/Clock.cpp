#include "domain/Clock.h"

namespace finsam {

namespace {

class SystemClock final : public Clock {
public:
    Timestamp now() const override { return Timestamp::from(std::chrono::system_clock::now()); }
};

} // namespace

const Clock& system_clock() {
    static const SystemClock clock;
    return clock;
}

} // namespace finsam
