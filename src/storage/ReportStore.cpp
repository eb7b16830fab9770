#include "storage/ReportStore.h"

#include "storage/ErrorTranslation.h"
#include "storage/InsertedId.h"
#include "storage/ReportQueries.h"
#include "storage/ReportWriter.h"
#include "storage/Transaction.h"
#include "storage/UtcTimestamp.h"

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

std::optional<std::int64_t> find_document(soci::session& session, std::int64_t association_id,
                                          const std::string& content_hash) {
    std::int64_t document_id = 0;
    session << "SELECT id FROM documents "
               "WHERE association_id = :association_id AND content_hash = :content_hash",
        soci::use(association_id), soci::use(content_hash), soci::into(document_id);
    if (!session.got_data())
        return std::nullopt;
    return document_id;
}

std::int64_t insert_document(soci::session& session, DatabaseBackend backend,
                             std::int64_t association_id, const SourceDocument& source,
                             const std::string& imported_at) {
    return insert_returning_id(
        session, backend,
        "INSERT INTO documents (association_id, file_name, format, document_kind, content_hash, "
        "imported_at) VALUES (:association_id, :file_name, :format, :document_kind, "
        ":content_hash, :imported_at)",
        soci::use(association_id), soci::use(source.file_name), soci::use(source.format),
        soci::use(source.document_kind), soci::use(source.content_hash), soci::use(imported_at));
}

} // namespace

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
                           const std::vector<Report>& reports) {
    if (auto error = unnamed_intervention(reports))
        return tl::unexpected(*error);
    auto& session = m_database.session();
    try {
        Transaction transaction(session, m_database.backend());
        if (find_document(session, association_id, source.content_hash))
            return SaveResult{true, {}};
        const std::string imported_at = utc_timestamp_now();
        const std::int64_t document_id =
            insert_document(session, m_database.backend(), association_id, source, imported_at);
        SaveResult result;
        {
            // The writer's statements must be finished before the commit.
            ReportWriter writer(session, m_database.backend(), association_id, document_id,
                                imported_at);
            for (const auto& report : reports)
                result.reports.push_back(writer.save(report));
        }
        transaction.commit();
        return result;
    } catch (const std::exception& error) {
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
