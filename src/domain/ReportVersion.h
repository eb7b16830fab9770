#pragma once

#include "domain/Report.h"
#include "domain/SourceDocument.h"
#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

/// One stored version of a report: when it was saved, what it arrived as, and its content.
/// Versions are never overwritten: a correction is the next version. The one change a stored
/// version takes is the kansli's removal of personal data from its text (VersionRedaction).
struct StoredReportVersion {
    int version = 0;
    Timestamp imported_at;
    SourceDocument source;
    Report report;
};

/// That the kansli removed personal data from a stored version (gallring): when, by whom, and
/// how many passages. What was removed is not kept anywhere.
struct VersionRedaction {
    int version = 0;
    Timestamp at;
    std::optional<std::int64_t> user_id;
    std::string user_name; // empty when no user did it
    int passages = 0;

    bool operator==(const VersionRedaction&) const = default;
};

/// A report with every stored version, oldest first.
struct StoredReport {
    std::int64_t id = 0;
    std::int64_t intervention_id = 0;
    std::vector<StoredReportVersion> versions;
};

} // namespace finsam
