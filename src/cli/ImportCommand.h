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
    std::string intervention{}; // --insats: for reports that name none; empty: not given
};

/// `finsam import PATH…`. Returns the process exit status: 0 when every file was read and
/// saved, 1 when any file failed (the others are still imported), 2 when nothing could run.
/// A document in no template's layout is read as övriga rapporter, and says so; one of them
/// that names no insats takes the one given with --insats, or is not saved (the web import's
/// review lets the kansli choose it).
int run_import(const CommonOptions& common, const ImportOptions& options);

} // namespace finsam
