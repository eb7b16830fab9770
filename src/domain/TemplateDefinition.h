#pragma once

#include "domain/CodeLists.h"
#include "domain/Figure.h"
#include "domain/ParticipantTable.h"
#include "domain/ReportKind.h"

#include <filesystem>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// How a header field's value is written, so the reader knows how to take it apart.
enum class FieldType {
    Text,
    SingleDate,
    DateRange,
    Amount,
    RegistryNumber,
    Initials,
    Organisation,
    List
};

/// A labelled header field of a template ("Insatsens namn", "Diarienummer").
struct FieldDefinition {
    std::string id; // registry_number, signature, arrival_date, intervention_name, owner,
                    // period, granted_sek, used_sek, partners, reporter_date, reporter_name
    std::vector<std::string> labels;
    FieldType type = FieldType::Text;
    std::string section_id; // where the label stands; empty: anywhere
};

/// One section of a template, in template order.
struct SectionDefinition {
    std::string id;                    // "2.1", or "bakgrund" in unnumbered templates
    std::string title;                 // the template's heading text
    std::vector<std::string> headings; // other ways reports write the heading
    std::string help;                  // the template's instruction printed under the heading
};

/// Where a template's goals (mål, delmål) stand: every list item in these sections is a goal,
/// and with `paragraphs` every other paragraph too (a compiled report's "Mål" holds nothing
/// else; a kvartalsrapport's 2.4 mixes goals with their status in prose).
struct GoalSections {
    std::vector<std::string> section_ids;
    bool paragraphs = false;
};

/// A group heading of a compiled report ("Individinriktade insatser").
struct GroupDefinition {
    std::string heading;
    InterventionKind kind = InterventionKind::Unknown;
};

/// Template text that is not the report's content and must go wherever it lands.
struct BoilerplateRules {
    std::vector<std::string> lines_starting_with;
    std::vector<std::string> lines_equal_to;
    std::vector<std::string> lines_containing;
};

/// A key figure the web form asks for as a number.
struct KeyFigureField {
    Measure measure;
    std::string label; // as the form shows it, e.g. "Deltagare totalt"
};

/// What the web form of a template holds besides the registration and reporter fields: the
/// sections written as text (in the template's order), those that must not be left empty,
/// the key figures and the participant statistics. A template without `form` (a compiled
/// report) has no web form.
struct FormDefinition {
    std::vector<std::string> section_ids;
    std::vector<std::string> required_section_ids;
    std::vector<KeyFigureField> key_figures;
    ParticipantTable participant_table;
    bool asks_for_funds = false; // beviljade and utnyttjade medel (a slutrapport)

    bool empty() const { return section_ids.empty(); }
};

/// A report template as a data file describes it (templates/reports/*.json). A förbund with
/// its own variant adds a file; the importer and the web forms read the same definition.
struct TemplateDefinition {
    std::string id;
    ReportKind kind = ReportKind::Quarterly;
    std::string title;
    std::vector<std::string> recognition_phrases;
    std::vector<FieldDefinition> fields;
    std::vector<SectionDefinition> sections;
    GoalSections goals;
    std::vector<GroupDefinition> groups;        // compiled reports only
    std::vector<std::string> part_start_labels; // compiled reports only
    BoilerplateRules boilerplate;
    FormDefinition form;

    const SectionDefinition* section(std::string_view section_id) const;
};

struct TemplateError {
    std::string file;
    std::string reason;
};

/// Reads one definition file; its form's breakdowns take their codes from `code_lists`. A form
/// that names an unknown section, measure or code list, or asks for a measure twice, is
/// refused.
tl::expected<TemplateDefinition, TemplateError>
load_template(const std::filesystem::path& file, const std::vector<CodeList>& code_lists);

/// Reads one definition file with the code lists beside its folder (code_lists_folder()).
tl::expected<TemplateDefinition, TemplateError> load_template(const std::filesystem::path& file);

/// Reads every `*.json` definition in a folder, sorted by file name, with the code lists
/// beside the folder (templates/reports → templates/codes).
tl::expected<std::vector<TemplateDefinition>, TemplateError>
load_templates(const std::filesystem::path& folder);

} // namespace finsam
