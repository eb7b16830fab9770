#pragma once

#include "domain/Report.h"

#include <vector>

namespace finsam {

/// Warnings a reviewer needs about a report's header: used funds above granted, a period
/// that ends before it starts, a reporter date before the period's end, and figures stated
/// with different values.
std::vector<Warning> check_report(const Report& report);

} // namespace finsam
