#include "ingest/figures/Outcomes.h"

namespace finsam::figures {

using namespace vocabulary;

std::optional<Measure> outcome_of(const SentenceView& sentence, const NumberMention& mention) {
    std::size_t index = sentence.verb_after(mention.predicate);
    if (is_one_of(sentence.at(index), k_negations))
        return std::nullopt;
    // "uppnått 26 % till arbete/studier"
    if (index == mention.predicate && sentence.at(index).is_word("till") &&
        sentence.any_of(sentence.clause_start(mention.number), mention.number, k_achieved))
        return destination_at(sentence, index + 1);
    const Token& verb = sentence.at(index);
    if (is_one_of(verb, k_outcome_receive_verbs) || is_one_of(verb, k_outcome_start_verbs))
        return destination_at(sentence, index + 1);
    if (!is_one_of(verb, k_outcome_move_verbs))
        return std::nullopt;
    index = sentence.skip(index + 1, k_outcome_particles);
    if (sentence.at(index).is_word("ut"))
        ++index;
    if (!is_one_of(sentence.at(index), k_destination_prepositions))
        return std::nullopt;
    return destination_at(sentence, index + 1);
}

std::optional<Measure> destination_at(const SentenceView& sentence, std::size_t index) {
    bool work = false;
    bool studies = false;
    while (true) {
        index = sentence.skip(index, k_destination_modifiers);
        if (is_one_of(sentence.at(index), k_work))
            work = true;
        else if (is_one_of(sentence.at(index), k_studies))
            studies = true;
        else
            return std::nullopt;
        ++index;
        const Token& separator = sentence.at(index);
        const bool alternative = separator.is_mark("/") || separator.is_word("eller");
        if (!alternative && !separator.is_word("och") && !separator.is_mark(","))
            break;
        std::size_t next = index + 1;
        if (is_one_of(sentence.at(next), k_outcome_receive_verbs) ||
            is_one_of(sentence.at(next), k_outcome_start_verbs) ||
            is_one_of(sentence.at(next), k_outcome_move_verbs))
            next = sentence.skip(next + 1, k_outcome_particles);
        next =
            sentence.skip(sentence.skip(next, k_destination_prepositions), k_destination_modifiers);
        if (is_one_of(sentence.at(next), k_work) || is_one_of(sentence.at(next), k_studies)) {
            index = next;
            continue;
        }
        if (alternative)
            return std::nullopt;
        break;
    }
    if (work && studies)
        return Measure::EndedToWorkOrStudies;
    return work ? Measure::EndedToWork : Measure::EndedToStudies;
}

bool is_ended(const SentenceView& sentence, std::size_t predicate) {
    std::size_t index = sentence.verb_after(predicate);
    if (is_one_of(sentence.at(index), k_written_out_verbs) && sentence.at(index + 1).is_word("ut"))
        ++index;
    else if (!is_one_of(sentence.at(index), k_ended_verbs))
        return false;
    return !sentence.any_of(index + 1, sentence.clause_end(index + 1), k_end_reasons);
}

} // namespace finsam::figures
