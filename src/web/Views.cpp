#include "web/Views.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace finsam {

namespace {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream input(file, std::ios::binary);
    if (!input)
        throw std::runtime_error("cannot read the template " + file.string());
    std::ostringstream content;
    content << input.rdbuf();
    return content.str();
}

} // namespace

Views::Views(const std::filesystem::path& folder) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.path().extension() != ".mustache")
            continue;
        const std::string name = entry.path().stem().string();
        std::string text = read_file(entry.path());
        // mstch parses every partial it is given on every render, so only partials are.
        if (name.starts_with("_"))
            m_partials[name] = std::move(text);
        else
            m_templates[name] = std::move(text);
    }
    if (error)
        throw std::runtime_error("cannot read the template folder " + folder.string());
    if (!m_templates.contains("layout"))
        throw std::runtime_error("the template folder " + folder.string() +
                                 " has no layout.mustache");
}

std::string Views::render(const std::string& name, const mstch::map& context) const {
    const auto found = m_templates.find(name);
    if (found == m_templates.end())
        throw std::runtime_error("no template named " + name);
    return mstch::render(found->second, context, m_partials);
}

std::string Views::render_in_layout(std::string content, mstch::map frame) const {
    frame["content"] = std::move(content);
    // The layout uses no partials, so none are handed to mstch to parse.
    return mstch::render(m_templates.at("layout"), frame);
}

} // namespace finsam
