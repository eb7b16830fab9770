#include "ingest/figures/GoalPart.h"

#include "ingest/figures/Vocabulary.h"

namespace finsam::figures {

namespace {

using namespace vocabulary;

// Words a goal row may open with: "Totalt 45 deltagare", "Minst 40 unga".
constexpr std::string_view k_goal_row_openers[] = {"totalt", "sammanlagt", "minst"};
// "under projekttiden", "per år": the time a goal row's count is meant for.
constexpr std::string_view k_time_frame_words[] = {"under", "per"};

// "Totalt 45 deltagare under projekttiden" with nothing after it but a mark or the result
// column ("39 deltagare (87 %)"): a goal row.
GoalPart find_goal_row(const std::vector<Token>& tokens,
                       const std::vector<NumberMention>& mentions) {
    const auto at = [&](std::size_t index) -> const Token& { return token_at(tokens, index); };
    std::size_t index = 0;
    while (is_one_of(at(index), k_goal_row_openers))
        ++index;
    const NumberMention* goal = mention_at(mentions, index);
    if (goal == nullptr || goal->head != Head::Participants || goal->unit != Unit::Count ||
        goal->part_of_count || goal->anonymous)
        return {};
    index = goal->predicate;
    if (is_one_of(at(index), k_time_frame_words)) {
        index = at(index + 1).is_word("hela") ? index + 2 : index + 1;
        if (at(index).kind == TokenKind::Word || at(index).kind == TokenKind::Number)
            ++index;
    } else if (at(index).is_word("i") && is_one_of(at(index + 1), k_insats_words)) {
        index += 2;
    }
    const Token& next = at(index);
    if (next.kind == TokenKind::Number)
        return {index, index};
    if (index >= tokens.size() || next.is_mark(";") || next.is_mark(":") || next.is_mark("."))
        return {index, std::nullopt};
    // "Totalt 45 deltagare, varav 20 kvinnor": the goal goes on to the next ';' or ':'.
    if (!next.is_mark(",") && !next.is_mark("("))
        return {};
    while (index < tokens.size() && !at(index).is_mark(";") && !at(index).is_mark(":"))
        ++index;
    return {index, std::nullopt};
}

} // namespace

GoalPart find_goal_part(const std::vector<Token>& tokens,
                        const std::vector<NumberMention>& mentions, GoalContext context) {
    switch (context) {
    case GoalContext::None:
        return {};
    case GoalContext::Goals:
        return {tokens.size(), std::nullopt};
    case GoalContext::GoalReportItem:
        for (std::size_t index = 0; index < tokens.size(); ++index) {
            if (tokens[index].is_mark(";"))
                return {index, std::nullopt};
        }
        return find_goal_row(tokens, mentions);
    case GoalContext::GoalReport:
        return find_goal_row(tokens, mentions);
    }
    return {};
}

} // namespace finsam::figures
