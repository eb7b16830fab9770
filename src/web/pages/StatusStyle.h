#pragma once

#include "domain/ReportStatus.h"

#include <string_view>

namespace finsam {

/// The stylesheet's modifier for a report status (`status--submitted`...).
std::string_view status_style(ReportStatus status);

} // namespace finsam
