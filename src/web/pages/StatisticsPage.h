#pragma once

#include "app/AppError.h"
#include "app/statistics/Statistics.h"

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

namespace finsam {

/// Deltagarstatistik: the period's tables (participants, breakdowns, goal follow-up) with
/// hidden cells as ".." and, for the kansli, what the board would not see marked; links to
/// the same tables as CSV and XLSX.
/// `links_register`: the kansli's link to the Uppföljning Finsam page.
mstch::map statistics_page(const Statistics& statistics, const ReportTemplates& templates,
                           const std::string& typed_period, const std::string& insats,
                           bool links_register);

/// The page's form alone, with the period's error (a period that cannot be read).
mstch::map statistics_form_page(const std::string& typed_period, const std::string& insats,
                                const std::vector<FieldError>& errors);

} // namespace finsam
