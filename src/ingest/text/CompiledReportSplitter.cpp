#include "ingest/text/CompiledReportSplitter.h"

#include "domain/Text.h"

#include <algorithm>
#include <optional>

namespace finsam {

namespace {

/// A line as labels and headings are compared: lower case, white space folded, no colon.
std::string comparison_key(std::string_view line) {
    // Labels and group headings are short; prose lines are never compared.
    if (line.size() > 120)
        return {};
    auto key = lowercase(collapse_whitespace(line));
    while (key.ends_with(':'))
        key.pop_back();
    return key;
}

/// The document's lines and the template's phrases in comparable form, computed once.
class CompiledLayout {
public:
    CompiledLayout(const std::vector<std::string>& lines, const TemplateDefinition& definition) {
        m_keys.reserve(lines.size());
        for (const auto& line : lines)
            m_keys.push_back(comparison_key(line));
        for (const auto& label : definition.part_start_labels)
            m_part_labels.push_back(comparison_key(label));
        for (const auto& group : definition.groups)
            m_groups.emplace_back(comparison_key(group.heading), group.kind);
    }

    bool is_part_start(std::size_t line) const {
        const auto& key = m_keys[line];
        return !key.empty() &&
               std::find(m_part_labels.begin(), m_part_labels.end(), key) != m_part_labels.end();
    }

    std::optional<InterventionKind> group_kind(std::size_t line) const {
        const auto& key = m_keys[line];
        for (const auto& [heading, kind] : m_groups) {
            if (!key.empty() && key == heading)
                return kind;
        }
        return std::nullopt;
    }

private:
    std::vector<std::string> m_keys;
    std::vector<std::string> m_part_labels;
    std::vector<std::pair<std::string, InterventionKind>> m_groups;
};

/// The name line of the part whose owner label stands at `label_line`.
std::optional<std::size_t> name_line_before(const std::vector<std::string>& lines,
                                            std::size_t label_line, const CompiledLayout& layout) {
    for (auto index = label_line; index-- > 0;) {
        if (lines[index].empty())
            continue;
        if (layout.group_kind(index))
            return std::nullopt;
        return index;
    }
    return std::nullopt;
}

} // namespace

std::vector<ReportPart> split_compiled_report(const std::vector<std::string>& lines,
                                              const TemplateDefinition& definition) {
    CompiledLayout layout(lines, definition);
    std::vector<std::size_t> name_lines;
    for (std::size_t index = 0; index < lines.size(); ++index) {
        if (!layout.is_part_start(index))
            continue;
        auto name_line = name_line_before(lines, index, layout);
        if (name_line && (name_lines.empty() || *name_line > name_lines.back()))
            name_lines.push_back(*name_line);
    }

    std::vector<ReportPart> parts;
    auto kind = InterventionKind::Unknown;
    std::size_t scanned = 0;
    auto scan_groups = [&](std::size_t from, std::size_t to, ReportPart* part) {
        for (auto index = from; index < to; ++index) {
            auto group = layout.group_kind(index);
            if (group)
                kind = *group;
            else if (part)
                part->lines.push_back(lines[index]);
        }
    };
    for (std::size_t part_index = 0; part_index < name_lines.size(); ++part_index) {
        auto name_line = name_lines[part_index];
        scan_groups(scanned, name_line, parts.empty() ? nullptr : &parts.back());
        auto end = part_index + 1 < name_lines.size() ? name_lines[part_index + 1] : lines.size();
        ReportPart part{collapse_whitespace(lines[name_line]), kind, {}};
        parts.push_back(std::move(part));
        scanned = name_line + 1;
        if (part_index + 1 == name_lines.size())
            scan_groups(scanned, end, &parts.back());
    }
    return parts;
}

} // namespace finsam
