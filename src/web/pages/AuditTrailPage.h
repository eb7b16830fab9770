#pragma once

#include "app/AppError.h"
#include "app/audit/AuditTrail.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// The filter as a query string ("?vem=2&fran=2026-12-01"; empty without a filter), for the
/// page's links to other pages and to its CSV.
std::string audit_filter_query(const AuditFilter& filter, int page = 1);

/// audit_trail.mustache's view model: the filter form, the entries with names and Swedish
/// times, and links to newer and older pages.
mstch::map audit_trail_page(const AuditTrailPage& trail, const std::vector<FieldError>& errors);

} // namespace finsam
