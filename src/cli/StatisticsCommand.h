#pragma once

#include "cli/CommonOptions.h"

#include <optional>
#include <string>

namespace finsam {

struct StatisticsOptions {
    std::string period;                      // 2024, 2024H1, 2024Q3, 2024-01-01..2024-08-31
    std::optional<std::string> intervention; // --insats NAME
    std::string audience = "kansli";         // --for kansli|styrelse
    std::string format = "table";            // table, csv, json, xlsx
    std::optional<std::string> output;       // -o FILE; standard output without it
    bool every_association = false;          // --all-forbund: the national table
};

/// `finsam statistics`: participant statistics and goal follow-up per insats for a period,
/// as the kansli or the board sees them. Exit status 0, 1 for an unknown insats, 2 for what
/// cannot run (a wrong period, no database, xlsx without -o).
int run_statistics(const CommonOptions& common, const StatisticsOptions& options);

struct RegisterOptions {
    int year = 0;
    std::string format = "table"; // table, csv, json, xlsx
    std::optional<std::string> output;
};

/// `finsam uppfoljning-finsam --year 2024`: the figures the kansli enters in Uppföljning
/// Finsam for the year. Exit status 0, or 2 for what cannot run.
int run_register_figures(const CommonOptions& common, const RegisterOptions& options);

} // namespace finsam
