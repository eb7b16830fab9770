#include "ingest/figures/GenderRules.h"

#include <string_view>

namespace finsam::figures {

namespace {

using namespace vocabulary;

// "Av de 14 ärendena gällde 9 kvinnor och 5 män": the women and men of something else.
constexpr std::string_view k_concerning_verbs[] = {"gällde", "gäller", "avsåg",
                                                   "avser",  "rörde",  "rör"};

// The first count of "9 kvinnor och 5 män", "tio unga kvinnor, fjorton unga män".
std::size_t enumeration_start(const SentenceView& sentence, std::size_t number) {
    while (number >= 3 &&
           (sentence.at(number - 1).is_word("och") || sentence.at(number - 1).is_mark(","))) {
        std::size_t earlier = number - 3;
        const Token& noun = sentence.at(number - 2);
        if (!is_one_of(noun, k_women) && !is_one_of(noun, k_men))
            break;
        if (is_one_of(sentence.at(earlier), k_participant_adjectives) && earlier > 0)
            --earlier;
        if (sentence.at(earlier).kind != TokenKind::Number)
            break;
        number = earlier;
    }
    return number;
}

} // namespace

std::optional<Measure> gender_of(const SentenceView& sentence, const NumberMention& mention) {
    Head gender = mention.head;
    if ((gender == Head::Bare || gender == Head::OfParticipants) &&
        sentence.at(mention.predicate).is_word("är")) {
        const Token& noun = sentence.at(mention.predicate + 1);
        gender = is_one_of(noun, k_women) ? Head::Women
                 : is_one_of(noun, k_men) ? Head::Men
                                          : gender;
    }
    if (gender != Head::Women && gender != Head::Men)
        return std::nullopt;
    if (mention.head == gender && !is_clause_boundary(sentence.at(mention.predicate)))
        return std::nullopt;
    const std::size_t first = enumeration_start(sentence, mention.number);
    if (first > 0 && is_one_of(sentence.at(first - 1), k_concerning_verbs))
        return std::nullopt;
    return gender == Head::Women ? Measure::ParticipantsWomen : Measure::ParticipantsMen;
}

} // namespace finsam::figures
