#pragma once

#include "app/demo/DemoGenerator.h"
#include "storage/Database.h"

#include <functional>
#include <string>
#include <tl/expected.hpp>

namespace finsam {

/// What `finsam demo` wrote.
struct DemoSummary {
    int associations = 0;
    int interventions = 0;
    int reports = 0;
    int figures = 0;
    int survey_answers = 0; // a single förbund's demo surveys (DemoSurveys)
};

struct DemoError {
    enum class Code {
        NotEmpty, // the database holds data already: a demo must never mix with it
        Storage,
    };
    Code code = Code::Storage;
    std::string log_message; // English
};

/// Called after each förbund is written, with how many are done of how many.
using DemoProgress = std::function<void(int written, int total)>;

/// Generates the scale's data set and writes it, one förbund per transaction, into a
/// database that holds no förbund, insats, document or user. A single-förbund scale names
/// its förbund `single_name`; a larger one numbers them (`Samordningsförbundet Demo 01`...).
/// After a failure the förbund written before it stay.
tl::expected<DemoSummary, DemoError> create_demo(Database& database, const DemoScale& scale,
                                                 const std::string& single_name,
                                                 const DemoProgress& progress = {});

} // namespace finsam
