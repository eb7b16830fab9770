#include "ingest/text/InterventionParts.h"

#include "domain/Text.h"

#include <algorithm>
#include <array>
#include <optional>

namespace finsam {

namespace {

// Labels that only an insats's part has: who runs it, for how long, for whom.
constexpr std::array<std::string_view, 11> k_intervention_labels{
    "insatsägare",   "projektägare", "huvudman",  "ansvarig part", "ansvarig organisation",
    "projektperiod", "insatsperiod", "insatstid", "projekttid",    "period",
    "målgrupp"};

bool has_intervention_label(const std::vector<LayoutLine>& lines, std::size_t begin,
                            std::size_t end) {
    for (auto index = begin; index < end; ++index) {
        const auto& line = lines[index];
        const std::string lower =
            lowercase(collapse_whitespace(line.heading ? line.heading->title : line.text));
        for (const auto label : k_intervention_labels) {
            if (lower.starts_with(label) &&
                (lower.size() == label.size() || lower[label.size()] == ':' ||
                 lower[label.size()] == '/'))
                return true;
        }
    }
    return false;
}

/// The kind of insatser a heading groups, if it groups insatser at all.
std::optional<InterventionKind> group_kind(const OwnHeading& heading) {
    if (heading.well_known)
        return std::nullopt;
    const auto words = comparison_words(heading.title);
    const bool groups = std::any_of(words.begin(), words.end(), [](const std::string& word) {
        return word.ends_with("insatser") || word == "insatserna" || word == "projekt" ||
               word == "projekten";
    });
    if (!groups)
        return std::nullopt;
    const std::string lower = lowercase(heading.title);
    if (lower.find("individinriktade") != std::string::npos)
        return InterventionKind::Individual;
    if (lower.find("strukturinriktade") != std::string::npos ||
        lower.find("strukturövergripande") != std::string::npos)
        return InterventionKind::Structural;
    return InterventionKind::Unknown;
}

/// Where the part under the heading at `at` ends: at the next heading of a higher level, or
/// of its own level unless that is a section word (a sub-heading written alike).
std::size_t part_end(const std::vector<LayoutLine>& lines, std::size_t at) {
    const auto& heading = *lines[at].heading;
    for (auto index = at + 1; index < lines.size(); ++index) {
        const auto& next = lines[index].heading;
        if (next &&
            (next->level < heading.level || (next->level == heading.level && !next->well_known)))
            return index;
    }
    return lines.size();
}

/// Where the scope of the group heading at `at` ends: at the next heading of its level or above.
std::size_t group_end(const std::vector<LayoutLine>& lines, std::size_t at) {
    const int level = lines[at].heading->level;
    for (auto index = at + 1; index < lines.size(); ++index) {
        if (lines[index].heading && lines[index].heading->level <= level)
            return index;
    }
    return lines.size();
}

bool has_text(const std::vector<LayoutLine>& lines, std::size_t begin, std::size_t end) {
    return std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(begin),
                       lines.begin() + static_cast<std::ptrdiff_t>(end),
                       [](const LayoutLine& line) { return !line.heading && !line.text.empty(); });
}

/// A group heading in force: its kind and the line its scope ends at.
struct Group {
    InterventionKind kind = InterventionKind::Unknown;
    std::size_t end = 0;
};

} // namespace

std::vector<InterventionPart> split_by_intervention(const std::vector<LayoutLine>& lines) {
    std::vector<InterventionPart> parts;
    std::optional<Group> group;
    std::size_t taken_until = 0; // lines up to here belong to a part already
    for (std::size_t index = 0; index < lines.size(); ++index) {
        if (group && index >= group->end)
            group.reset();
        const auto& heading = lines[index].heading;
        if (!heading)
            continue;
        if (const auto kind = group_kind(*heading)) {
            group = Group{*kind, group_end(lines, index)};
            continue;
        }
        if (heading->well_known || index < taken_until)
            continue;
        const auto end = part_end(lines, index);
        const bool grouped = group && has_text(lines, index + 1, end);
        if (!grouped && !has_intervention_label(lines, index + 1, end))
            continue;
        parts.push_back(
            {heading->title, group ? group->kind : InterventionKind::Unknown, index + 1, end});
        taken_until = end;
    }
    if (parts.size() < 2)
        parts.clear();
    return parts;
}

} // namespace finsam
