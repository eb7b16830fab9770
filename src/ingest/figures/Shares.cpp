#include "ingest/figures/Shares.h"

#include "ingest/figures/Outcomes.h"

#include <string_view>

namespace finsam::figures {

namespace {

using namespace vocabulary;

// The verbs between a share and its percentage: "är", "utgör", "har varit", "uppgår till".
constexpr std::string_view k_share_verbs[] = {
    "är", "var", "blev", "varit", "utgör", "utgjorde", "utgjort", "uppgår", "uppgick", "uppgått"};
constexpr std::string_view k_share_nouns[] = {"andel", "andelen"};
constexpr std::string_view k_consist_verbs[] = {"består", "bestod", "bestått"};

struct Subject {
    bool share = false;          // opens with "andel"/"andelen"
    std::size_t kon_words = 0;   // "kvinnor", "männen"
    std::size_t other_words = 0; // anything else
    std::optional<std::size_t> outcome_verb;
};

Subject read_subject(const SentenceView& sentence, std::size_t begin, std::size_t end) {
    Subject subject;
    subject.share = is_one_of(sentence.at(begin), k_share_nouns);
    for (std::size_t index = begin + (subject.share ? 1 : 0); index < end; ++index) {
        const Token& word = sentence.at(index);
        if (is_one_of(word, k_women) || is_one_of(word, k_men))
            ++subject.kon_words;
        else
            ++subject.other_words;
        if (!subject.outcome_verb &&
            (is_one_of(word, k_outcome_receive_verbs) || is_one_of(word, k_outcome_start_verbs) ||
             is_one_of(word, k_outcome_move_verbs)))
            subject.outcome_verb = index;
    }
    return subject;
}

// "som gått till arbete", "som fått arbete eller börjat studera".
std::optional<Measure> outcome_of_subject(const SentenceView& sentence, std::size_t verb) {
    std::size_t index = sentence.skip(verb + 1, k_outcome_particles);
    if (is_one_of(sentence.at(verb), k_outcome_move_verbs)) {
        if (!is_one_of(sentence.at(index), k_destination_prepositions))
            return std::nullopt;
        ++index;
    }
    return destination_at(sentence, index);
}

// The token of the share's verb before `number`, or the end of the sentence.
std::size_t share_verb(const SentenceView& sentence, std::size_t number) {
    std::size_t verb = number;
    while (verb > 0 && is_one_of(sentence.at(verb - 1), k_approximations))
        --verb;
    if (verb == 0)
        return sentence.size();
    --verb;
    if (sentence.at(verb).is_word("till") && verb > 0)
        --verb;
    return is_one_of(sentence.at(verb), k_share_verbs) ? verb : sentence.size();
}

// "Deltagarna består till 65 procent av kvinnor".
std::optional<Measure> share_of_composition(const SentenceView& sentence,
                                            const NumberMention& mention) {
    const std::size_t number = mention.number;
    const std::size_t of = number + 2; // past "65 %" or "65 procent"
    if (number < 2 || !sentence.at(number - 1).is_word("till") ||
        !is_one_of(sentence.at(number - 2), k_consist_verbs) || !sentence.at(of).is_word("av") ||
        !is_clause_boundary(sentence.at(of + 2)))
        return std::nullopt;
    const Token& kon = sentence.at(of + 1);
    if (is_one_of(kon, k_women))
        return Measure::ParticipantsWomen;
    if (is_one_of(kon, k_men))
        return Measure::ParticipantsMen;
    return std::nullopt;
}

} // namespace

std::optional<Measure> share_of(const SentenceView& sentence, const NumberMention& mention) {
    if (mention.unit != Unit::Percent)
        return std::nullopt;
    if (auto composition = share_of_composition(sentence, mention))
        return composition;
    std::size_t verb = share_verb(sentence, mention.number);
    if (verb >= sentence.size())
        return std::nullopt;
    if (sentence.at(verb).is_word("varit") && verb > 0 && is_one_of(sentence.at(verb - 1), k_have))
        --verb;
    const std::size_t begin = sentence.clause_start(verb);
    if (begin == verb)
        return std::nullopt;
    const Subject subject = read_subject(sentence, begin, verb);
    if (subject.outcome_verb)
        return subject.share && subject.kon_words == 0
                   ? outcome_of_subject(sentence, *subject.outcome_verb)
                   : std::nullopt;
    // "Andelen kvinnor (bland deltagarna)", or the kön alone: "Kvinnor utgör".
    if (subject.kon_words != 1 || (!subject.share && subject.other_words > 0))
        return std::nullopt;
    const Token& kon = sentence.at(subject.share ? begin + 1 : begin);
    if (is_one_of(kon, k_women))
        return Measure::ParticipantsWomen;
    if (is_one_of(kon, k_men))
        return Measure::ParticipantsMen;
    return std::nullopt;
}

} // namespace finsam::figures
