#include "app/boardreport/BoardLayout.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace finsam {

namespace {

using nlohmann::json;

std::vector<BoardHeading> headings_of(const json& list, const std::string& file) {
    std::vector<BoardHeading> headings;
    for (const auto& entry : list) {
        BoardHeading heading{
            entry.at("id").get<std::string>(), entry.at("title").get<std::string>(), {}};
        for (const auto& [kind_name, ids] : entry.at("sections").items()) {
            const auto kind = report_kind_from_string(kind_name);
            if (!kind)
                throw std::runtime_error(file + ": unknown report kind \"" + kind_name +
                                         "\" under heading " + heading.id);
            heading.sections[*kind] = ids.get<std::vector<std::string>>();
        }
        headings.push_back(std::move(heading));
    }
    return headings;
}

} // namespace

BoardLayout load_board_layout(const std::filesystem::path& file) {
    std::ifstream input(file);
    if (!input)
        throw std::runtime_error("cannot read the board report layout " + file.string());
    try {
        const json layout = json::parse(input);
        return {layout.at("title").get<std::string>(),
                headings_of(layout.at("parts"), file.string()),
                headings_of(layout.at("lessons"), file.string())};
    } catch (const json::exception& error) {
        throw std::runtime_error("the board report layout " + file.string() +
                                 " is not valid: " + error.what());
    }
}

} // namespace finsam
