#pragma once

#include "domain/Report.h"
#include "domain/SourceDocument.h"
#include "domain/Timestamp.h"

#include <cstdint>
#include <vector>

namespace finsam {

/// One stored version of a report: when it was saved, what it arrived as, and its content.
/// Versions are never overwritten: a correction is the next version.
struct StoredReportVersion {
    int version = 0;
    Timestamp imported_at;
    SourceDocument source;
    Report report;
};

/// A report with every stored version, oldest first.
struct StoredReport {
    std::int64_t id = 0;
    std::int64_t intervention_id = 0;
    std::vector<StoredReportVersion> versions;
};

} // namespace finsam
