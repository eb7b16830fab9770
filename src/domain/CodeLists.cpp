#include "domain/CodeLists.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

namespace finsam {

namespace {

using nlohmann::json;

CodeList parse_code_list(const json& document, std::string id) {
    CodeList list;
    list.id = std::move(id);
    list.title = document.value("title", list.id);
    std::set<std::string> codes;
    std::set<std::string> labels;
    for (const auto& entry : document.at("codes")) {
        Code code{entry.at("code").get<std::string>(), entry.at("label").get<std::string>()};
        if (!is_code_slug(code.code))
            throw std::runtime_error("the code '" + code.code +
                                     "' is not a slug (a-z, 0-9 and _, starting with a letter)");
        if (code.label.empty())
            throw std::runtime_error("the code '" + code.code + "' has no label");
        if (!codes.insert(code.code).second)
            throw std::runtime_error("the code '" + code.code + "' is given twice");
        if (!labels.insert(code.label).second)
            throw std::runtime_error("the label '" + code.label + "' is given twice");
        list.codes.push_back(std::move(code));
    }
    if (list.codes.empty())
        throw std::runtime_error("the list has no codes");
    return list;
}

} // namespace

bool is_code_slug(std::string_view code) {
    const auto allowed = [](char character) {
        return (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') ||
               character == '_';
    };
    return !code.empty() && code.front() >= 'a' && code.front() <= 'z' &&
           std::all_of(code.begin(), code.end(), allowed);
}

tl::expected<CodeList, CodeListError> load_code_list(const std::filesystem::path& file) {
    std::ifstream input(file);
    if (!input)
        return tl::unexpected(CodeListError{file.string(), "cannot open file"});
    try {
        return parse_code_list(json::parse(input), file.stem().string());
    } catch (const std::exception& error) {
        return tl::unexpected(CodeListError{file.string(), error.what()});
    }
}

tl::expected<std::vector<CodeList>, CodeListError>
load_code_lists(const std::filesystem::path& folder) {
    std::error_code error;
    if (!std::filesystem::exists(folder, error))
        return std::vector<CodeList>{};
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    if (error)
        return tl::unexpected(CodeListError{folder.string(), error.message()});
    std::sort(files.begin(), files.end());
    std::vector<CodeList> lists;
    for (const auto& file : files) {
        auto list = load_code_list(file);
        if (!list)
            return tl::unexpected(list.error());
        lists.push_back(std::move(*list));
    }
    return lists;
}

std::filesystem::path code_lists_folder(const std::filesystem::path& report_templates) {
    // A trailing separator ("templates/reports/") must lead to the same sibling.
    return (report_templates / "..").lexically_normal() / "codes";
}

const CodeList* find_code_list(const std::vector<CodeList>& lists, std::string_view id) {
    const auto found = std::find_if(lists.begin(), lists.end(),
                                    [&](const CodeList& list) { return list.id == id; });
    return found == lists.end() ? nullptr : &*found;
}

} // namespace finsam
