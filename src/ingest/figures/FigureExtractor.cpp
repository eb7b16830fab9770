#include "ingest/figures/FigureExtractor.h"

#include "domain/Text.h"
#include "ingest/figures/FigureRules.h"
#include "ingest/figures/Sentences.h"
#include "ingest/figures/Tokens.h"
#include "ingest/figures/Vocabulary.h"

#include <array>
#include <string>

namespace finsam {

namespace {

// Template sections that hold only goals (projektredovisning's "Mål").
constexpr std::array<std::string_view, 4> k_goal_section_ids{"mal", "mål", "delmal", "delmål"};

bool is_goal_section(std::string_view id) {
    const std::string lowered = lowercase(trim(id));
    for (std::string_view goal_id : k_goal_section_ids) {
        if (lowered == goal_id)
            return true;
    }
    return false;
}

// A section on goals and how they went, named so by its title: "Insatsens mål samt delmål",
// "Måluppfyllelse", "Uppföljning och utvärdering av målen". Goals named in parentheses
// ("Avvikelser från planering (tidsplan, aktiviteter numerära mål, m.m.)") do not count, and
// "Målgrupp" is the target group, not a goal.
bool reports_on_goals(std::string_view title) {
    for (const figures::Token& token : figures::tokenize(title)) {
        if (token.is_mark("("))
            return false;
        if (figures::vocabulary::is_one_of(token, figures::vocabulary::k_goal_words) ||
            (token.kind == figures::TokenKind::Word && token.text.starts_with("måluppfyll")))
            return true;
    }
    return false;
}

figures::GoalContext context_of(bool goal_section, bool goal_report, bool bullet) {
    if (goal_section)
        return figures::GoalContext::Goals;
    if (!goal_report)
        return figures::GoalContext::None;
    return bullet ? figures::GoalContext::GoalReportItem : figures::GoalContext::GoalReport;
}

void extract_from_section(const Section& section, std::vector<Figure>& figures) {
    const bool goal_section = is_goal_section(section.id);
    const bool goal_report = reports_on_goals(section.title);
    // List items after "Mål" or "Mer konkret är målet att:" are goals too.
    bool in_goal_list = false;
    for (const figures::SentenceSpan& sentence : figures::split_sentences(section.text)) {
        const std::vector<figures::Token> tokens = figures::tokenize(sentence.text);
        if (!sentence.bullet)
            in_goal_list = false;
        const auto context = context_of(goal_section || in_goal_list, goal_report, sentence.bullet);
        if (!sentence.bullet && figures::introduces_goals(tokens))
            in_goal_list = true;
        const std::vector<figures::StatedFigure> stated =
            figures::figures_in_sentence(tokens, context);
        if (stated.empty())
            continue;
        const std::string quote = collapse_whitespace(sentence.text);
        for (const figures::StatedFigure& figure : stated)
            figures.push_back({figure.measure, figure.value, figure.unit, section.id, quote});
    }
}

} // namespace

std::vector<Figure> extract_figures(const std::vector<Section>& sections) {
    std::vector<Figure> figures;
    for (const Section& section : sections)
        extract_from_section(section, figures);
    return figures;
}

} // namespace finsam
