#pragma once

#include "app/AppError.h"
#include "app/settings/Settings.h"
#include "domain/ReportTemplates.h"

#include <mstch/mstch.hpp>
#include <vector>

namespace finsam {

/// settings.mustache's view model: the förbund's settings as a form (with errors beside
/// their fields) and the templates to choose among.
mstch::map settings_page(const SettingsOverview& overview, const ReportTemplates& templates,
                         const std::vector<FieldError>& errors);

} // namespace finsam
