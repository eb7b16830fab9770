#include "domain/TemplateDefinition.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

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

Measure measure_at(const json& object) {
    const auto name = object.at("measure").get<std::string>();
    const auto measure = measure_from_string(name);
    if (!measure)
        throw std::runtime_error("the form names the unknown measure '" + name + "'");
    return *measure;
}

/// The measures a form asks for, so that none is asked for twice: each is one field.
class AskedMeasures {
public:
    void add(Measure measure) {
        if (!m_measures.insert(measure).second)
            throw std::runtime_error("the form asks twice for '" + std::string(to_string(measure)) +
                                     "'");
    }
    bool contains(Measure measure) const { return m_measures.contains(measure); }

private:
    std::set<Measure> m_measures;
};

BreakdownTable parse_breakdown(const json& breakdown, const std::vector<CodeList>& code_lists,
                               AskedMeasures& asked) {
    BreakdownTable table;
    table.caption = breakdown.at("caption").get<std::string>();
    table.help = breakdown.value("help", std::string());
    const auto list_id = breakdown.at("code_list").get<std::string>();
    const auto* codes = find_code_list(code_lists, list_id);
    if (!codes)
        throw std::runtime_error("the form names the unknown code list '" + list_id + "'");
    table.codes = *codes;
    for (const auto& column : breakdown.at("columns")) {
        const auto measure = measure_at(column);
        const auto whole = breakdown_whole(measure);
        if (!whole)
            throw std::runtime_error("'" + std::string(to_string(measure)) +
                                     "' is not counted by a code list");
        if (!asked.contains(whole->whole))
            throw std::runtime_error("the breakdown of '" + std::string(to_string(measure)) +
                                     "' needs the row '" + std::string(to_string(whole->whole)) +
                                     "' above it");
        asked.add(measure);
        table.columns.push_back({measure, column.at("label").get<std::string>()});
    }
    return table;
}

ParticipantTable parse_participant_table(const json& object,
                                         const std::vector<CodeList>& code_lists,
                                         AskedMeasures& asked) {
    ParticipantTable table;
    table.caption = object.at("caption").get<std::string>();
    for (const auto& row : object.value("rows", json::array())) {
        const auto measure = measure_at(row);
        if (!is_split_by_gender(measure))
            throw std::runtime_error("'" + std::string(to_string(measure)) +
                                     "' is not a count the table splits by kön");
        asked.add(measure);
        table.rows.push_back({measure, row.at("label").get<std::string>()});
    }
    for (const auto& breakdown : object.value("breakdowns", json::array()))
        table.breakdowns.push_back(parse_breakdown(breakdown, code_lists, asked));
    return table;
}

FormDefinition parse_form(const json& form, const TemplateDefinition& definition,
                          const std::vector<CodeList>& code_lists) {
    FormDefinition result;
    result.section_ids = strings_at(form, "sections");
    result.required_section_ids = strings_at(form, "required");
    result.asks_for_funds = form.value("funds", false);
    for (const auto& id : result.section_ids) {
        if (!definition.section(id))
            throw std::runtime_error("the form names the unknown section '" + id + "'");
    }
    AskedMeasures asked;
    for (const auto& figure : form.value("key_figures", json::array())) {
        const auto measure = measure_at(figure);
        asked.add(measure);
        result.key_figures.push_back({measure, figure.at("label").get<std::string>()});
    }
    if (form.contains("participant_table")) {
        result.participant_table =
            parse_participant_table(form.at("participant_table"), code_lists, asked);
    }
    return result;
}

TemplateDefinition parse_definition(const json& document, const std::vector<CodeList>& code_lists) {
    TemplateDefinition definition;
    definition.id = document.at("id").get<std::string>();
    auto kind_name = document.at("kind").get<std::string>();
    auto kind = report_kind_from_string(kind_name);
    if (!kind)
        throw std::runtime_error("unknown kind '" + kind_name + "'");
    // An övrig rapport is what a document in no template's layout becomes.
    if (*kind == ReportKind::Other)
        throw std::runtime_error("a template cannot be of kind 'ovrig'");
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
        definition.form = parse_form(document.at("form"), definition, code_lists);
    return definition;
}

} // namespace

const SectionDefinition* TemplateDefinition::section(std::string_view section_id) const {
    auto found = std::find_if(sections.begin(), sections.end(),
                              [&](const SectionDefinition& s) { return s.id == section_id; });
    return found == sections.end() ? nullptr : &*found;
}

tl::expected<TemplateDefinition, TemplateError>
load_template(const std::filesystem::path& file, const std::vector<CodeList>& code_lists) {
    std::ifstream input(file);
    if (!input)
        return tl::unexpected(TemplateError{file.string(), "cannot open file"});
    try {
        return parse_definition(json::parse(input), code_lists);
    } catch (const std::exception& error) {
        return tl::unexpected(TemplateError{file.string(), error.what()});
    }
}

tl::expected<TemplateDefinition, TemplateError> load_template(const std::filesystem::path& file) {
    const auto code_lists = load_code_lists(code_lists_folder(file.parent_path()));
    if (!code_lists)
        return tl::unexpected(TemplateError{code_lists.error().file, code_lists.error().reason});
    return load_template(file, *code_lists);
}

tl::expected<std::vector<TemplateDefinition>, TemplateError>
load_templates(const std::filesystem::path& folder) {
    const auto code_lists = load_code_lists(code_lists_folder(folder));
    if (!code_lists)
        return tl::unexpected(TemplateError{code_lists.error().file, code_lists.error().reason});
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
        auto definition = load_template(file, *code_lists);
        if (!definition)
            return tl::unexpected(definition.error());
        definitions.push_back(std::move(*definition));
    }
    return definitions;
}

} // namespace finsam
