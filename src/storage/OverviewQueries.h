#pragma once

#include "domain/Date.h"
#include "domain/Figure.h"
#include "domain/Period.h"
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

/// One insats and its report of one kind for the overview: the kvartalsrapport of a
/// quarter, or the insats's slutrapport.
struct OverviewRow {
    std::int64_t intervention_id = 0;
    std::string intervention_name;
    std::optional<std::string> owner;
    std::optional<Date> period_start;
    std::optional<Date> period_end;
    std::optional<Date> ended_on;
    std::optional<std::int64_t> report_id;
    std::optional<ReportStatus> status;
    std::optional<Date> arrival; // registered arrival date, else the day it was submitted
    int warning_count = 0;       // of the latest version
};

/// A report with warnings that the kansli has not reviewed yet.
struct PendingWarnings {
    std::int64_t report_id = 0;
    std::int64_t intervention_id = 0;
    std::string intervention_name;
    ReportKind kind = ReportKind::Quarterly;
    std::optional<Date> period_start;
    std::optional<Date> period_end;
    int warning_count = 0;
};

/// One report of an insats, for its page.
struct InterventionReportRow {
    std::int64_t report_id = 0;
    ReportKind kind = ReportKind::Quarterly;
    std::optional<Date> period_start;
    std::optional<Date> period_end;
    std::optional<ReportStatus> status;
    std::optional<Date> arrival;
    std::optional<std::string> registry_number;
    int version_count = 0;
    int warning_count = 0;
};

/// One key figure of one report's latest version, for the timeline.
struct FigurePoint {
    std::int64_t report_id = 0;
    std::optional<Date> period_start;
    std::optional<Date> period_end;
    Measure measure = Measure::ParticipantsTotal;
    double value = 0;
};

/// The reads behind the kansli's overview, one query each. `only` limits them to these
/// insatser (an insatsägare's); nullopt means all of the förbund's.
class OverviewQueries {
public:
    explicit OverviewQueries(Database& database) : m_database(database) {}

    /// Every insats of the förbund, with its kvartalsrapport ending within `quarter`.
    tl::expected<std::vector<OverviewRow>, StorageError>
    quarter(std::int64_t association_id, const Period& quarter,
            const std::optional<std::vector<std::int64_t>>& only = std::nullopt);
    /// Every insats of the förbund, with its slutrapport.
    tl::expected<std::vector<OverviewRow>, StorageError>
    final_reports(std::int64_t association_id,
                  const std::optional<std::vector<std::int64_t>>& only = std::nullopt);
    /// Reports that are in but not reviewed, whose latest version has warnings.
    tl::expected<std::vector<PendingWarnings>, StorageError>
    pending_warnings(std::int64_t association_id,
                     const std::optional<std::vector<std::int64_t>>& only = std::nullopt);

    /// Every report of an insats, drafts included, oldest period first.
    tl::expected<std::vector<InterventionReportRow>, StorageError>
    intervention_reports(std::int64_t intervention_id);
    /// The counted key figures of an insats's kvartalsrapporter (latest versions), oldest
    /// period first; a measure stated twice in one report comes once, as first stated.
    tl::expected<std::vector<FigurePoint>, StorageError>
    intervention_figures(std::int64_t intervention_id);

private:
    Database& m_database;
};

} // namespace finsam
