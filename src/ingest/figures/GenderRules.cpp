#include "ingest/figures/GenderRules.h"

#include <algorithm>
#include <string_view>

namespace finsam::figures {

namespace {

using namespace vocabulary;

// "Av de 14 ärendena gällde 9 kvinnor och 5 män": the women and men of something else.
constexpr std::string_view k_concerning_verbs[] = {"gällde", "gäller", "avsåg",
                                                   "avser",  "rörde",  "rör"};
// Between the counts of one enumeration: "9 kvinnor och 5 män", "13 män respektive 8 kvinnor".
constexpr std::string_view k_enumeration_joints[] = {"och", "respektive", "samt"};
// Words that say a split follows: "varav 7 kvinnor", "fördelat på 7 kvinnor".
constexpr std::string_view k_split_words[] = {"varav", "därav"};
constexpr std::string_view k_distributed[] = {"fördelat", "fördelade", "fördelad", "fördelar",
                                              "fördelas"};
// "7 kvinnor och 5 män har deltagit", "... är inskrivna": the verbs of taking part.
constexpr std::string_view k_taking_part_verbs[] = {"deltagit",  "deltog",     "deltar",
                                                    "medverkat", "medverkade", "medverkar"};
constexpr std::string_view k_being[] = {"varit", "är", "var"};
// How far before "7 respektive 5" the kön they count may be named, in tokens.
constexpr std::size_t k_named_order_reach = 12;

bool is_gender(const NumberMention& mention) {
    return mention.head == Head::Women || mention.head == Head::Men;
}

bool is_dash_or_colon(const Token& token) {
    return token.is_mark(",") || token.is_mark("-") || token.is_mark("\u2013") ||
           token.is_mark("\u2014") || token.is_mark(":");
}

} // namespace

GenderReader::GenderReader(const SentenceView& sentence, const std::vector<NumberMention>& mentions)
    : m_sentence(sentence), m_mentions(mentions) {
    find_enumerations();
    for (const Enumeration& enumeration : m_enumerations)
        find_split(enumeration);
}

// Runs of kön counts of one unit, each joined to the next by "och", "respektive", a comma or
// a slash ("7 kvinnor/5 män").
void GenderReader::find_enumerations() {
    for (std::size_t index = 0; index < m_mentions.size(); ++index) {
        const NumberMention& mention = m_mentions[index];
        if (!is_gender(mention))
            continue;
        ++m_gender_counts;
        const NumberMention* previous = index > 0 ? &m_mentions[index - 1] : nullptr;
        const bool joined = previous != nullptr && is_gender(*previous) &&
                            previous->unit == mention.unit &&
                            mention.number == previous->predicate + 1 &&
                            (is_one_of(m_sentence.at(previous->predicate), k_enumeration_joints) ||
                             m_sentence.at(previous->predicate).is_mark(",") ||
                             m_sentence.at(previous->predicate).is_mark("/"));
        if (!joined)
            m_enumerations.emplace_back();
        m_enumerations.back().push_back(index);
        m_enumeration_of_number.emplace_back(mention.number, m_enumerations.size() - 1);
    }
}

// The count right before an enumeration, when words or marks between say the enumeration
// splits it.
void GenderReader::find_split(const Enumeration& enumeration) {
    const std::size_t first = m_mentions[enumeration.front()].number;
    if (enumeration.front() == 0)
        return;
    const NumberMention& whole = m_mentions[enumeration.front() - 1];
    const Token& before = m_sentence.at(first - 1);
    bool said = false;
    if (is_one_of(before, k_split_words) || before.is_mark("(")) {
        said = true;
    } else if (before.is_word("på") && first > 1 &&
               is_one_of(m_sentence.at(first - 2), k_distributed)) {
        said = true;
    } else if (is_one_of(before, k_being) && whole.opens_whole) {
        said = true; // "Av de 17 som avslutats är 9 kvinnor och 8 män"
    } else if (!is_dash_or_colon(before)) {
        return;
    }
    if (whole.unit != Unit::Count || is_gender(whole))
        return;
    double sum = 0;
    bool women = false;
    bool men = false;
    for (std::size_t part : enumeration) {
        sum += m_mentions[part].value;
        women = women || m_mentions[part].head == Head::Women;
        men = men || m_mentions[part].head == Head::Men;
    }
    const bool adds_up =
        women && men && m_mentions[enumeration.front()].unit == Unit::Count && sum == whole.value;
    if (!said && !adds_up)
        return;
    for (std::size_t part : enumeration)
        m_split_of_part.emplace_back(m_mentions[part].number, m_splits.size());
    m_splits.push_back({whole.number});
}

namespace {

// The value stored for `number` in a list sorted by number, or null.
const std::size_t* find_by_number(const std::vector<std::pair<std::size_t, std::size_t>>& list,
                                  std::size_t number) {
    const auto found = std::lower_bound(list.begin(), list.end(), number,
                                        [](const std::pair<std::size_t, std::size_t>& entry,
                                           std::size_t key) { return entry.first < key; });
    return found != list.end() && found->first == number ? &found->second : nullptr;
}

} // namespace

const GenderReader::Enumeration* GenderReader::enumeration_of(std::size_t number) const {
    const std::size_t* index = find_by_number(m_enumeration_of_number, number);
    return index != nullptr ? &m_enumerations[*index] : nullptr;
}

// "har deltagit", "deltar", "är inskrivna", "har varit aktiva".
bool GenderReader::takes_part(std::size_t index) const {
    index = m_sentence.skip_fillers(index);
    if (is_one_of(m_sentence.at(index), k_taking_part_verbs))
        return true;
    return is_one_of(m_sentence.at(index), k_being) &&
           (is_one_of(m_sentence.at(index + 1), k_enrolled_participles) ||
            m_sentence.at(index + 1).is_word("aktiva"));
}

// "Andelen kvinnor och män var 60 respektive 40 procent": the counts in the order the kön
// were named.
std::optional<Measure> GenderReader::gender_in_named_order(const NumberMention& mention) const {
    const bool first = m_sentence.at(mention.predicate).is_word("respektive") &&
                       m_sentence.at(mention.predicate + 1).kind == TokenKind::Number;
    const bool second = mention.number >= 2 &&
                        m_sentence.at(mention.number - 1).is_word("respektive") &&
                        m_sentence.at(mention.number - 2).kind == TokenKind::Number;
    if (!first && !second)
        return std::nullopt;
    const std::size_t pair_start = first ? mention.number : mention.number - 2;
    std::size_t begin = pair_start > k_named_order_reach ? pair_start - k_named_order_reach : 0;
    std::optional<bool> women_first;
    for (std::size_t index = pair_start; index > begin; --index) {
        const Token& token = m_sentence.at(index - 1);
        if (token.is_mark(";") || token.is_mark(".")) {
            begin = index;
            break;
        }
        if (!women_first && index >= 3 && m_sentence.at(index - 2).is_word("och")) {
            const Token& named_first = m_sentence.at(index - 3);
            if (is_one_of(named_first, k_women) && is_one_of(token, k_men))
                women_first = true;
            else if (is_one_of(named_first, k_men) && is_one_of(token, k_women))
                women_first = false;
        }
    }
    // "Av dem som fått arbete var kvinnor och män 3 respektive 2": the kön of an outcome.
    for (std::size_t index = begin; index < pair_start; ++index) {
        const Token& token = m_sentence.at(index);
        if (is_one_of(token, k_outcome_receive_verbs) || is_one_of(token, k_outcome_start_verbs) ||
            is_one_of(token, k_outcome_move_verbs) || is_one_of(token, k_ended_verbs))
            return std::nullopt;
    }
    if (!women_first)
        return std::nullopt;
    return *women_first == first ? Measure::ParticipantsWomen : Measure::ParticipantsMen;
}

std::optional<Measure> GenderReader::gender_of(const NumberMention& mention) const {
    if (auto named = gender_in_named_order(mention))
        return named;
    Head gender = mention.head;
    if ((gender == Head::Bare || gender == Head::OfParticipants) &&
        m_sentence.at(mention.predicate).is_word("är")) {
        const Token& noun = m_sentence.at(mention.predicate + 1);
        gender = is_one_of(noun, k_women) ? Head::Women
                 : is_one_of(noun, k_men) ? Head::Men
                                          : gender;
    }
    if (gender != Head::Women && gender != Head::Men)
        return std::nullopt;
    const Enumeration* enumeration = enumeration_of(mention.number);
    if (enumeration != nullptr) {
        // What follows the last count of "9 kvinnor och 5 män" is said of all of them.
        const std::size_t after = m_mentions[enumeration->back()].predicate;
        const bool said_of_them = !is_clause_boundary(m_sentence.at(after));
        if (said_of_them && (enumeration->size() == 1 || !takes_part(after)))
            return std::nullopt;
        const std::size_t first = m_mentions[enumeration->front()].number;
        if (first > 0 && is_one_of(m_sentence.at(first - 1), k_concerning_verbs))
            return std::nullopt;
    }
    return gender == Head::Women ? Measure::ParticipantsWomen : Measure::ParticipantsMen;
}

bool GenderReader::names_all_participants(const NumberMention& mention) const {
    if (!is_gender(mention) || split_of_part(mention.number) != nullptr)
        return false;
    return m_gender_counts == 1;
}

const GenderSplit* GenderReader::split_of_whole(std::size_t number) const {
    const auto found = std::lower_bound(
        m_splits.begin(), m_splits.end(), number,
        [](const GenderSplit& split, std::size_t key) { return split.whole < key; });
    return found != m_splits.end() && found->whole == number ? &*found : nullptr;
}

const GenderSplit* GenderReader::split_of_part(std::size_t number) const {
    const std::size_t* index = find_by_number(m_split_of_part, number);
    return index != nullptr ? &m_splits[*index] : nullptr;
}

} // namespace finsam::figures
