#include "ingest/text/TemplateRecognizer.h"

#include "domain/Text.h"

#include <algorithm>

namespace finsam {

const TemplateDefinition* recognise_template(const std::vector<std::string>& lines,
                                             const std::vector<TemplateDefinition>& templates) {
    std::vector<std::string> lower_lines;
    lower_lines.reserve(lines.size());
    for (const auto& line : lines)
        lower_lines.push_back(lowercase(collapse_whitespace(line)));

    const TemplateDefinition* best = nullptr;
    int best_score = 0;
    bool tied = false;
    for (const auto& definition : templates) {
        int score = 0;
        for (const auto& phrase : definition.recognition_phrases) {
            auto lower_phrase = lowercase(phrase);
            bool found =
                std::any_of(lower_lines.begin(), lower_lines.end(), [&](const std::string& line) {
                    return line.find(lower_phrase) != std::string::npos;
                });
            score += found ? 1 : 0;
        }
        if (score > best_score) {
            best = &definition;
            best_score = score;
            tied = false;
        } else if (score == best_score && score > 0) {
            tied = true;
        }
    }
    return tied ? nullptr : best;
}

} // namespace finsam
