#pragma once

#include "cli/CommonOptions.h"

#include <string>

namespace finsam {

/// `finsam demo --scale small|national`: writes a generated, fictional data set into an
/// empty database, for demonstrations and benchmarks. `small` is one förbund (--forbund)
/// with 12 insatser and three years of reports; `national` 80 förbund with 1,000 insatser
/// and 2015–2024. Exit status 0; 2 when the database cannot be opened, already holds data
/// (nothing is written) or the writing fails.
int run_demo(const CommonOptions& common, const std::string& scale);

} // namespace finsam
