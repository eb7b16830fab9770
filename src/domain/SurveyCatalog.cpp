#include "domain/SurveyCatalog.h"

#include "domain/NameNormalisation.h"

#include <algorithm>
#include <set>
#include <utility>

namespace finsam {

namespace {

bool is_shared(const SurveyDefinition& survey) {
    return survey.association.empty();
}

bool belongs_to(const SurveyDefinition& survey, const std::string& normalised_association) {
    return !is_shared(survey) &&
           normalise_intervention_name(survey.association) == normalised_association;
}

const SurveyDefinition* shared_survey(const std::vector<SurveyDefinition>& surveys,
                                      std::string_view id) {
    const auto found = std::find_if(surveys.begin(), surveys.end(), [&](const auto& survey) {
        return is_shared(survey) && survey.id == id;
    });
    return found == surveys.end() ? nullptr : &*found;
}

} // namespace

tl::expected<SurveyCatalog, std::string>
SurveyCatalog::make(std::vector<SurveyDefinition> surveys) {
    std::set<std::pair<std::string, std::string>> seen; // (normalised förbund, id)
    for (const auto& survey : surveys) {
        const auto owner = normalise_intervention_name(survey.association);
        if (!seen.emplace(owner, survey.id).second)
            return tl::unexpected("the survey '" + survey.id + "' is defined twice" +
                                  (owner.empty() ? "" : " for " + survey.association));
    }
    for (const auto& survey : surveys) {
        if (is_shared(survey))
            continue;
        if (survey.national)
            return tl::unexpected("the survey '" + survey.id + "' of " + survey.association +
                                  " says it is national: a national survey is shared by all");
        const auto* shared = shared_survey(surveys, survey.id);
        if (shared && shared->national)
            return tl::unexpected("the survey '" + survey.id + "' of " + survey.association +
                                  " would reword a national survey, whose wording is fixed");
    }
    return SurveyCatalog(std::move(surveys));
}

std::vector<const SurveyDefinition*>
SurveyCatalog::for_association(std::string_view association) const {
    const auto normalised = normalise_intervention_name(association);
    std::vector<const SurveyDefinition*> surveys;
    for (const auto& survey : m_surveys) {
        if (belongs_to(survey, normalised))
            surveys.push_back(&survey);
    }
    for (const auto& survey : m_surveys) {
        const bool varied = std::any_of(surveys.begin(), surveys.end(),
                                        [&](const auto* own) { return own->id == survey.id; });
        if (is_shared(survey) && !varied)
            surveys.push_back(&survey);
    }
    std::sort(surveys.begin(), surveys.end(),
              [](const auto* left, const auto* right) { return left->name < right->name; });
    return surveys;
}

const SurveyDefinition* SurveyCatalog::find(std::string_view association,
                                            std::string_view id) const {
    const auto normalised = normalise_intervention_name(association);
    const SurveyDefinition* shared = nullptr;
    for (const auto& survey : m_surveys) {
        if (survey.id != id)
            continue;
        if (belongs_to(survey, normalised))
            return &survey;
        if (is_shared(survey))
            shared = &survey;
    }
    return shared;
}

tl::expected<SurveyCatalog, SurveyDefinitionError>
load_survey_catalog(const std::filesystem::path& folder) {
    auto definitions = load_survey_definitions(folder);
    if (!definitions)
        return tl::unexpected(definitions.error());
    auto catalog = SurveyCatalog::make(std::move(*definitions));
    if (!catalog)
        return tl::unexpected(SurveyDefinitionError{folder.string(), catalog.error()});
    return std::move(*catalog);
}

std::filesystem::path surveys_folder(const std::filesystem::path& report_templates) {
    return (report_templates / "..").lexically_normal() / "surveys";
}

} // namespace finsam
