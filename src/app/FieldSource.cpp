#include "app/FieldSource.h"

#include <set>

namespace finsam {

FieldSource FieldMap::fields() const& {
    return {[this](const std::string& name) {
                const auto found = m_values.find(name);
                return found == m_values.end() ? std::string() : found->second;
            },
            [this](const std::string& name) {
                return m_values.contains(name) || m_lists.contains(name);
            },
            [this](const std::string& name) {
                if (const auto list = m_lists.find(name); list != m_lists.end())
                    return list->second;
                const auto found = m_values.find(name);
                return found == m_values.end() ? std::vector<std::string>()
                                               : std::vector<std::string>{found->second};
            },
            [this] {
                std::set<std::string> names;
                for (const auto& [name, value] : m_values)
                    names.insert(name);
                for (const auto& [name, list] : m_lists)
                    names.insert(name);
                return std::vector<std::string>(names.begin(), names.end());
            }};
}

} // namespace finsam
