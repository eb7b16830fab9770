#include "ingest/figures/LabelValue.h"

#include "ingest/figures/Outcomes.h"

#include <algorithm>
#include <string_view>

namespace finsam::figures {

namespace {

using namespace vocabulary;

// Words a label may hold that do not change what it counts.
constexpr std::string_view k_label_fillers[] = {
    "antal", "antalet",  "totalt",    "total",        "totala", "sammanlagt",  "summa",
    "varav", "därav",    "av",        "dessa",        "bland",  "som",         "har",
    "i",     "insatsen", "projektet", "verksamheten", "st",     "stycken",     "per",
    "vid",   "slut",     "start",     "starten",      "unika",  "projektstart"};
// Verbs a label may hold: "Antal deltagare som gått (vidare) till arbete", where the
// destination follows, and "Antal personer som deltagit i insatsen", all who took part.
constexpr std::string_view k_label_verbs[] = {"gått",     "kommit", "övergått", "vidare",
                                              "deltagit", "deltog", "medverkat"};
// A label of these alone ("Totalt: 23") counts what the labels beside it count.
constexpr std::string_view k_label_total_words[] = {"totalt", "total", "totala", "sammanlagt",
                                                    "summa"};
// Words that place the count at one time: the enrolled "just nu" are those enrolled now.
constexpr std::string_view k_label_now_words[] = {
    "nu",      "just",      "idag",       "dag",   "dagsläget",
    "nuläget", "periodens", "kvartalets", "årets", "fortfarande"};
// Words that make the count one of a period: "Inskrivna under perioden".
constexpr std::string_view k_label_period_words[] = {"under",    "perioden", "kvartalet", "året",
                                                     "halvåret", "hittills", "sedan",     "år"};
constexpr std::string_view k_label_ended_words[] = {"avslutade", "avslutats", "avslutad",
                                                    "avslutat", "avslut"};
constexpr std::string_view k_label_enrolled_words[] = {"inskrivna", "aktiva", "pågående"};
// A label of new participants counts the new, which is no measure read from text.
constexpr std::string_view k_label_new_words[] = {"nya", "nytillkomna", "nyinskrivna"};
constexpr std::string_view k_share_words[] = {"andel", "andelen", "procent"};
// The words of a destination after "till": "till arbete eller reguljära studier".
constexpr std::string_view k_label_destination_joints[] = {"eller", "och", "vidare"};
constexpr std::string_view k_part_words[] = {"varav", "därav"};
// Before a kön named before its count: "varav kvinnor 20 och män 13".
constexpr std::string_view k_kon_label_openers[] = {"varav", "därav", "och"};
// How far from a "Totalt:" line its neighbouring labels stand, in tokens.
constexpr std::size_t k_label_neighbourhood = 30;
// A flattened table row has no colon: its label opens with a count word.
constexpr std::string_view k_count_words[] = {"antal", "antalet"};

struct LabelWords {
    bool participants = false;
    bool women = false;
    bool men = false;
    bool ended = false;
    bool enrolled = false;
    bool anonymous = false;
    bool now = false;
    bool period = false;
    bool fresh = false;
    bool share = false;
    bool total = false;
    bool part = false; // "varav", "därav"
    std::optional<Measure> destination;
    bool names_destination = false;
};

bool is_label_mark(const Token& token) {
    return token.is_mark("(") || token.is_mark(")") || token.is_mark("/");
}

bool is_destination_word(const Token& token) {
    return is_work(token) || is_studies(token) || is_one_of(token, k_destination_modifiers) ||
           is_one_of(token, k_label_destination_joints) || token.is_mark("/");
}

// Sorts one label word; false for a word a label of a participant figure does not hold.
bool sort_word(const Token& word, LabelWords& label) {
    label.total = label.total || is_one_of(word, k_label_total_words);
    label.part = label.part || is_one_of(word, k_part_words);
    if (is_label_mark(word) || is_one_of(word, k_label_fillers) || is_one_of(word, k_label_verbs))
        return true;
    bool known = true;
    if (is_one_of(word, k_participant_nouns))
        label.participants = true;
    else if (is_one_of(word, k_women))
        label.women = true;
    else if (is_one_of(word, k_men))
        label.men = true;
    else if (is_one_of(word, k_label_ended_words))
        label.ended = true;
    else if (is_one_of(word, k_label_enrolled_words))
        label.enrolled = true;
    else if (word.is_word("anonyma"))
        label.anonymous = true;
    else if (is_one_of(word, k_label_new_words))
        label.fresh = true;
    else if (is_one_of(word, k_share_words))
        label.share = true;
    else if (is_one_of(word, k_label_now_words))
        label.now = true;
    else if (is_one_of(word, k_label_period_words))
        label.period = true;
    else
        known = false;
    return known;
}

// The words from `begin` to `end`, or nullopt when one is not a label word.
std::optional<LabelWords> read_label(const SentenceView& sentence, std::size_t begin,
                                     std::size_t end) {
    LabelWords label;
    for (std::size_t index = begin; index < end; ++index) {
        const Token& word = sentence.at(index);
        const bool starts =
            is_one_of(word, k_outcome_receive_verbs) || is_one_of(word, k_outcome_start_verbs);
        if (word.is_word("till") || starts) {
            // "Avslutade till arbete eller studier", "Antal som påbörjat studier": the rest of
            // the label is the destination.
            label.names_destination = true;
            label.destination = destination_at(sentence, index + 1);
            for (std::size_t rest = index + 1; rest < end; ++rest) {
                if (!is_destination_word(sentence.at(rest)))
                    return std::nullopt;
            }
            return label;
        }
        if (!sort_word(word, label))
            return std::nullopt;
    }
    return label;
}

// Label words run back from `end` to a number, a mark or the sentence's start.
std::size_t label_start(const SentenceView& sentence, std::size_t end) {
    std::size_t begin = end;
    while (begin > 0 && (sentence.at(begin - 1).kind == TokenKind::Word ||
                         is_label_mark(sentence.at(begin - 1))))
        --begin;
    // "30 st Kvinnor: 18": the unit belongs to the value before.
    while (begin < end && begin > 0 && sentence.at(begin - 1).kind == TokenKind::Number &&
           is_one_of(sentence.at(begin), k_counted_units))
        ++begin;
    return begin;
}

// Label words from `index` up to a colon: the next line of a joined list ("64 Kvinnor: 38").
bool starts_label(const SentenceView& sentence, std::size_t index) {
    const std::size_t begin = index;
    while (sentence.at(index).kind == TokenKind::Word || is_label_mark(sentence.at(index)))
        ++index;
    return index > begin && sentence.at(index).is_mark(":") &&
           read_label(sentence, begin, index).has_value();
}

// After a label's value: the line's end, a mark, the next label, or the next kön named
// before its count ("kvinnor 20 och män 13").
bool ends_value(const SentenceView& sentence, const NumberMention& mention) {
    const Token& next = sentence.at(mention.predicate);
    if (next.kind == TokenKind::Punctuation)
        return true;
    const Token& kon = sentence.at(mention.predicate + 1);
    if (next.is_word("och") && (is_one_of(kon, k_women) || is_one_of(kon, k_men)) &&
        sentence.at(mention.predicate + 2).kind == TokenKind::Number)
        return true;
    return next.kind == TokenKind::Word && starts_label(sentence, mention.predicate);
}

std::optional<Measure> measure_of(const LabelWords& label, Unit unit) {
    if (label.fresh || (label.share && unit != Unit::Percent))
        return std::nullopt;
    const bool one_kon = label.women != label.men;
    if (label.names_destination)
        return label.women || label.men ? std::nullopt : label.destination;
    if (one_kon && !label.ended && !label.enrolled)
        return label.women ? Measure::ParticipantsWomen : Measure::ParticipantsMen;
    if (unit != Unit::Count || label.women || label.men)
        return std::nullopt;
    if (label.anonymous)
        return Measure::ParticipantsAnonymous;
    if (label.ended)
        return Measure::ParticipantsEnded;
    if (label.enrolled)
        return label.period && !label.now ? Measure::ParticipantsTotal
                                          : Measure::ParticipantsCurrent;
    if (label.participants)
        return label.now ? Measure::ParticipantsCurrent : Measure::ParticipantsTotal;
    return std::nullopt;
}

bool names_something(const LabelWords& label) {
    return label.participants || label.women || label.men || label.ended || label.enrolled ||
           label.anonymous || label.fresh || label.names_destination;
}

} // namespace

// Whether another label near `index` names participants or a kön ("Män: 9 Kvinnor: 14").
bool has_participant_label(const SentenceView& sentence, std::size_t index) {
    const std::size_t first = index > k_label_neighbourhood ? index - k_label_neighbourhood : 1;
    const std::size_t last = std::min(sentence.size(), index + k_label_neighbourhood);
    for (std::size_t colon = std::max<std::size_t>(first, 1); colon < last; ++colon) {
        if (!sentence.at(colon).is_mark(":"))
            continue;
        const auto label = read_label(sentence, label_start(sentence, colon), colon);
        if (label && (label->participants || label->women || label->men))
            return true;
    }
    return false;
}

// "varav kvinnor 20 och män 13": a kön before its count, in a split.
std::optional<LabelledValue> kon_before_value(const SentenceView& sentence,
                                              const NumberMention& mention) {
    if (mention.number < 2 || !is_one_of(sentence.at(mention.number - 2), k_kon_label_openers))
        return std::nullopt;
    const Token& kon = sentence.at(mention.number - 1);
    if (is_one_of(kon, k_women))
        return LabelledValue{Measure::ParticipantsWomen, true};
    if (is_one_of(kon, k_men))
        return LabelledValue{Measure::ParticipantsMen, true};
    return std::nullopt;
}

std::optional<LabelledValue> read_label_value(const SentenceView& sentence,
                                              const NumberMention& mention) {
    if (mention.number == 0 || !ends_value(sentence, mention))
        return std::nullopt;
    if (auto kon = kon_before_value(sentence, mention))
        return kon;
    const bool colon = sentence.at(mention.number - 1).is_mark(":");
    const std::size_t end = colon ? mention.number - 1 : mention.number;
    const std::size_t begin = label_start(sentence, end);
    if (begin == end || (!colon && !is_one_of(sentence.at(begin), k_count_words)))
        return std::nullopt;
    const auto label = read_label(sentence, begin, end);
    if (!label)
        return std::nullopt;
    if (!names_something(*label)) {
        const bool total = label->total && colon && mention.unit == Unit::Count &&
                           has_participant_label(sentence, mention.number);
        return total ? std::optional(LabelledValue{Measure::ParticipantsTotal}) : std::nullopt;
    }
    return LabelledValue{measure_of(*label, mention.unit), label->part};
}

} // namespace finsam::figures
