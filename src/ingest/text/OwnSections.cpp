#include "ingest/text/OwnSections.h"

#include "domain/Text.h"
#include "ingest/text/Reflow.h"

#include <algorithm>

namespace finsam {

namespace {

/// `key`, or with "-2", "-3"... when a section of the report has it already.
std::string unique_id(const std::vector<Section>& sections, const std::string& key) {
    const auto taken = [&](const std::string& id) {
        return std::any_of(sections.begin(), sections.end(),
                           [&](const Section& section) { return section.id == id; });
    };
    if (!taken(key))
        return key;
    for (int suffix = 2;; ++suffix) {
        auto candidate = key + "-" + std::to_string(suffix);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

std::vector<Section> own_sections(const std::vector<LayoutLine>& lines, std::size_t begin,
                                  std::size_t end, const std::vector<std::size_t>& omitted) {
    std::vector<Section> sections;
    const OwnHeading opening{"", "Inledning", 0, true};
    const OwnHeading* heading = &opening;
    std::string body;
    const auto close = [&] {
        auto text = reflow_paragraphs(body);
        if (!trim(text).empty())
            sections.push_back(
                {unique_id(sections, section_key(*heading)), heading->title, std::move(text)});
        body.clear();
    };
    for (auto index = begin; index < end && index < lines.size(); ++index) {
        if (std::find(omitted.begin(), omitted.end(), index) != omitted.end())
            continue;
        if (lines[index].heading) {
            close();
            heading = &*lines[index].heading;
            continue;
        }
        body += lines[index].text;
        body += '\n';
    }
    close();
    return sections;
}

} // namespace finsam
