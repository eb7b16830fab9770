#pragma once

#include "domain/ReportVersion.h"
#include "storage/ReportRecords.h"

#include <cstdint>
#include <optional>
#include <soci/soci.h>
#include <vector>

namespace finsam {

// The reads behind ReportStore's list and load calls. They throw whatever SOCI throws, and
// std::runtime_error for a stored value this program cannot read back; ReportStore
// translates both.

std::vector<InterventionSummary> read_interventions(soci::session& session,
                                                    std::int64_t association_id);

std::vector<ReportSummary> read_report_summaries(soci::session& session,
                                                 std::int64_t association_id,
                                                 std::optional<std::int64_t> intervention_id);

/// Nullopt when no report has this id.
std::optional<StoredReport> read_report(soci::session& session, std::int64_t report_id);

} // namespace finsam
