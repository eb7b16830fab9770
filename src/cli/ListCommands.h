#pragma once

#include "cli/CommonOptions.h"

#include <cstdint>
#include <optional>

namespace finsam {

/// `finsam list`: the förbund's insatser; with `--reports`, their reports and versions.
int run_list(const CommonOptions& common, bool reports, std::optional<std::int64_t> intervention);

/// `finsam show REPORT`: every version of one report with its sections, figures and
/// warnings; `--json` prints the latest version in the import contract's format.
int run_show(const CommonOptions& common, std::int64_t report_id, bool json);

} // namespace finsam
