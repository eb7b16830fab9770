#include "ingest/figures/SentenceView.h"

#include "ingest/figures/NumberMention.h"

namespace finsam::figures {

using namespace vocabulary;

std::size_t SentenceView::clause_start(std::size_t index) const {
    const std::size_t first = first_of_part(index);
    while (index > first && !is_clause_boundary(m_tokens[index - 1]))
        --index;
    return index;
}

std::size_t SentenceView::clause_end(std::size_t index) const {
    while (index < m_tokens.size() && !is_clause_boundary(m_tokens[index]))
        ++index;
    return index;
}

bool SentenceView::any_of(std::size_t begin, std::size_t end, WordList words) const {
    for (std::size_t index = begin; index < end && index < m_tokens.size(); ++index) {
        if (is_one_of(m_tokens[index], words))
            return true;
    }
    return false;
}

std::size_t SentenceView::skip(std::size_t index, WordList words) const {
    while (is_one_of(at(index), words))
        ++index;
    return index;
}

std::size_t SentenceView::skip_fillers(std::size_t index) const {
    while (true) {
        index = skip(index, k_fillers);
        if (!(at(index).is_word("till") && at(index + 1).is_word("och") &&
              at(index + 2).is_word("med")))
            return index;
        index += 3;
    }
}

std::size_t SentenceView::verb_after(std::size_t predicate) const {
    return skip_fillers(skip(skip_fillers(predicate), k_modal_words));
}

} // namespace finsam::figures
