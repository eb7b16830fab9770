#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

namespace finsam {

/// One entry of a code list: the stable slug stored with each figure, and what a user reads.
struct Code {
    std::string code;  // ascii slug, e.g. "arbete"
    std::string label; // Swedish, e.g. "Arbete"

    bool operator==(const Code&) const = default;
};

/// The categories a breakdown of the participant statistics is counted by (the end reasons,
/// the income sources, the referrers, the target groups), as a data file describes them
/// (templates/codes/<id>.json). A förbund extends a list by adding codes to its copy; a code
/// once used is stored with the figures, so it is never removed or renamed.
struct CodeList {
    std::string id;    // the file name without .json, e.g. "end_reasons"
    std::string title; // Swedish, e.g. "Avslutsorsak"
    std::vector<Code> codes;

    bool operator==(const CodeList&) const = default;
};

struct CodeListError {
    std::string file;
    std::string reason;
};

/// Whether `code` can be stored as a category: lower-case ascii letters, digits and `_`,
/// starting with a letter (so it is also part of a form field's name and an HTML id).
bool is_code_slug(std::string_view code);

/// Reads one list; its id is the file's name. Refuses a list without codes, a code that is no
/// slug, and a code or label given twice.
tl::expected<CodeList, CodeListError> load_code_list(const std::filesystem::path& file);

/// Reads every `*.json` list in a folder, sorted by id; none when the folder does not exist.
tl::expected<std::vector<CodeList>, CodeListError>
load_code_lists(const std::filesystem::path& folder);

/// Where the code lists of the report templates in `report_templates` stand: the folder
/// `codes` beside it (templates/reports → templates/codes).
std::filesystem::path code_lists_folder(const std::filesystem::path& report_templates);

/// A list by id; nullptr when unknown.
const CodeList* find_code_list(const std::vector<CodeList>& lists, std::string_view id);

} // namespace finsam
