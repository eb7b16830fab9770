#include "ingest/figures/CountRules.h"

#include <string_view>

namespace finsam::figures {

namespace {

using namespace vocabulary;

constexpr std::size_t k_total_verb_distance = 4; // "uppgår i dagsläget till 84 personer"

constexpr std::string_view k_amount_verbs[] = {"uppgår", "uppgick", "uppgått"};
constexpr std::string_view k_count_adjectives[] = {"aktiva", "inskrivna", "avslutade"};
constexpr std::string_view k_copulas[] = {"är", "var", "blev"};
constexpr std::string_view k_ended_adjectives[] = {"avslutade"};
constexpr std::string_view k_still_words[] = {"fortfarande", "nu", "idag", "just"};
constexpr std::string_view k_enrolled_states[] = {"inskrivna", "inskriva", "aktiva"};
constexpr std::string_view k_taking_part[] = {"inne", "med"};
constexpr std::string_view k_present_verbs[] = {"har", "är", "finns"};
// Verbs that make a total a statement of what happened, not a heading or a goal row.
constexpr std::string_view k_stating_verbs[] = {
    "har",      "hade",      "haft",     "är",         "var",       "varit",  "blev",   "blivit",
    "finns",    "fanns",     "funnits",  "deltog",     "deltagit",  "deltar", "skrevs", "skrivits",
    "omfattar", "omfattade", "omfattat", "medverkade", "medverkat", "uppgår", "uppgick"};
// "Deltagarna var 18": the verbs between a definite subject and its count.
constexpr std::string_view k_subject_copulas[] = {"är", "var", "blev", "varit"};
constexpr std::string_view k_definite_participants[] = {"deltagarna", "personerna", "individerna",
                                                        "ungdomarna"};
// "Under året deltog 23 personer": the verb before its subject.
constexpr std::string_view k_took_part_before[] = {"deltog", "medverkade"};
// "har deltagit sedan starten", "under hösten": when, not in what.
constexpr std::string_view k_time_words[] = {"sedan", "under"};
// "Hittills har 52 personer skrivits in": enrolled since the start, not in one period.
constexpr std::string_view k_since_start[] = {"hittills", "totalt", "sammanlagt", "sedan"};
// The verb of "(har) varit inskrivna", "(har) skrivits in".
constexpr std::string_view k_enrolled_before[] = {"skrivits", "skrevs"};

// "Vid insatsens slut var 22 deltagare inskrivna", "Vid utgången av juni", "I slutet av
// perioden": enrolled at the end is enrolled now.
bool has_end_marker(const SentenceView& sentence, std::size_t begin, std::size_t end) {
    for (std::size_t index = begin; index < end && index < sentence.size(); ++index) {
        const Token& token = sentence.at(index);
        if ((token.is_word("vid") && sentence.at(index + 2).is_word("slut")) ||
            token.is_word("utgången") || token.is_word("slutet"))
            return true;
    }
    return false;
}

// "i insatsen", "i projektet": the count is of the insats.
bool names_insats(const SentenceView& sentence, std::size_t index) {
    return sentence.at(index).is_word("i") && is_one_of(sentence.at(index + 1), k_insats_words);
}

// Nothing after the count but the end of its clause, when or in what insats.
bool ends_count(const SentenceView& sentence, std::size_t index) {
    return is_clause_boundary(sentence.at(index)) || names_insats(sentence, index) ||
           is_one_of(sentence.at(index), k_time_words);
}

// "deltagit", "medverkat i projektet", "deltagit sedan starten"; not "deltagit i workshopen",
// which counts a part.
bool took_part_in_insats(const SentenceView& sentence, std::size_t verb) {
    // "tagit del av insatsen"
    if (sentence.at(verb).is_word("tagit") && sentence.at(verb + 1).is_word("del") &&
        sentence.at(verb + 2).is_word("av"))
        return is_one_of(sentence.at(verb + 3), k_insats_words) && ends_count(sentence, verb + 4);
    return is_one_of(sentence.at(verb), k_took_part) && ends_count(sentence, verb + 1);
}

// The word right before a number, past "totalt" and "drygt": "deltog totalt 23", "haft 40".
const Token& word_before(const SentenceView& sentence, std::size_t number) {
    while (number > 0 && (is_one_of(sentence.at(number - 1), k_total_words) ||
                          is_one_of(sentence.at(number - 1), k_approximations)))
        --number;
    return number > 0 ? sentence.at(number - 1) : sentence.at(sentence.size());
}

// "Under året deltog 23 personer i insatsen", "Insatsen har haft 40 deltagare sedan starten".
bool is_total_after_verb(const SentenceView& sentence, const NumberMention& mention) {
    const Token& verb = word_before(sentence, mention.number);
    return (is_one_of(verb, k_took_part_before) || verb.is_word("haft")) &&
           ends_count(sentence, mention.predicate);
}

// "För närvarande deltar 19 personer i verksamheten", "19 personer deltar i insatsen": who
// take part now are those enrolled.
bool takes_part_now(const SentenceView& sentence, const NumberMention& mention) {
    if (mention.head != Head::Participants)
        return false;
    if (word_before(sentence, mention.number).is_word("deltar"))
        return ends_count(sentence, mention.predicate);
    return sentence.at(mention.predicate).is_word("deltar") &&
           ends_count(sentence, mention.predicate + 1);
}

// "Hittills har 52 personer skrivits in i projektet".
bool is_enrolled_since_start(const SentenceView& sentence, const NumberMention& mention) {
    const std::size_t verb = sentence.verb_after(mention.predicate);
    if (!is_one_of(sentence.at(verb), k_enrolled_before) || !sentence.at(verb + 1).is_word("in"))
        return false;
    const std::size_t start = sentence.clause_start(mention.number);
    return sentence.any_of(start, sentence.clause_end(verb), k_since_start);
}

// "(de 10 som avslutats) pga. ohälsa (har ...)": one kind of ending, up to the main verb.
bool ends_for_a_reason(const SentenceView& sentence, std::size_t index) {
    for (; index < sentence.size(); ++index) {
        const Token& token = sentence.at(index);
        if (is_clause_boundary(token) || is_one_of(token, k_finite_verbs))
            return false;
        if (is_one_of(token, k_end_reasons))
            return true;
    }
    return false;
}

// After the whole of "Av de 30 avslutade (deltagarna) har 12 ...": its clause ends or the main
// clause's verb follows.
bool ends_whole(const SentenceView& sentence, std::size_t index) {
    return is_clause_boundary(sentence.at(index)) || is_one_of(sentence.at(index), k_finite_verbs);
}

} // namespace

bool has_now_marker(const SentenceView& sentence, std::size_t begin, std::size_t end) {
    for (std::size_t index = begin; index < end && index < sentence.size(); ++index) {
        const Token& token = sentence.at(index);
        if (is_one_of(token, k_now_words) ||
            (token.is_word("dag") && index > 0 && sentence.at(index - 1).is_word("i")))
            return true;
    }
    return false;
}

std::optional<Measure> count_of_stated_number(const SentenceView& sentence,
                                              const NumberMention& mention) {
    const std::size_t start = sentence.clause_start(mention.number);
    // "Deltagarna var 18 till antalet"
    if (sentence.at(mention.predicate).is_word("till") &&
        sentence.at(mention.predicate + 1).is_word("antalet"))
        return sentence.any_of(start, mention.number, k_participant_nouns)
                   ? std::optional(Measure::ParticipantsTotal)
                   : std::nullopt;
    std::size_t last = mention.number;
    while (last > start && is_one_of(sentence.at(last - 1), k_approximations))
        --last;
    if (last == start)
        return std::nullopt;
    const Token& before = sentence.at(last - 1);
    const bool amounts_to =
        before.is_word("till") &&
        sentence.any_of(last > k_total_verb_distance + start ? last - k_total_verb_distance : start,
                        last, k_amount_verbs);
    for (std::size_t index = start; index < last; ++index) {
        if (!sentence.at(index).is_word("antalet") && !sentence.at(index).is_word("antal"))
            continue;
        const std::size_t noun = sentence.skip(index + 1, k_count_adjectives);
        if (!(amounts_to || is_one_of(before, k_copulas)))
            continue;
        const bool ended = sentence.any_of(index + 1, noun, k_ended_adjectives);
        // "Antalet avslutade under perioden är 9": the adjective stands for its noun.
        if (!is_one_of(sentence.at(noun), k_participant_nouns))
            return ended ? std::optional(Measure::ParticipantsEnded) : std::nullopt;
        if (ended || sentence.any_of(noun, last, k_ended_verbs))
            return Measure::ParticipantsEnded;
        if (sentence.any_of(index + 1, noun, k_enrolled_adjectives))
            return Measure::ParticipantsCurrent;
        return Measure::ParticipantsTotal;
    }
    if (amounts_to && mention.head == Head::Participants)
        return Measure::ParticipantsTotal;
    return std::nullopt;
}

std::optional<Measure> count_of_subject(const SentenceView& sentence,
                                        const NumberMention& mention) {
    if (mention.head != Head::Bare || mention.unit != Unit::Count ||
        !is_clause_boundary(sentence.at(mention.predicate)))
        return std::nullopt;
    std::size_t verb = mention.number;
    while (verb > 0 && is_one_of(sentence.at(verb - 1), k_approximations))
        --verb;
    if (verb == 0 || !is_one_of(sentence.at(verb - 1), k_subject_copulas))
        return std::nullopt;
    --verb;
    if (sentence.at(verb).is_word("varit") && verb > 0 && is_one_of(sentence.at(verb - 1), k_have))
        --verb;
    if (verb == 0 || sentence.clause_start(verb - 1) != verb - 1)
        return std::nullopt;
    const Token& subject = sentence.at(verb - 1);
    if (is_one_of(subject, k_definite_participants))
        return Measure::ParticipantsTotal;
    if (subject.is_word("kvinnorna"))
        return Measure::ParticipantsWomen;
    if (subject.is_word("männen"))
        return Measure::ParticipantsMen;
    return std::nullopt;
}

bool is_current(const SentenceView& sentence, const NumberMention& mention) {
    const std::size_t start = sentence.clause_start(mention.number);
    const std::size_t end = sentence.clause_end(mention.predicate);
    if (takes_part_now(sentence, mention))
        return true;
    std::size_t index = mention.predicate;
    // "(Just nu är det) 26 ungdomar som är aktiva"
    if (sentence.at(index).is_word("som") && sentence.at(index + 1).is_word("är"))
        ++index;
    const bool present = sentence.at(index).is_word("är");
    index = sentence.skip(index + (present ? 1 : 0), k_still_words);
    const Token& state = sentence.at(index);
    const bool enrolled =
        mention.enrolled || is_one_of(state, k_enrolled_states) ||
        (state.is_word("aktivt") && is_one_of(sentence.at(index + 1), k_taking_part));
    if (!enrolled) {
        return mention.head == Head::Participants &&
               (mention.predicate == end || names_insats(sentence, mention.predicate)) &&
               has_now_marker(sentence, start, mention.number) &&
               sentence.any_of(start, mention.number, k_present_verbs);
    }
    if (has_now_marker(sentence, start, end) || has_end_marker(sentence, start, end))
        return true;
    return present && !sentence.any_of(start, end, k_total_words);
}

bool is_total(const SentenceView& sentence, const NumberMention& mention) {
    std::size_t index = mention.predicate;
    const bool relative = sentence.at(index).is_word("som");
    index = sentence.skip_fillers(index + (relative ? 1 : 0));
    if ((relative || mention.head == Head::Participants) && took_part_in_insats(sentence, index))
        return true;
    if (mention.head != Head::Participants)
        return false;
    if (is_total_after_verb(sentence, mention) || is_enrolled_since_start(sentence, mention))
        return true;
    if (sentence.at(index).is_word("varit")) {
        index = sentence.at(index + 1).is_mark("/") && sentence.at(index + 2).is_word("är")
                    ? index + 3
                    : index + 1;
        if (is_one_of(sentence.at(index), k_enrolled_participles))
            return true;
    }
    // The count's own verb, before it or right after its noun; not the verb of a count
    // after it ("Totalt 45 deltagare under projekttiden Hittills har 31 personer deltagit").
    const std::size_t start = sentence.clause_start(mention.number);
    return sentence.any_of(start, sentence.clause_end(mention.predicate), k_total_words) &&
           (sentence.any_of(start, mention.number, k_stating_verbs) ||
            is_one_of(sentence.at(sentence.verb_after(mention.predicate)), k_stating_verbs) ||
            is_one_of(sentence.at(mention.predicate), k_stating_verbs));
}

std::optional<Measure> whole_of_later(const SentenceView& sentence, const NumberMention& mention) {
    if (mention.unit != Unit::Count)
        return std::nullopt;
    std::size_t index = mention.predicate;
    if (sentence.at(index).is_word("avslutade")) {
        index = sentence.skip(index + 1, k_participant_nouns);
        return ends_whole(sentence, index) ? std::optional(Measure::ParticipantsEnded)
                                           : std::nullopt;
    }
    if (mention.head != Head::Participants && mention.head != Head::Bare)
        return std::nullopt;
    // "Av de 19 inskrivna är 12 kvinnor"
    if (mention.enrolled)
        return ends_whole(sentence, index) ? std::optional(Measure::ParticipantsCurrent)
                                           : std::nullopt;
    if (!sentence.at(index).is_word("som")) {
        return mention.head == Head::Participants && ends_whole(sentence, index)
                   ? std::optional(Measure::ParticipantsTotal)
                   : std::nullopt;
    }
    index = sentence.skip(index + 1, k_have);
    if (is_one_of(sentence.at(index), k_ended_verbs))
        return ends_for_a_reason(sentence, index + 1) ? std::nullopt
                                                      : std::optional(Measure::ParticipantsEnded);
    // "Av de 26 som har deltagit är 16 kvinnor": the main verb follows.
    const bool took_part = is_one_of(sentence.at(index), k_took_part) &&
                           (ends_count(sentence, index + 1) || ends_whole(sentence, index + 1));
    const bool enrolled = sentence.at(index).is_word("varit") &&
                          is_one_of(sentence.at(index + 1), k_enrolled_participles);
    return took_part || enrolled ? std::optional(Measure::ParticipantsTotal) : std::nullopt;
}

} // namespace finsam::figures
