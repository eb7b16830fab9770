#include "web/http/FormInput.h"

#include "domain/Text.h"

#include <algorithm>
#include <charconv>
#include <set>

namespace finsam {

std::string FormInput::value(const std::string& name) const {
    if (m_request.has_param(name.c_str()))
        return m_request.get_param_value(name.c_str());
    // A multipart form (a file upload) carries its other fields as parts without a file.
    if (m_request.has_file(name.c_str())) {
        const auto part = m_request.get_file_value(name.c_str());
        if (part.filename.empty())
            return part.content;
    }
    return "";
}

bool FormInput::has(const std::string& name) const {
    if (m_request.has_param(name.c_str()))
        return true;
    const auto parts = m_request.files.equal_range(name);
    return std::any_of(parts.first, parts.second,
                       [](const auto& part) { return part.second.filename.empty(); });
}

std::vector<std::string> FormInput::values(const std::string& name) const {
    std::vector<std::string> found;
    for (std::size_t index = 0; index < m_request.get_param_value_count(name.c_str()); ++index)
        found.push_back(m_request.get_param_value(name.c_str(), index));
    const auto parts = m_request.files.equal_range(name);
    for (auto part = parts.first; part != parts.second; ++part) {
        if (part->second.filename.empty())
            found.push_back(part->second.content);
    }
    return found;
}

std::string FormInput::trimmed(const std::string& name) const {
    return std::string(trim(value(name)));
}

std::vector<std::string> FormInput::names() const {
    std::set<std::string> names;
    for (const auto& [name, value] : m_request.params)
        names.insert(name);
    for (const auto& [name, part] : m_request.files) {
        if (part.filename.empty())
            names.insert(name);
    }
    return std::vector<std::string>(names.begin(), names.end());
}

FieldSource FormInput::fields() const {
    return {[this](const std::string& name) { return value(name); },
            [this](const std::string& name) { return has(name); },
            [this](const std::string& name) { return values(name); }, [this] { return names(); }};
}

std::optional<std::int64_t> FormInput::path_id(std::size_t group) const {
    if (group >= m_request.matches.size())
        return std::nullopt;
    const std::string text = m_request.matches[static_cast<int>(group)].str();
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return id;
}

std::vector<std::pair<std::string_view, std::string>>
FormInput::files(const std::string& name) const {
    std::vector<std::pair<std::string_view, std::string>> sent;
    const auto parts = m_request.files.equal_range(name);
    for (auto part = parts.first; part != parts.second; ++part) {
        // A file field with nothing chosen is sent as an empty part without a name.
        if (part->second.filename.empty() && part->second.content.empty())
            continue;
        sent.emplace_back(part->second.content, part->second.filename);
    }
    return sent;
}

} // namespace finsam
