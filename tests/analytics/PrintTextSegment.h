#pragma once

#include "analytics/WordDiff.h"

#include <ostream>

namespace finsam {

// Readable failures: GoogleTest finds this by argument-dependent lookup.
inline void PrintTo(const TextSegment& segment, std::ostream* out) {
    constexpr const char* op_names[] = {"Equal", "Inserted", "Deleted"};
    *out << op_names[static_cast<int>(segment.op)] << " \"" << segment.text << '"';
}

} // namespace finsam
