#pragma once

#include "domain/Clock.h"
#include "domain/Period.h"
#include "domain/Report.h"
#include "domain/ReportKind.h"
#include "domain/ReportState.h"
#include "domain/ReportStatus.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// The reporting workflow: utkast → inskickad → registrerad → granskad, or komplettering
/// begärd back to the insatsägare. Every call that changes a report takes the revision the
/// caller read and fails with Code::Stale when the report has changed since, or when its
/// status does not allow the step: a double-clicked submit saves once, and a form open in
/// two tabs cannot overwrite the other's save.
class WorkflowStore {
public:
    /// `clock` dates the report's events, drafts and submissions.
    WorkflowStore(Database& database, const Clock& clock) : m_database(database), m_clock(clock) {}

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
    /// Registers the report with the arrival date and the registrar's signature, under the
    /// diarienummer `stated` (registered elsewhere, typed by the kansli), else the one it
    /// already has (registered before a komplettering: the number is kept), else the next of
    /// the insats's registry case (opening the case in the arrival year when it has none).
    /// Returns the diarienummer. Code::Query when the förbund's pattern is unusable,
    /// Code::Conflict when another report of the förbund already has the number.
    tl::expected<std::string, StorageError>
    register_report(std::int64_t report_id, std::int64_t user_id, const std::string& signature,
                    Date arrival_date, int revision,
                    const std::optional<std::string>& stated = std::nullopt);
    /// Back to the insatsägare with the kansli's comment (komplettering begärd).
    tl::expected<int, StorageError> return_report(std::int64_t report_id, std::int64_t user_id,
                                                  const std::string& comment, int revision);
    tl::expected<int, StorageError> review(std::int64_t report_id, std::int64_t user_id,
                                           int revision);
    /// Oldest first.
    tl::expected<std::vector<ReportEvent>, StorageError> events(std::int64_t report_id);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace finsam
