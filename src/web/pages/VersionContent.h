#pragma once

#include "app/reports/ShowReport.h"

#include <mstch/mstch.hpp>

namespace finsam {

/// The _version partial's view model: one version's sections, key figures (as the policy
/// disclosed them), goals, warnings (where shown), uppgiftslämnare and source, and a link to
/// the file it arrived as when that is `original` (of report `report_id`).
mstch::map version_content(const DisclosedVersion& version,
                           const std::optional<OriginalFile>& original, std::int64_t report_id);

/// The original of `version` in a report's list of versions, when it is listed with one.
std::optional<OriginalFile> original_of(const std::vector<VersionListing>& versions, int version);

/// A link to download the original file of version `version`; false without one.
mstch::node original_view(const std::optional<OriginalFile>& original, std::int64_t report_id,
                          int version);

/// What a version arrived as: "webbformulär" or the file's name.
std::string source_text(const SourceDocument& source);

} // namespace finsam
