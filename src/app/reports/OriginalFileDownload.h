#pragma once

#include "app/AppContext.h"
#include "app/AppError.h"
#include "domain/OriginalFile.h"

#include <cstdint>

namespace finsam {

/// The file version `version` of the report arrived as, byte for byte as received, for the
/// kansli: NotFound when the report has no such version or the version was not read from a
/// kept file (a report written in the web form, or imported before files were kept);
/// Forbidden for anyone else; Internal when the kept bytes no longer match their hash.
/// Recorded in the audit trail.
AppResult<OriginalFileContent> download_original(const AppContext& context, std::int64_t report_id,
                                                 std::int64_t version);

} // namespace finsam
