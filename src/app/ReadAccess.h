#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/AssociationSettings.h"
#include "domain/Intervention.h"
#include "domain/ReportState.h"

#include <cstdint>

namespace finsam {

// Loading what a path names, as the access policy allows: the first step of every use case
// on one insats or report. A refusal is NotFound (outside the user's förbund, or no such
// thing) or Forbidden (recorded in the audit trail as denied).

AppResult<InterventionDetails> readable_intervention(const AppContext& context,
                                                     std::int64_t intervention_id);

/// A report the user may read, with its insats.
struct ReadableReport {
    ReportState state;
    InterventionDetails intervention;
};

/// The report, when the policy lets the user read it (the board only what the kansli has
/// reviewed).
AppResult<ReadableReport> readable_report(const AppContext& context, std::int64_t report_id);

/// readable_report(), and also writable by the user: staff, or the insatsägare bound to it.
AppResult<ReadableReport> writable_report(const AppContext& context, std::int64_t report_id);

/// Forbidden for anyone but the kansli (admin and kansli): the kansli's work and settings.
AppResult<void> require_kansli(const AppContext& context);

/// A stored version the kansli acts on (removes personal data from, confirms the figures of):
/// its report readable to the user, who is the kansli; NotFound for a version number no
/// version can have. Whether the version exists is the store's to say.
struct KansliVersion {
    std::int64_t report_id = 0;
    int version = 0;
};
AppResult<KansliVersion> kansli_version(const AppContext& context, std::int64_t report_id,
                                        std::int64_t version);

/// The settings of the user's förbund.
AppResult<AssociationSettings> association_settings(const AppContext& context);

} // namespace finsam
