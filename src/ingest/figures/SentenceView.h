#pragma once

#include "ingest/figures/Tokens.h"
#include "ingest/figures/Vocabulary.h"

#include <cstddef>
#include <vector>

namespace finsam::figures {

/// One sentence's tokens with the look-ups every figure rule needs: clause limits, word
/// lists in a range, and the verb after a subject. A goal that opens the sentence (the tokens
/// before `goal_end`) is a clause of its own.
class SentenceView {
public:
    SentenceView(const std::vector<Token>& tokens, std::size_t goal_end)
        : m_tokens(tokens), m_goal_end(goal_end) {}

    const std::vector<Token>& tokens() const { return m_tokens; }
    std::size_t size() const { return m_tokens.size(); }
    const Token& at(std::size_t index) const { return token_at(m_tokens, index); }

    /// The first token of the clause that holds `index`, and the end of that clause.
    std::size_t clause_start(std::size_t index) const;
    std::size_t clause_end(std::size_t index) const;
    /// Where the sentence's outcome part starts for a token at `index`: after the opening goal.
    std::size_t first_of_part(std::size_t index) const {
        return index >= m_goal_end ? m_goal_end : 0;
    }

    bool any_of(std::size_t begin, std::size_t end, vocabulary::WordList words) const;
    std::size_t skip(std::size_t index, vocabulary::WordList words) const;
    /// Past fillers between subject and verb, including "till och med".
    std::size_t skip_fillers(std::size_t index) const;
    /// The verb after a subject, past fillers and a modal: "ska ha fått arbete" -> "fått".
    std::size_t verb_after(std::size_t predicate) const;

private:
    const std::vector<Token>& m_tokens;
    std::size_t m_goal_end = 0;
};

} // namespace finsam::figures
