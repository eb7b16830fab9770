#pragma once

#include "domain/Figure.h"
#include "domain/ReportKind.h"
#include "domain/SourceDocument.h"

#include <string>

namespace finsam {

// Names the database stores, read back as the domain's values. Each throws
// std::runtime_error for a name this program does not know (a newer program wrote it, or the
// database is damaged); the stores translate that at their boundary.

ReportKind stored_report_kind(const std::string& name);
SourceFormat stored_source_format(const std::string& name);
Measure stored_measure(const std::string& name);

} // namespace finsam
