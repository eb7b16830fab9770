#pragma once

#include "domain/Clock.h"
#include "domain/OriginalFile.h"
#include "domain/Report.h"
#include "domain/ReportVersion.h"
#include "domain/SourceDocument.h"
#include "storage/Database.h"
#include "storage/ReportRecords.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

class ReportWriter;

/// Förbund, insatser and reports. Every write is one transaction: a document's reports are
/// all saved or none are. The statements that save documents are prepared on the first
/// save_document() and kept for the next ones, so a store must not outlive its database.
class ReportStore {
public:
    /// `clock` dates each saved document's versions.
    ReportStore(Database& database, const Clock& clock);
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
    /// empty after normalisation fails the whole document with Code::Query. `original`, the
    /// file the document was read from, is kept with it as received (once per content).
    tl::expected<SaveResult, StorageError> save_document(std::int64_t association_id,
                                                         const SourceDocument& source,
                                                         const std::vector<Report>& reports,
                                                         const ReceivedFile* original = nullptr);

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
    const Clock& m_clock;
    std::unique_ptr<ReportWriter> m_writer; // made by the first save_document()
};

} // namespace finsam
