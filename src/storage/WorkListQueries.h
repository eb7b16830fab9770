#pragma once

#include "domain/Date.h"
#include "domain/ReportKind.h"
#include "domain/ReportStatus.h"
#include "domain/Timestamp.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// A report on someone's list of things to do or to read, in the status it is in now.
struct WorkItem {
    std::int64_t report_id = 0;
    std::int64_t intervention_id = 0;
    std::string intervention_name;
    ReportKind kind = ReportKind::Quarterly;
    std::optional<Date> period_start;
    std::optional<Date> period_end;
    ReportStatus status = ReportStatus::Draft;
    /// When it came to this status (submitted, registered, returned, reviewed), or a draft's
    /// last save; nullopt for an imported report, which has no such step.
    std::optional<Timestamp> since;
    /// The comment of the step that led here: the kansli's komplettering request for a
    /// returned report.
    std::string comment;
};

/// The reads behind the start pages, one query each. `only` limits them to these insatser
/// (an insatsägare's); nullopt means all of the förbund's.
class WorkListQueries {
public:
    explicit WorkListQueries(Database& database) : m_database(database) {}

    /// The förbund's reports in `status`, the longest waiting first. A draft counts once it
    /// has been saved: a form opened and left untouched is no one's work.
    tl::expected<std::vector<WorkItem>, StorageError>
    in_status(std::int64_t association_id, ReportStatus status,
              const std::optional<std::vector<std::int64_t>>& only = std::nullopt);

    /// The förbund's reports the kansli has reviewed at or after `since`, the newest first.
    tl::expected<std::vector<WorkItem>, StorageError>
    reviewed_since(std::int64_t association_id, Timestamp since,
                   const std::optional<std::vector<std::int64_t>>& only = std::nullopt);

private:
    Database& m_database;
};

} // namespace finsam
