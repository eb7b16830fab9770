#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "app/FieldSource.h"
#include "domain/ReportVersion.h"

#include <cstdint>
#include <vector>

namespace finsam {

/// The fewest characters a passage to remove may have: a shorter one ("Bo") would also
/// remove it from inside every longer word that holds it.
inline constexpr std::size_t k_shortest_redacted_passage = 3;

/// The kansli removes personal data (gallrar personuppgifter) from a stored version of a
/// report: `phrases` holds the exact passages, one per line (or one per value), and
/// `every_version`, when sent, removes them from every version of the report that holds them.
/// Each passage becomes "[borttaget]" in the version's text (domain/Redaction.h); its content
/// hash is recomputed and the removal recorded without the removed text, in one transaction.
/// Forbidden for anyone but the kansli; NotFound when the report has no such version; Invalid
/// on `phrases` when none is given, one is too short, or one does not occur in the version.
/// Recorded in the audit trail as Redact. Returns the versions changed, oldest first.
AppResult<std::vector<VersionRedaction>> redact_version(const AppContext& context,
                                                        std::int64_t report_id,
                                                        std::int64_t version,
                                                        const FieldSource& fields);

} // namespace finsam
