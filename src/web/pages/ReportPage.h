#pragma once

#include "app/reports/ShowReport.h"

#include <mstch/mstch.hpp>

namespace finsam {

/// report.mustache's view model: the report's status and registration, the workflow's
/// buttons the visitor may use, its latest content, versions and (where shown) history.
mstch::map report_page(const ReportDetails& details);

/// The list of a report's versions, linking each.
mstch::array versions_view(const std::vector<VersionListing>& versions, std::int64_t report_id);

/// The report page's title: "Kvartalsrapport – Kärnhuset 2.0, 2024 kvartal 3".
std::string report_title(const ReportState& state, const InterventionDetails& intervention);

} // namespace finsam
