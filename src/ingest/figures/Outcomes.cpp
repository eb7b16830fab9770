#include "ingest/figures/Outcomes.h"

#include <string_view>

namespace finsam::figures {

using namespace vocabulary;

namespace {

// "Under året avslutades 6 deltagare": verbs of ending that stand before their subject.
constexpr std::string_view k_ended_before[] = {"avslutades", "avslutade", "slutade"};

bool is_outcome_verb(const Token& token) {
    return is_one_of(token, k_outcome_receive_verbs) || is_one_of(token, k_outcome_start_verbs) ||
           is_one_of(token, k_outcome_move_verbs);
}

// The verb right before a number, past "totalt" and "drygt"; the index past the end when
// nothing stands before.
std::size_t verb_before(const SentenceView& sentence, std::size_t number) {
    while (number > 0 && (is_one_of(sentence.at(number - 1), k_total_words) ||
                          is_one_of(sentence.at(number - 1), k_approximations)))
        --number;
    return number > 0 ? number - 1 : sentence.size();
}

bool is_destination_word(const Token& token) {
    return is_work(token) || is_studies(token) || is_one_of(token, k_destination_modifiers) ||
           token.is_mark("/") || token.is_word("eller");
}

// After "gick 6": "vidare till", "till", "ut i": not a noun, which would make 6 a count of it.
bool leads_to_destination(const Token& token) {
    return is_one_of(token, k_outcome_particles) || is_one_of(token, k_destination_prepositions) ||
           is_destination_word(token);
}

// Past "reguljära", "ett", "en": the tokenizer reads the articles as the number one.
std::size_t skip_modifiers(const SentenceView& sentence, std::size_t index) {
    while (true) {
        const Token& token = sentence.at(index);
        const bool article = token.kind == TokenKind::Number && token.spelled &&
                             (token.text == "en" || token.text == "ett");
        if (!article && !is_one_of(token, k_destination_modifiers))
            return index;
        ++index;
    }
}

} // namespace

std::optional<Measure> outcome_of(const SentenceView& sentence, const NumberMention& mention) {
    std::size_t index = sentence.verb_after(mention.predicate);
    if (is_one_of(sentence.at(index), k_negations))
        return std::nullopt;
    // "uppnått 26 % till arbete/studier"
    if (index == mention.predicate && sentence.at(index).is_word("till") &&
        sentence.any_of(sentence.clause_start(mention.number), mention.number, k_achieved))
        return destination_at(sentence, index + 1);
    const Token& verb = sentence.at(index);
    if (is_one_of(verb, k_outcome_receive_verbs))
        return destination_at(sentence, index + 1);
    if (is_one_of(verb, k_outcome_start_verbs)) // "påbörjat studier", "börjat på komvux"
        return destination_at(sentence,
                              sentence.at(index + 1).is_word("på") ? index + 2 : index + 1);
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
        index = skip_modifiers(sentence, index);
        if (is_work(sentence.at(index)))
            work = true;
        else if (is_studies(sentence.at(index)))
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
        next = skip_modifiers(sentence, sentence.skip(next, k_destination_prepositions));
        if (is_work(sentence.at(next)) || is_studies(sentence.at(next))) {
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

std::optional<Measure> outcome_after_verb(const SentenceView& sentence,
                                          const NumberMention& mention) {
    if (mention.head != Head::Participants && mention.head != Head::Bare &&
        !(mention.head == Head::Other && leads_to_destination(sentence.at(mention.predicate))))
        return std::nullopt;
    const std::size_t verb = verb_before(sentence, mention.number);
    const Token& token = sentence.at(verb);
    if (!is_outcome_verb(token))
        return std::nullopt;
    std::size_t index = sentence.skip(mention.predicate, k_outcome_particles);
    if (!is_one_of(token, k_outcome_move_verbs))
        return destination_at(sentence, index);
    if (is_one_of(sentence.at(index), k_destination_prepositions))
        return destination_at(sentence, index + 1);
    return is_clause_boundary(sentence.at(index)) ? destination_before(sentence, verb)
                                                  : std::nullopt;
}

std::optional<Measure> destination_before(const SentenceView& sentence, std::size_t end) {
    std::size_t index = end;
    while (index > 0 && is_destination_word(sentence.at(index - 1)))
        --index;
    if (index == end || index == 0 || !sentence.at(index - 1).is_word("till"))
        return std::nullopt;
    return destination_at(sentence, index);
}

bool is_ended_after_verb(const SentenceView& sentence, const NumberMention& mention) {
    if (mention.head != Head::Participants)
        return false;
    const std::size_t verb = verb_before(sentence, mention.number);
    return is_one_of(sentence.at(verb), k_ended_before) &&
           !sentence.any_of(mention.predicate, sentence.clause_end(mention.predicate),
                            k_end_reasons);
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
