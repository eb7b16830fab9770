#pragma once

#include "domain/SurveyDefinition.h"

#include <filesystem>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

struct SurveyDefinitionError {
    std::string file;
    std::string reason; // English, for the operator
};

/// Reads one survey definition (templates/surveys/*.json; the format is in
/// templates/surveys/README.md). Refuses ids that are no slugs, a question asked of a
/// respondent the survey does not have, a choice question without options, a scale without
/// its end labels, and anything given twice.
tl::expected<SurveyDefinition, SurveyDefinitionError>
load_survey_definition(const std::filesystem::path& file);

/// Every `*.json` definition in a folder, sorted by file name; none when the folder does not
/// exist.
tl::expected<std::vector<SurveyDefinition>, SurveyDefinitionError>
load_survey_definitions(const std::filesystem::path& folder);

} // namespace finsam
