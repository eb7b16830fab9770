#pragma once

#include "app/reports/ShowReport.h"

#include <mstch/mstch.hpp>

namespace finsam {

/// report_version.mustache's view model: one version's content and what changed since the
/// version before it, inserted and deleted words marked.
mstch::map report_version_page(const VersionDetails& details);

} // namespace finsam
