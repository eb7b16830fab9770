#include "ingest/text/Reflow.h"

#include "domain/Text.h"

#include <vector>

namespace finsam {

namespace {

bool ends_sentence(std::string_view paragraph) {
    if (paragraph.empty())
        return true;
    static constexpr std::string_view k_closing = ".!?:;)\"”";
    return k_closing.find(paragraph.back()) != std::string_view::npos || paragraph.ends_with("”");
}

/// "park- och naturvård": a compound cut short before a conjunction keeps its space.
bool starts_with_conjunction(std::string_view line) {
    for (auto word : {"och ", "eller ", "samt ", "till ", "som "}) {
        if (line.starts_with(word))
            return true;
    }
    return false;
}

/// Appends a wrapped line to its paragraph: a word hyphenated at the line end continues
/// without a space ("BIP-" + "modellen").
void append_line(std::string& paragraph, std::string_view line) {
    if (paragraph.empty()) {
        paragraph = line;
        return;
    }
    bool hyphenated = paragraph.back() == '-' && paragraph.size() > 1 &&
                      paragraph[paragraph.size() - 2] != ' ' && !starts_with_conjunction(line);
    if (is_bullet_line(line))
        paragraph += '\n';
    else if (!hyphenated)
        paragraph += ' ';
    paragraph += line;
}

} // namespace

bool is_bullet_line(std::string_view line) {
    static constexpr std::string_view k_markers[] = {"o ", "- ", "* ", "• ", "– ", "· "};
    for (auto marker : k_markers) {
        if (line.starts_with(marker))
            return true;
    }
    return false;
}

std::string reflow_paragraphs(std::string_view text) {
    std::vector<std::string> paragraphs;
    std::string current;
    auto close_paragraph = [&] {
        if (current.empty())
            return;
        bool continues_previous = !paragraphs.empty() && !ends_sentence(paragraphs.back()) &&
                                  starts_with_lowercase_letter(current) && !is_bullet_line(current);
        if (continues_previous)
            paragraphs.back() += ' ' + current;
        else
            paragraphs.push_back(std::move(current));
        current.clear();
    };
    for (auto raw : split_lines(text)) {
        auto line = collapse_whitespace(raw);
        if (line.empty())
            close_paragraph();
        else
            append_line(current, line);
    }
    close_paragraph();

    std::string result;
    for (const auto& paragraph : paragraphs) {
        if (!result.empty())
            result += "\n\n";
        result += paragraph;
    }
    return result;
}

} // namespace finsam
