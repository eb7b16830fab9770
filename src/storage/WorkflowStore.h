#pragma once

#include "domain/Period.h"
#include "domain/Report.h"
#include "domain/ReportKind.h"
#include "domain/ReportStatus.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// A report as the workflow sees it: its identity, status, draft and registration.
struct ReportState {
    std::int64_t id = 0;
    std::int64_t intervention_id = 0;
    std::int64_t association_id = 0;
    std::string intervention_name;
    ReportKind kind = ReportKind::Quarterly;
    StatedPeriod period;
    ReportStatus status = ReportStatus::Draft;
    int revision = 1; // bumped by every change: a form posts the revision it was opened with
    std::optional<std::string> draft; // the form's fields as JSON, while one is saved
    std::optional<std::string> draft_updated_at;
    std::optional<std::string> registry_number; // the kansli's latest registration here
    std::optional<Date> arrival_date;
    std::optional<std::string> signature;
    std::optional<std::string> submitted_at; // ISO 8601 UTC of the latest submission
    int version_count = 0;
};

/// One step of a report's history.
struct ReportEvent {
    std::string at;
    std::optional<std::int64_t> user_id;
    std::string user_name; // empty for the importer
    std::string action;    // created, draft, submit, register, return, review
    ReportStatus status = ReportStatus::Draft;
    std::string comment; // the kansli's comment, or the diarienummer given
};

/// The reporting workflow: utkast → inskickad → registrerad → granskad, or komplettering
/// begärd back to the insatsägare. Every call that changes a report takes the revision the
/// caller read and fails with Code::Stale when the report has changed since, or when its
/// status does not allow the step: a double-clicked submit saves once, and a form open in
/// two tabs cannot overwrite the other's save.
class WorkflowStore {
public:
    explicit WorkflowStore(Database& database) : m_database(database) {}

    /// The report of this insats, kind and period; created as a draft when there is none.
    tl::expected<std::int64_t, StorageError> open_report(std::int64_t intervention_id,
                                                         ReportKind kind, const Period& period,
                                                         std::int64_t user_id);
    tl::expected<std::optional<ReportState>, StorageError> state(std::int64_t report_id);
    /// Replaces the draft; returns the new revision.
    tl::expected<int, StorageError> save_draft(std::int64_t report_id, const std::string& content,
                                               std::int64_t user_id, int revision);
    /// Stores `report` as the report's next version (unless identical to the latest), marks
    /// it submitted and drops the draft; returns the new revision.
    tl::expected<int, StorageError> submit(std::int64_t report_id, const Report& report,
                                           std::int64_t user_id, int revision);
    /// Gives the next diarienummer of the insats's registry case (opening the case in the
    /// arrival year when it has none), with the arrival date and the registrar's signature.
    /// Returns the diarienummer. Code::Query when the förbund's pattern is unusable.
    tl::expected<std::string, StorageError> register_report(std::int64_t report_id,
                                                            std::int64_t user_id,
                                                            const std::string& signature,
                                                            Date arrival_date, int revision);
    /// Back to the insatsägare with the kansli's comment (komplettering begärd).
    tl::expected<int, StorageError> return_report(std::int64_t report_id, std::int64_t user_id,
                                                  const std::string& comment, int revision);
    tl::expected<int, StorageError> review(std::int64_t report_id, std::int64_t user_id,
                                           int revision);
    /// Oldest first.
    tl::expected<std::vector<ReportEvent>, StorageError> events(std::int64_t report_id);

private:
    Database& m_database;
};

} // namespace finsam
