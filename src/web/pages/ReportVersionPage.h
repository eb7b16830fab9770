#pragma once

#include "app/AppError.h"
#include "app/reports/ShowReport.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// What the kansli typed into the form that removes personal data (gallring), shown again with
/// what was wrong with it.
struct RedactionForm {
    std::string phrases;
    bool every_version = false;
    std::vector<FieldError> errors;
};

/// report_version.mustache's view model: one version's content and what changed since the
/// version before it, inserted and deleted words marked; for the kansli, when personal data
/// was removed from it and the form that removes it.
mstch::map report_version_page(const VersionDetails& details, const RedactionForm& form = {});

/// The version page's title: "Version 2 – Kärnhuset 2.0".
std::string report_version_title(const VersionDetails& details);

} // namespace finsam
