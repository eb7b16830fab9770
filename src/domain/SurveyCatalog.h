#pragma once

#include "domain/SurveyDefinition.h"
#include "domain/SurveyDefinitionFile.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// Every survey the program has (templates/surveys/*.json), and which of them each förbund
/// uses: the shared ones, with a förbund's own variant in place of a shared one of the same
/// id, and its own. A national survey cannot be varied: `make` refuses a förbund's file that
/// is national or takes a national survey's id, so every förbund asks it in the same words.
class SurveyCatalog {
public:
    SurveyCatalog() = default;

    /// Checks the definitions together: no id twice among the shared ones nor among one
    /// förbund's, no förbund file that is national or varies a national survey. The error
    /// names the survey, in English.
    static tl::expected<SurveyCatalog, std::string> make(std::vector<SurveyDefinition> surveys);

    const std::vector<SurveyDefinition>& all() const { return m_surveys; }
    /// The surveys of the förbund of this name, sorted by name.
    std::vector<const SurveyDefinition*> for_association(std::string_view association) const;
    /// The förbund's survey of this id (its own variant first); nullptr when it has none.
    const SurveyDefinition* find(std::string_view association, std::string_view id) const;

private:
    explicit SurveyCatalog(std::vector<SurveyDefinition> surveys) : m_surveys(std::move(surveys)) {}

    std::vector<SurveyDefinition> m_surveys;
};

/// Reads and checks the surveys of a folder; the error names the file or the survey.
tl::expected<SurveyCatalog, SurveyDefinitionError>
load_survey_catalog(const std::filesystem::path& folder);

/// Where the surveys stand beside the report templates in `report_templates`:
/// templates/reports → templates/surveys.
std::filesystem::path surveys_folder(const std::filesystem::path& report_templates);

} // namespace finsam
