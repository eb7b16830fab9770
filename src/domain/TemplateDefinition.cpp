#include "domain/TemplateDefinition.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

namespace finsam {

namespace {

using nlohmann::json;

std::optional<FieldType> field_type_from_string(std::string_view name) {
    static constexpr std::pair<std::string_view, FieldType> k_names[] = {
        {"text", FieldType::Text},
        {"date", FieldType::SingleDate},
        {"period", FieldType::DateRange},
        {"amount", FieldType::Amount},
        {"registry_number", FieldType::RegistryNumber},
        {"initials", FieldType::Initials},
        {"organisation", FieldType::Organisation},
        {"list", FieldType::List},
    };
    for (const auto& [known, type] : k_names) {
        if (known == name)
            return type;
    }
    return std::nullopt;
}

std::vector<std::string> strings_at(const json& object, const char* key) {
    if (!object.contains(key))
        return {};
    return object.at(key).get<std::vector<std::string>>();
}

FormDefinition parse_form(const json& form, const TemplateDefinition& definition) {
    FormDefinition result;
    result.section_ids = strings_at(form, "sections");
    result.required_section_ids = strings_at(form, "required");
    result.asks_for_funds = form.value("funds", false);
    for (const auto& id : result.section_ids) {
        if (!definition.section(id))
            throw std::runtime_error("the form names the unknown section '" + id + "'");
    }
    for (const auto& figure : form.value("key_figures", json::array())) {
        const auto measure_name = figure.at("measure").get<std::string>();
        const auto measure = measure_from_string(measure_name);
        if (!measure)
            throw std::runtime_error("the form names the unknown measure '" + measure_name + "'");
        result.key_figures.push_back({*measure, figure.at("label").get<std::string>()});
    }
    return result;
}

TemplateDefinition parse_definition(const json& document) {
    TemplateDefinition definition;
    definition.id = document.at("id").get<std::string>();
    auto kind_name = document.at("kind").get<std::string>();
    auto kind = report_kind_from_string(kind_name);
    if (!kind)
        throw std::runtime_error("unknown kind '" + kind_name + "'");
    definition.kind = *kind;
    definition.title = document.value("title", definition.id);
    definition.recognition_phrases = strings_at(document, "recognise");
    definition.part_start_labels = strings_at(document, "part_starts_before");

    for (const auto& field : document.value("fields", json::array())) {
        auto type_name = field.value("type", std::string("text"));
        auto type = field_type_from_string(type_name);
        if (!type)
            throw std::runtime_error("unknown field type '" + type_name + "'");
        definition.fields.push_back({field.at("id").get<std::string>(), strings_at(field, "labels"),
                                     *type, field.value("section", std::string())});
    }
    for (const auto& section : document.value("sections", json::array())) {
        definition.sections.push_back(
            {section.at("id").get<std::string>(), section.at("title").get<std::string>(),
             strings_at(section, "headings"), section.value("help", std::string())});
    }
    if (document.contains("goals")) {
        const auto& goals = document.at("goals");
        definition.goals.section_ids = strings_at(goals, "sections");
        definition.goals.paragraphs = goals.value("paragraphs", false);
    }
    for (const auto& group : document.value("groups", json::array())) {
        definition.groups.push_back({group.at("heading").get<std::string>(),
                                     intervention_kind_from_string(group.value("kind", ""))});
    }
    if (document.contains("boilerplate")) {
        const auto& rules = document.at("boilerplate");
        definition.boilerplate.lines_starting_with = strings_at(rules, "lines_starting_with");
        definition.boilerplate.lines_equal_to = strings_at(rules, "lines_equal_to");
        definition.boilerplate.lines_containing = strings_at(rules, "lines_containing");
    }
    if (document.contains("form"))
        definition.form = parse_form(document.at("form"), definition);
    return definition;
}

} // namespace

const SectionDefinition* TemplateDefinition::section(std::string_view section_id) const {
    auto found = std::find_if(sections.begin(), sections.end(),
                              [&](const SectionDefinition& s) { return s.id == section_id; });
    return found == sections.end() ? nullptr : &*found;
}

tl::expected<TemplateDefinition, TemplateError> load_template(const std::filesystem::path& file) {
    std::ifstream input(file);
    if (!input)
        return tl::unexpected(TemplateError{file.string(), "cannot open file"});
    try {
        return parse_definition(json::parse(input));
    } catch (const std::exception& error) {
        return tl::unexpected(TemplateError{file.string(), error.what()});
    }
}

tl::expected<std::vector<TemplateDefinition>, TemplateError>
load_templates(const std::filesystem::path& folder) {
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    if (error)
        return tl::unexpected(TemplateError{folder.string(), error.message()});
    std::sort(files.begin(), files.end());
    std::vector<TemplateDefinition> definitions;
    for (const auto& file : files) {
        auto definition = load_template(file);
        if (!definition)
            return tl::unexpected(definition.error());
        definitions.push_back(std::move(*definition));
    }
    return definitions;
}

} // namespace finsam
