#pragma once

#include "domain/Report.h"

#include <string>

namespace finsam {

/// BLAKE2b-256 (hex) over every field a report version stores, in a fixed order with each field
/// length-prefixed, so two reports hash the same exactly when loading one would give the
/// other. A re-sent report with equal content is recognised as unchanged by this hash.
std::string report_content_hash(const Report& report);

} // namespace finsam
