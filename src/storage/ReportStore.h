#pragma once

#include "domain/Report.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The file a set of reports was read from.
struct SourceDocument {
    std::string file_name;    // as given on the command line, or the attachment's name
    std::string format;       // txt, md, pdf, docx, eml
    std::string content_hash; // hex digest of the file's bytes
    std::string document_kind;
};

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
    std::string kind; // individual, structural, or empty
    int report_count;
};

struct ReportSummary {
    std::int64_t id; // the report; versions share it
    std::int64_t intervention_id;
    std::string intervention_name;
    std::string kind;
    std::optional<std::string> period_start; // YYYY-MM-DD
    std::optional<std::string> period_end;
    int latest_version;
    int warning_count;
};

struct StoredReportVersion {
    int version;
    std::string imported_at; // ISO 8601, UTC
    SourceDocument source;
    Report report;
};

/// A report with every stored version, oldest first.
struct StoredReport {
    std::int64_t id;
    std::int64_t intervention_id;
    std::vector<StoredReportVersion> versions;
};

class ReportWriter;

/// Förbund, insatser and reports. Every write is one transaction: a document's reports are
/// all saved or none are. The statements that save documents are prepared on the first
/// save_document() and kept for the next ones, so a store must not outlive its database.
class ReportStore {
public:
    explicit ReportStore(Database& database);
    ReportStore(ReportStore&&) noexcept;
    ~ReportStore();

    /// The förbund imports go to; created on first use. Names are compared normalised.
    tl::expected<std::int64_t, StorageError> ensure_association(const std::string& name);

    /// Whether a file with this content hash was imported before, into any förbund. A shortcut
    /// that lets the importer skip reading a known file: when the database cannot be read it
    /// answers false, and save_document() then reports the failure.
    bool has_document(const std::string& content_hash);

    /// Saves a document and its reports in one transaction. Matches each report's insats by
    /// normalised name within the förbund, creating it when new. A report with the same
    /// insats, kind and period as a stored one becomes its next version (unless the content
    /// is identical: then it is Unchanged, and only the document is recorded). A document
    /// whose hash is already stored saves nothing and says so. A report whose insats name is
    /// empty after normalisation fails the whole document with Code::Query.
    tl::expected<SaveResult, StorageError> save_document(std::int64_t association_id,
                                                         const SourceDocument& source,
                                                         const std::vector<Report>& reports);

    /// The förbund's insatser ordered by normalised name, each with its number of reports.
    tl::expected<std::vector<InterventionSummary>, StorageError>
    list_interventions(std::int64_t association_id);
    /// The förbund's reports, or one insats's, ordered by insats, period and kind; each with
    /// its latest version's number and warning count.
    tl::expected<std::vector<ReportSummary>, StorageError>
    list_reports(std::int64_t association_id, std::optional<std::int64_t> intervention_id);
    /// Every version of a report, oldest first; Code::NotFound when no report has this id.
    tl::expected<StoredReport, StorageError> load_report(std::int64_t report_id);

private:
    Database& m_database;
    std::unique_ptr<ReportWriter> m_writer; // made by the first save_document()
};

/// The key insatser are matched on: lower case, diacritics kept, punctuation and runs of
/// white space folded ("Kärnhuset 2.0 " and "kärnhuset 2.0" match).
std::string normalise_intervention_name(std::string_view name);

} // namespace finsam
