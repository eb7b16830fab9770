#pragma once

#include "domain/Report.h"
#include "storage/Database.h"
#include "storage/ReportStore.h"

#include <cstdint>
#include <optional>
#include <soci/soci.h>
#include <string>
#include <vector>

namespace finsam {

/// Writes the reports of one document inside the caller's transaction: matches or creates
/// the insats, finds the report by insats, kind and period, and adds a version when the
/// content is new. Throws whatever SOCI throws; the caller translates it and rolls back.
class ReportWriter {
public:
    ReportWriter(soci::session& session, DatabaseBackend backend, std::int64_t association_id,
                 std::int64_t document_id, std::string imported_at);

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

    struct LatestVersion {
        int version;
        std::string content_hash;
    };

    std::int64_t save_intervention(const Report& report);
    void add_intervention_partners(std::int64_t intervention_id,
                                   const std::vector<std::string>& partners);
    std::optional<std::int64_t> find_report(std::int64_t intervention_id, const std::string& kind,
                                            const std::string& period_key);
    std::int64_t insert_report(std::int64_t intervention_id, const std::string& kind,
                               const Report& report, const std::string& period_key);
    LatestVersion latest_version(std::int64_t report_id);
    void insert_version(std::int64_t report_id, int version, const std::string& content_hash,
                        const Report& report);
    void insert_sections(std::int64_t version_id, const std::vector<Section>& sections);
    void insert_figures(std::int64_t version_id, const std::vector<Figure>& figures);
    void insert_warnings(std::int64_t version_id, const std::vector<Warning>& warnings);
    void insert_partners(std::int64_t version_id, const std::vector<std::string>& partners);

    soci::session& m_session;
    DatabaseBackend m_backend;
    std::int64_t m_association_id;
    std::int64_t m_document_id;
    std::string m_imported_at;
};

} // namespace finsam
