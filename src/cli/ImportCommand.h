#pragma once

#include "cli/CommonOptions.h"

#include <string>
#include <vector>

namespace finsam {

enum class DryRun { No, Yes };
enum class OutputFormat { Text, Json };

struct ImportOptions {
    std::vector<std::string> paths;
    DryRun dry_run = DryRun::No;
    OutputFormat output = OutputFormat::Text;
};

/// `finsam import PATH…`. Returns the process exit status: 0 when every file was read and
/// saved, 1 when any file failed (the others are still imported), 2 when nothing could run.
int run_import(const CommonOptions& common, const ImportOptions& options);

} // namespace finsam
