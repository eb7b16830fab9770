#include "domain/SurveyDefinitionFile.h"

#include "domain/CodeLists.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

namespace finsam {

namespace {

using nlohmann::json;

std::string slug_at(const json& object, const char* key) {
    auto value = object.at(key).get<std::string>();
    if (!is_code_slug(value))
        throw std::runtime_error(std::string(key) + " '" + value +
                                 "' is not a slug (a-z, 0-9 and _, starting with a letter)");
    return value;
}

template <typename Enum, typename Reader>
std::vector<Enum> read_enum_list(const json& list, const char* what, Reader read) {
    std::vector<Enum> values;
    for (const auto& entry : list) {
        const auto name = entry.get<std::string>();
        const auto value = read(name);
        if (!value)
            throw std::runtime_error("unknown " + std::string(what) + " '" + name + "'");
        if (std::find(values.begin(), values.end(), *value) != values.end())
            throw std::runtime_error(std::string(what) + " '" + name + "' is given twice");
        values.push_back(*value);
    }
    if (values.empty())
        throw std::runtime_error("the survey names no " + std::string(what));
    return values;
}

/// "text" is one wording for every respondent of the survey, or an object with one per
/// respondent the question is asked of.
std::map<RespondentKind, std::string> read_texts(const json& text,
                                                 const std::vector<RespondentKind>& respondents) {
    std::map<RespondentKind, std::string> texts;
    if (text.is_string()) {
        for (const auto respondent : respondents)
            texts[respondent] = text.get<std::string>();
    } else {
        for (const auto& [name, wording] : text.items()) {
            const auto respondent = respondent_kind_from_string(name);
            if (!respondent ||
                std::find(respondents.begin(), respondents.end(), *respondent) == respondents.end())
                throw std::runtime_error("a wording for '" + name +
                                         "', who does not answer this survey");
            texts[*respondent] = wording.get<std::string>();
        }
    }
    for (const auto& [respondent, wording] : texts) {
        if (wording.empty())
            throw std::runtime_error("an empty wording");
    }
    if (texts.empty())
        throw std::runtime_error("a question without wording");
    return texts;
}

std::vector<ChoiceOption> read_options(const json& options) {
    std::vector<ChoiceOption> read;
    std::set<std::string> codes;
    for (const auto& entry : options) {
        ChoiceOption option{slug_at(entry, "code"), entry.at("label").get<std::string>()};
        if (option.label.empty())
            throw std::runtime_error("the option '" + option.code + "' has no label");
        if (!codes.insert(option.code).second)
            throw std::runtime_error("the option '" + option.code + "' is given twice");
        read.push_back(std::move(option));
    }
    if (read.size() < 2)
        throw std::runtime_error("a choice question needs at least two options");
    return read;
}

SurveyQuestion read_question(const json& entry, const json& survey_scale,
                             const std::vector<RespondentKind>& respondents) {
    SurveyQuestion question;
    question.id = slug_at(entry, "id");
    const auto kind_name = entry.at("kind").get<std::string>();
    const auto kind = question_kind_from_string(kind_name);
    if (!kind)
        throw std::runtime_error("the question '" + question.id + "' has the unknown kind '" +
                                 kind_name + "'");
    question.kind = *kind;
    question.texts = read_texts(entry.at("text"), respondents);
    // Free text is never required: a participant is not made to write.
    question.required = entry.value("required", question.kind != QuestionKind::FreeText);
    if (question.kind == QuestionKind::Scale) {
        const json& scale = entry.contains("scale") ? entry.at("scale") : survey_scale;
        question.low_label = scale.value("low", "");
        question.high_label = scale.value("high", "");
        if (question.low_label.empty() || question.high_label.empty())
            throw std::runtime_error("the scale question '" + question.id +
                                     "' has no end labels (scale.low, scale.high)");
    }
    if (question.kind == QuestionKind::SingleChoice ||
        question.kind == QuestionKind::MultipleChoice)
        question.options = read_options(entry.at("options"));
    return question;
}

SurveyDefinition parse_survey(const json& document) {
    SurveyDefinition survey;
    survey.id = slug_at(document, "id");
    survey.name = document.at("name").get<std::string>();
    survey.version = document.at("version").get<int>();
    if (survey.version < 1)
        throw std::runtime_error("the version must be 1 or more");
    survey.national = document.value("national", false);
    survey.association = document.value("forbund", "");
    survey.introduction = document.value("introduction", "");
    survey.respondents = read_enum_list<RespondentKind>(document.at("respondents"), "respondent",
                                                        respondent_kind_from_string);
    survey.time_points = read_enum_list<SurveyTimePoint>(document.at("time_points"), "time point",
                                                         survey_time_point_from_string);
    const json survey_scale = document.value("scale", json::object());
    std::set<std::string> ids;
    for (const auto& entry : document.at("questions")) {
        auto question = read_question(entry, survey_scale, survey.respondents);
        if (!ids.insert(question.id).second)
            throw std::runtime_error("the question '" + question.id + "' is given twice");
        survey.questions.push_back(std::move(question));
    }
    for (const auto respondent : survey.respondents) {
        if (survey.questions_for(respondent).empty())
            throw std::runtime_error("no question is asked of the " +
                                     std::string(to_string(respondent)));
    }
    return survey;
}

} // namespace

tl::expected<SurveyDefinition, SurveyDefinitionError>
load_survey_definition(const std::filesystem::path& file) {
    std::ifstream input(file);
    if (!input)
        return tl::unexpected(SurveyDefinitionError{file.string(), "cannot open file"});
    try {
        return parse_survey(json::parse(input));
    } catch (const std::exception& error) {
        return tl::unexpected(SurveyDefinitionError{file.string(), error.what()});
    }
}

tl::expected<std::vector<SurveyDefinition>, SurveyDefinitionError>
load_survey_definitions(const std::filesystem::path& folder) {
    std::error_code error;
    if (!std::filesystem::exists(folder, error))
        return std::vector<SurveyDefinition>{};
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    if (error)
        return tl::unexpected(SurveyDefinitionError{folder.string(), error.message()});
    std::sort(files.begin(), files.end());
    std::vector<SurveyDefinition> definitions;
    for (const auto& file : files) {
        auto definition = load_survey_definition(file);
        if (!definition)
            return tl::unexpected(definition.error());
        definitions.push_back(std::move(*definition));
    }
    return definitions;
}

} // namespace finsam
