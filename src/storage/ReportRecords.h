#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace finsam {

// What the import path writes and the command line's lists read: the records ReportStore,
// ReportWriter and ReportQueries share.

/// What happened to one report of a saved document.
enum class SaveOutcome {
    Created,    // first report of its insats, kind and period
    NewVersion, // a corrected version of a report already stored; the old one is kept
    Unchanged,  // the same content was already stored as the latest version
};

struct SavedReport {
    std::int64_t report_id;
    std::int64_t intervention_id;
    int version;
    SaveOutcome outcome;
};

struct SaveResult {
    bool duplicate_document = false; // the same file (content hash) was imported before
    std::vector<SavedReport> reports;
};

struct InterventionSummary {
    std::int64_t id;
    std::string name;
    std::optional<std::string> owner;
    std::string kind; // individual, structural, or empty: as the command line prints it
    int report_count;
};

struct ReportSummary {
    std::int64_t id; // the report; versions share it
    std::int64_t intervention_id;
    std::string intervention_name;
    std::string kind;                        // as the command line prints it
    std::optional<std::string> period_start; // YYYY-MM-DD
    std::optional<std::string> period_end;
    int latest_version;
    int warning_count;
};

} // namespace finsam
