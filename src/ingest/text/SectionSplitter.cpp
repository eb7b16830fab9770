#include "ingest/text/SectionSplitter.h"

#include "domain/Text.h"
#include "ingest/text/Reflow.h"

#include <algorithm>

namespace finsam {

namespace {

/// Splits "2.1 Aktiviteter" into "2.1" and "Aktiviteter"; "3. Uppgiftslämnare" gives "3".
std::pair<std::string, std::string_view> split_heading_number(std::string_view line) {
    std::size_t index = 0;
    while (index < line.size() && (is_ascii_digit(line[index]) || line[index] == '.'))
        ++index;
    auto number = line.substr(0, index);
    if (number.empty() || !is_ascii_digit(number.front()))
        return {"", line};
    while (number.ends_with('.'))
        number.remove_suffix(1);
    // A number must stand apart from the title ("2.1 Aktiviteter"), not begin a value
    // ("2.0" in "Kärnhuset 2.0" never starts a line, but "240701" would).
    if (index < line.size() && line[index] != ' ' && line[index] != '\t')
        return {"", line};
    if (number.size() > 8)
        return {"", line};
    return {std::string(number), trim(line.substr(index))};
}

bool starts_with_words(const std::vector<std::string>& words,
                       const std::vector<std::string>& prefix) {
    return !prefix.empty() && words.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), words.begin());
}

std::vector<std::vector<std::string>> heading_word_lists(const SectionDefinition& section) {
    std::vector<std::vector<std::string>> lists{comparison_words(section.title)};
    for (const auto& heading : section.headings)
        lists.push_back(comparison_words(heading));
    return lists;
}

using HeadingWords = std::vector<std::vector<std::string>>;

/// A numbered heading: the section's number, then the first words of a heading variant
/// (the title may wrap onto the next line, so two words are enough).
bool matches_numbered(const SectionDefinition& section, const HeadingWords& variants,
                      std::string_view number, const std::vector<std::string>& words) {
    if (number != section.id)
        return false;
    for (const auto& variant : variants) {
        auto needed = std::min<std::size_t>(variant.size(), 2);
        std::vector<std::string> prefix(variant.begin(),
                                        variant.begin() + static_cast<std::ptrdiff_t>(needed));
        if (starts_with_words(words, prefix))
            return true;
    }
    return false;
}

/// An unnumbered heading stands alone on its line.
bool matches_unnumbered(const HeadingWords& variants, const std::vector<std::string>& words) {
    return std::any_of(variants.begin(), variants.end(),
                       [&](const auto& variant) { return words == variant; });
}

/// Positions of the comparison words of `text`, to cut the text after the last matched one.
struct WordPosition {
    std::string word;
    std::size_t end;
};

/// The first `max_words` words of `text` with their positions.
std::vector<WordPosition> word_positions(std::string_view text, std::size_t max_words) {
    std::vector<WordPosition> positions;
    std::size_t index = 0;
    while (index < text.size() && positions.size() < max_words) {
        auto next = text.find_first_of(" \t\n", index);
        if (next == std::string_view::npos)
            next = text.size();
        auto token = text.substr(index, next - index);
        // A token like "mål/delmål:" holds several comparison words; all end with the token.
        for (auto& word : comparison_words(token))
            positions.push_back({std::move(word), next});
        index = next + 1;
    }
    return positions;
}

/// Removes the heading and help text that open a section body, as far as they match.
std::string_view strip_heading_and_help(std::string_view body, const SectionDefinition& section) {
    auto variants = heading_word_lists(section);
    auto help = comparison_words(section.help);
    std::size_t longest_heading = 0;
    for (const auto& variant : variants)
        longest_heading = std::max(longest_heading, variant.size());
    // Only the opening words can be heading or help: the rest of the body is never scanned.
    auto positions = word_positions(body, longest_heading + help.size() + 1);
    auto consume = [&](std::size_t from, const std::vector<std::string>& expected) {
        std::size_t matched = 0;
        while (matched < expected.size() && from + matched < positions.size() &&
               positions[from + matched].word == expected[matched])
            ++matched;
        return matched;
    };

    std::size_t consumed = 0;
    for (const auto& variant : variants)
        consumed = std::max(consumed, consume(0, variant));
    auto help_matched = consume(consumed, help);
    // A short partial match may be the author's own words that happen to begin alike.
    if (help_matched == help.size() || help_matched >= 4)
        consumed += help_matched;
    if (consumed == 0)
        return body;
    auto cut = positions[consumed - 1].end;
    return body.substr(std::min(cut, body.size()));
}

std::string join_lines(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
    std::string text;
    for (auto index = from; index < to; ++index) {
        text += lines[index];
        text += '\n';
    }
    return text;
}

} // namespace

bool is_numbered(const TemplateDefinition& definition) {
    return !definition.sections.empty() && is_ascii_digit(definition.sections.front().id.front());
}

std::vector<SectionSpan> find_sections(const std::vector<std::string>& lines,
                                       const TemplateDefinition& definition) {
    std::vector<SectionSpan> spans;
    auto numbered = is_numbered(definition);
    std::size_t next_section = 0;
    std::vector<bool> seen(definition.sections.size(), false);
    std::vector<HeadingWords> variants;
    std::size_t longest_heading = 0;
    for (const auto& section : definition.sections) {
        variants.push_back(heading_word_lists(section));
        for (const auto& variant : variants.back())
            longest_heading = std::max(longest_heading, variant.size());
    }

    for (std::size_t line_index = 0; line_index < lines.size(); ++line_index) {
        auto [number, title] = split_heading_number(lines[line_index]);
        if (numbered && number.empty())
            continue;
        // One word more than the longest heading tells an unnumbered heading from prose.
        auto words = comparison_words(title, longest_heading + 1);
        if (words.empty())
            continue;
        auto first = numbered ? next_section : 0;
        for (auto section_index = first; section_index < definition.sections.size();
             ++section_index) {
            const auto& section = definition.sections[section_index];
            bool matches = numbered
                               ? matches_numbered(section, variants[section_index], number, words)
                               : !seen[section_index] && number.empty() &&
                                     matches_unnumbered(variants[section_index], words);
            if (!matches)
                continue;
            if (!spans.empty())
                spans.back().end_line = line_index;
            spans.push_back({&section, line_index, lines.size()});
            seen[section_index] = true;
            next_section = section_index + 1;
            break;
        }
    }
    return spans;
}

Section section_text(const std::vector<std::string>& lines, const SectionSpan& span) {
    auto body = join_lines(lines, span.heading_line, span.end_line);
    auto [number, without_number] = split_heading_number(body);
    auto text = strip_heading_and_help(without_number, *span.definition);
    // What is left of a heading line is punctuation: "Aktiviteter:" leaves ":".
    while (!text.empty() && (text.front() == ':' || text.front() == ')' || text.front() == '?' ||
                             text.front() == '.' || text.front() == ' '))
        text.remove_prefix(1);
    return {span.definition->id, span.definition->title, reflow_paragraphs(text)};
}

} // namespace finsam
