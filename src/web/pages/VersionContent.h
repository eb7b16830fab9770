#pragma once

#include "app/reports/ShowReport.h"

#include <mstch/mstch.hpp>

namespace finsam {

/// The _version partial's view model: one version's sections, key figures (as the policy
/// disclosed them), goals, warnings (where shown), uppgiftslämnare and source.
mstch::map version_content(const DisclosedVersion& version);

/// What a version arrived as: "webbformulär" or the file's name.
std::string source_text(const SourceDocument& source);

} // namespace finsam
