#pragma once

#include "domain/OriginalFile.h"
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
    std::optional<OriginalFile> original{}; // the file it was read from, when kept
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

/// That the kansli confirmed the figures the importer read from a version's text: when and by
/// whom. Until then statistics mark them (the kansli) or leave them out (the board).
struct FigureConfirmation {
    int version = 0;
    Timestamp at;
    std::optional<std::int64_t> user_id;
    std::string user_name; // empty when no user did it

    bool operator==(const FigureConfirmation&) const = default;
};

/// Whether a version's figures were read from a file's text by the importer, and so count only
/// once the kansli confirms them. Figures typed into the web form (by the insatsägare, or by
/// the kansli correcting a report) count as they are.
inline bool figures_read_from_text(const SourceDocument& source) {
    return source.format != SourceFormat::WebForm;
}

/// A report with every stored version, oldest first.
struct StoredReport {
    std::int64_t id = 0;
    std::int64_t intervention_id = 0;
    std::vector<StoredReportVersion> versions;
};

} // namespace finsam
