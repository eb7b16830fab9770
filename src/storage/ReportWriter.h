#pragma once

#include "domain/Report.h"
#include "domain/SourceDocument.h"
#include "domain/Timestamp.h"
#include "storage/Database.h"
#include "storage/InsertedId.h"
#include "storage/ReportRecords.h"
#include "storage/SearchPassages.h"

#include <cstdint>
#include <optional>
#include <soci/soci.h>
#include <string>
#include <vector>

namespace finsam {

/// The report's identity within its insats and kind; a missing date is an empty side, so
/// two reports that both lack a start date still count as the same report.
std::string period_key(const StatedPeriod& period);

/// Writes documents and their reports inside the caller's transaction: matches or creates
/// the insats, finds the report by insats, kind and period, and adds a version when the
/// content is new, and queues the report for the search index to read the new version's
/// passages (storage/SearchPassages.h).
///
/// Every statement is prepared once, when the writer is made, and run again for each
/// document and row: compiling each statement's SQL anew cost SQLite more CPU than the
/// inserts themselves. The statements are bound to the writer's own members, which each run
/// assigns first, so a writer is neither copied nor moved; it lives as long as its
/// ReportStore, across transactions. Throws whatever SOCI throws; the caller translates it,
/// rolls back and discards the writer.
class ReportWriter {
public:
    ReportWriter(soci::session& session, DatabaseBackend backend);
    ReportWriter(const ReportWriter&) = delete;
    ReportWriter& operator=(const ReportWriter&) = delete;

    /// The document with this content hash in the förbund, when it was imported before.
    std::optional<std::int64_t> find_document(std::int64_t association_id,
                                              const std::string& content_hash);
    /// Records a document, read from the kept original file `original_file_id` when there
    /// is one; save() adds reports to the document recorded last.
    void insert_document(std::int64_t association_id, const SourceDocument& source,
                         Timestamp imported_at, std::optional<std::int64_t> original_file_id);
    SavedReport save(const Report& report);

private:
    /// What is known about an insats, or what a report states about it.
    struct InterventionFacts {
        std::optional<std::string> owner;
        std::optional<std::string> kind;
        std::optional<Date> period_start;
        std::optional<Date> period_end;
        std::optional<std::int64_t> granted_sek;
        std::optional<std::int64_t> used_sek;

        /// True when `stated` has nothing this lacks.
        bool fills_nothing_of(const InterventionFacts& stated) const;
    };

    /// The columns of documents besides the ids, as stored.
    struct DocumentColumns {
        std::string file_name;
        std::string format;
        std::string document_kind; // empty when the document's kind is not known
        std::string content_hash;
    };

    /// The columns of report_versions besides the ids, as the report states them.
    struct VersionColumns {
        int version = 0;
        std::string content_hash;
        std::string intervention_name;
        std::optional<std::string> owner;
        std::optional<std::string> intervention_kind;
        Registration registration;
        Funds funds;
        Reporter reporter;
    };

    /// A figure's columns besides the ids.
    struct FigureColumns {
        std::string measure;
        double value = 0;
        std::string unit;
        std::string section_id;
        std::string quote;
        std::string category;
    };

    /// A goal's columns besides the ids; NULL where the goal states no target, unit or measure.
    struct GoalColumns {
        std::string text;
        std::optional<double> target;
        std::optional<std::string> unit;
        std::optional<std::string> measure;
    };

    /// Runs a prepared SELECT of at most one row; true when it found one.
    static bool find_one(soci::statement& statement);

    std::int64_t save_intervention(const Report& report);
    void add_intervention_partners(const std::vector<std::string>& partners);
    void insert_version(int version, const Report& report);

    soci::session& m_session;

    // The values the statements below are bound to; each run assigns those it uses first.
    std::int64_t m_association_id = 0;
    DocumentColumns m_document;
    Timestamp m_imported_at;
    std::optional<std::int64_t> m_original_file_id;
    std::int64_t m_document_id = 0;
    std::int64_t m_found_id = 0; // what the last lookup found
    std::int64_t m_intervention_id = 0;
    std::string m_intervention_name;
    std::string m_normalised_name;
    InterventionFacts m_known;  // what the database holds about the insats
    InterventionFacts m_stated; // what the report states about it
    std::string m_partner_name;
    std::string m_normalised_partner_name;
    std::int64_t m_report_id = 0;
    std::string m_report_kind;
    StatedPeriod m_period;
    std::string m_period_key;
    int m_latest_version = 0; // the report's latest stored version and its content hash
    std::string m_latest_content_hash;
    VersionColumns m_version;
    std::int64_t m_version_id = 0;
    int m_position = 0;
    Section m_section;
    GoalColumns m_goal;
    FigureColumns m_figure;
    Warning m_warning;

    soci::statement m_find_document;
    IdInsert m_insert_document;
    soci::statement m_find_intervention;
    IdInsert m_insert_intervention;
    soci::statement m_update_intervention;
    soci::statement m_select_intervention_partners;
    soci::statement m_insert_intervention_partner;
    soci::statement m_find_report;
    IdInsert m_insert_report;
    soci::statement m_find_latest_version;
    IdInsert m_insert_version;
    soci::statement m_insert_section;
    soci::statement m_insert_goal;
    soci::statement m_insert_figure;
    soci::statement m_insert_warning;
    soci::statement m_insert_partner;
    SearchPassageQueue m_search_queue;
};

} // namespace finsam
