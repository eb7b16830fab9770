#include "storage/ReportStore.h"

#include "domain/NameNormalisation.h"
#include "storage/ErrorTranslation.h"
#include "storage/OriginalFiles.h"
#include "storage/ReportQueries.h"
#include "storage/ReportWriter.h"
#include "storage/Transaction.h"

namespace finsam {

namespace {

/// An insats is found by its normalised name, so a report without one cannot be placed.
std::optional<StorageError> unnamed_intervention(const std::vector<Report>& reports) {
    for (std::size_t index = 0; index < reports.size(); ++index) {
        if (normalise_intervention_name(reports[index].intervention.name).empty()) {
            return StorageError{StorageError::Code::Query,
                                "report " + std::to_string(index + 1) +
                                    " of the document names no intervention; nothing was saved"};
        }
    }
    return std::nullopt;
}

} // namespace

ReportStore::ReportStore(Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}
ReportStore::ReportStore(ReportStore&&) noexcept = default;
ReportStore::~ReportStore() = default;

tl::expected<std::int64_t, StorageError> ReportStore::ensure_association(const std::string& name) {
    auto& session = m_database.session();
    const std::string normalised_name = normalise_intervention_name(name);
    try {
        // ON CONFLICT makes two importers starting at once agree on one row.
        session << "INSERT INTO associations (name, normalised_name) "
                   "VALUES (:name, :normalised_name) ON CONFLICT (normalised_name) DO NOTHING",
            soci::use(name), soci::use(normalised_name);
        std::int64_t association_id = 0;
        session << "SELECT id FROM associations WHERE normalised_name = :normalised_name",
            soci::use(normalised_name), soci::into(association_id);
        return association_id;
    } catch (const std::exception& error) {
        return tl::unexpected(
            translate_exception(StorageError::Code::Query, "saving the association", error));
    }
}

bool ReportStore::has_document(const std::string& content_hash) {
    auto& session = m_database.session();
    try {
        int count = 0;
        session << "SELECT COUNT(*) FROM documents WHERE content_hash = :content_hash",
            soci::use(content_hash), soci::into(count);
        return count > 0;
    } catch (const std::exception&) {
        // Only a shortcut for the importer: save_document() checks again and reports the
        // database's failure as an error.
        return false;
    }
}

tl::expected<SaveResult, StorageError>
ReportStore::save_document(std::int64_t association_id, const SourceDocument& source,
                           const std::vector<Report>& reports, const ReceivedFile* original) {
    if (auto error = unnamed_intervention(reports))
        return tl::unexpected(*error);
    auto& session = m_database.session();
    try {
        // Prepared outside the transaction, so that a PostgreSQL statement that fails to
        // prepare is released (DEALLOCATE) on a connection that can still run statements.
        if (!m_writer)
            m_writer = std::make_unique<ReportWriter>(session, m_database.backend());
        Transaction transaction(session, m_database.backend());
        if (m_writer->find_document(association_id, source.content_hash))
            return SaveResult{true, {}};
        const Timestamp now = m_clock.now();
        std::optional<std::int64_t> original_id;
        if (original) {
            original_id =
                keep_original(session, m_database.backend(), association_id, *original, now);
        }
        m_writer->insert_document(association_id, source, now, original_id);
        SaveResult result;
        result.reports.reserve(reports.size());
        for (const auto& report : reports)
            result.reports.push_back(m_writer->save(report));
        transaction.commit();
        return result;
    } catch (const std::exception& error) {
        // The transaction has been rolled back. SOCI does not promise that a statement whose
        // run threw can run again, so the next document prepares them anew.
        m_writer.reset();
        return tl::unexpected(
            translate_exception(StorageError::Code::Query, "saving a document", error));
    }
}

tl::expected<std::vector<InterventionSummary>, StorageError>
ReportStore::list_interventions(std::int64_t association_id) {
    try {
        return read_interventions(m_database.session(), association_id);
    } catch (const std::exception& error) {
        return tl::unexpected(
            translate_exception(StorageError::Code::Query, "listing interventions", error));
    }
}

tl::expected<std::vector<ReportSummary>, StorageError>
ReportStore::list_reports(std::int64_t association_id,
                          std::optional<std::int64_t> intervention_id) {
    try {
        return read_report_summaries(m_database.session(), association_id, intervention_id);
    } catch (const std::exception& error) {
        return tl::unexpected(
            translate_exception(StorageError::Code::Query, "listing reports", error));
    }
}

tl::expected<StoredReport, StorageError> ReportStore::load_report(std::int64_t report_id) {
    try {
        auto report = read_report(m_database.session(), report_id);
        if (!report) {
            return tl::unexpected(StorageError{StorageError::Code::NotFound,
                                               "no report has id " + std::to_string(report_id)});
        }
        return std::move(*report);
    } catch (const std::exception& error) {
        return tl::unexpected(
            translate_exception(StorageError::Code::Query, "loading a report", error));
    }
}

} // namespace finsam
