#include "ingest/text/CompiledReportSplitter.h"

#include "domain/Text.h"

#include <algorithm>
#include <optional>

namespace finsam {

namespace {

bool equals_any(std::string_view line, const std::vector<std::string>& phrases) {
    auto lower = lowercase(collapse_whitespace(line));
    while (lower.ends_with(':'))
        lower.pop_back();
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](const std::string& phrase) { return lower == lowercase(phrase); });
}

std::optional<InterventionKind> group_kind(std::string_view line,
                                           const TemplateDefinition& definition) {
    for (const auto& group : definition.groups) {
        if (equals_any(line, {group.heading}))
            return group.kind;
    }
    return std::nullopt;
}

/// The name line of the part whose owner label stands at `label_line`.
std::optional<std::size_t> name_line_before(const std::vector<std::string>& lines,
                                            std::size_t label_line,
                                            const TemplateDefinition& definition) {
    for (auto index = label_line; index-- > 0;) {
        if (lines[index].empty())
            continue;
        if (group_kind(lines[index], definition))
            return std::nullopt;
        return index;
    }
    return std::nullopt;
}

} // namespace

std::vector<ReportPart> split_compiled_report(const std::vector<std::string>& lines,
                                              const TemplateDefinition& definition) {
    std::vector<std::size_t> name_lines;
    for (std::size_t index = 0; index < lines.size(); ++index) {
        if (!equals_any(lines[index], definition.part_start_labels))
            continue;
        auto name_line = name_line_before(lines, index, definition);
        if (name_line && (name_lines.empty() || *name_line > name_lines.back()))
            name_lines.push_back(*name_line);
    }

    std::vector<ReportPart> parts;
    auto kind = InterventionKind::Unknown;
    std::size_t scanned = 0;
    auto scan_groups = [&](std::size_t from, std::size_t to, ReportPart* part) {
        for (auto index = from; index < to; ++index) {
            auto group = group_kind(lines[index], definition);
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
