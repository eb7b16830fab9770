#include "ingest/figures/NumberMention.h"

#include "ingest/figures/Vocabulary.h"

#include <cmath>

namespace finsam::figures {

namespace {

using namespace vocabulary;

constexpr std::size_t k_finite_verb_search = 8;
constexpr double k_largest_bare_count = 1000; // a bare number this large is a year or a date

bool is_number(const Token& token) {
    return token.kind == TokenKind::Number;
}

bool is_person_noun(const Token& token) {
    return is_one_of(token, k_participant_nouns) || is_one_of(token, k_women) ||
           is_one_of(token, k_men);
}

// "kvinnor och män", "män/kvinnor": both together are the participants.
bool is_women_and_men(const Token& first, const Token& joint, const Token& second) {
    if (!joint.is_word("och") && !joint.is_mark("/"))
        return false;
    return (is_one_of(first, k_women) && is_one_of(second, k_men)) ||
           (is_one_of(first, k_men) && is_one_of(second, k_women));
}

bool is_dash(const Token& token) {
    return token.is_mark("-") || token.is_mark("\u2013") || token.is_mark("\u2014") ||
           token.is_mark("/");
}

class MentionReader {
public:
    explicit MentionReader(const std::vector<Token>& tokens) : m_tokens(tokens) {}

    std::optional<NumberMention> read(std::size_t index) const {
        if (!is_number(m_tokens[index]) || is_range_or_date(index) || is_whole_of_part(index))
            return std::nullopt;
        NumberMention mention;
        mention.number = index;
        mention.value = m_tokens[index].value;
        const Token& number = m_tokens[index];
        mention.spelled_one = number.spelled && (number.text == "en" || number.text == "ett");
        if (mention.spelled_one && !is_one_of(at(index + 1), k_singular_nouns) &&
            !is_one_of(at(index + 1), k_women) && !is_one_with_outcome(index))
            return std::nullopt;
        mention.bound = is_bound(index);
        mention.opens_whole = opens_whole(index);
        read_head(index + 1, mention);
        if (mention.unit == Unit::Count && mention.value != std::floor(mention.value))
            return std::nullopt; // "10,7 deltagare i snitt" is an average, not a count
        // A large bare number is a year or a date, unless it is a label's value ("Totalt: 1 250").
        if (mention.head == Head::Bare && mention.value >= k_largest_bare_count &&
            !(index > 0 && m_tokens[index - 1].is_mark(":")))
            return std::nullopt;
        return mention;
    }

private:
    const Token& at(std::size_t index) const { return token_at(m_tokens, index); }

    bool is_range_or_date(std::size_t index) const {
        if (index >= 2 && is_dash(m_tokens[index - 1]) && is_number(m_tokens[index - 2]))
            return true;
        if (is_dash(at(index + 1)) && is_number(at(index + 2)))
            return true;
        return (index > 0 && is_one_of(m_tokens[index - 1], k_months)) ||
               is_one_of(at(index + 1), k_months);
    }

    // In "7 av 10 deltagare" and "7 av de 10 avslutade" only the 7 is a figure.
    bool is_whole_of_part(std::size_t index) const {
        std::size_t before = index;
        if (before >= 1 && m_tokens[before - 1].is_word("de"))
            --before;
        return before >= 2 && m_tokens[before - 1].is_word("av") && is_number(m_tokens[before - 2]);
    }

    // "Av de 18 som avslutats", "Av totalt 40 deltagare", "Av 30 avslutade", with "av"
    // opening the clause, and "bland de 44 deltagarna" anywhere. Not "besvarats av samtliga
    // 14 deltagare", where "av" names who did it.
    bool opens_whole(std::size_t index) const {
        const bool opener = index >= 1 && is_one_of(m_tokens[index - 1], k_whole_openers);
        const std::size_t preposition = opener ? index - 1 : index;
        if (preposition == 0)
            return false;
        const Token& word = m_tokens[preposition - 1];
        if (word.is_word("bland"))
            return opener;
        return word.is_word("av") &&
               (preposition == 1 || is_clause_boundary(m_tokens[preposition - 2]));
    }

    // "och en har börjat studera", "och en till arbete": "en" before "har" and a verb of
    // outcome, or before "till" and a destination, is one person.
    bool is_one_with_outcome(std::size_t index) const {
        const Token& verb = at(index + 2);
        if (at(index + 1).is_word("till"))
            return is_work(verb) || is_studies(verb) || is_one_of(verb, k_destination_modifiers);
        return is_one_of(at(index + 1), k_have) &&
               (is_one_of(verb, k_outcome_receive_verbs) ||
                is_one_of(verb, k_outcome_start_verbs) || is_one_of(verb, k_outcome_move_verbs));
    }

    bool is_bound(std::size_t index) const {
        if (index == 0)
            return false;
        const Token& before = m_tokens[index - 1];
        return is_one_of(before, k_bounds) ||
               (before.is_word("till") && index >= 2 && m_tokens[index - 2].is_word("upp"));
    }

    void read_head(std::size_t index, NumberMention& mention) const {
        if (at(index).kind == TokenKind::Percent || at(index).is_word("procent")) {
            mention.unit = Unit::Percent;
            ++index;
        } else if (at(index).is_word("respektive") && is_number(at(index + 1)) &&
                   (at(index + 2).kind == TokenKind::Percent || at(index + 2).is_word("procent"))) {
            mention.unit = Unit::Percent; // "60 respektive 40 procent"
        }
        // "16 (40 %) har gått till arbete": the share in parentheses restates the count.
        if (mention.unit == Unit::Count && at(index).is_mark("(") && is_number(at(index + 1)) &&
            (at(index + 2).kind == TokenKind::Percent || at(index + 2).is_word("procent")) &&
            at(index + 3).is_mark(")"))
            index += 4;
        bool counted = false;
        if (is_one_of(at(index), k_counted_units)) {
            counted = true;
            ++index;
        }
        if (at(index).is_word("av")) {
            const std::size_t whole = at(index + 1).is_word("de") ? index + 2 : index + 1;
            if (!is_number(at(whole))) {
                read_reference(index + 1, mention);
                return;
            }
            mention.part_of_count = true;
            index = whole + 1;
            if (read_part_of_ended(index, mention))
                return;
        }
        for (;; ++index) {
            if (is_one_of(at(index), k_new) || at(index).is_word("avslutade")) {
                mention.head = Head::Other;
                mention.predicate = index;
                return;
            }
            if (at(index).is_word("anonyma"))
                mention.anonymous = true;
            else if (at(index).is_word("aktiva") || at(index).is_word("inskrivna"))
                mention.enrolled = true;
            else if (!is_one_of(at(index), k_participant_adjectives) ||
                     !is_person_noun(at(index + 1)))
                break;
        }
        read_noun(index, counted, mention);
    }

    void read_noun(std::size_t index, bool counted, NumberMention& mention) const {
        const Token& noun = at(index);
        // "Antal deltagare totalt: 64 Kvinnor: 38": the word before a colon is the next label.
        if (noun.kind == TokenKind::Word && at(index + 1).is_mark(":")) {
            mention.head = Head::Bare;
            mention.predicate = index;
            return;
        }
        if (is_one_of(noun, k_participant_nouns))
            mention.head = Head::Participants;
        else if (is_women_and_men(noun, at(index + 1), at(index + 2))) {
            mention.head = Head::Participants;
            index += 2;
        } else if (is_one_of(noun, k_women))
            mention.head = Head::Women;
        else if (is_one_of(noun, k_men))
            mention.head = Head::Men;
        if (mention.head != Head::Other) {
            ++index;
            // "12 individer/omgång" is a capacity, not a count.
            if (at(index).is_mark("/") && at(index + 1).kind == TokenKind::Word &&
                !is_one_of(at(index + 1), k_participant_nouns))
                mention.head = Head::Other;
        } else if (mention.anonymous || mention.enrolled || counted || index >= m_tokens.size() ||
                   is_clause_boundary(noun) || is_one_of(noun, k_bare_followers)) {
            mention.head = mention.anonymous ? Head::Participants : Head::Bare;
        }
        mention.predicate = index;
    }

    // After "av": "dessa", "deltagarna", "de inskrivna", "de som avslutats", "de avslutade".
    void read_reference(std::size_t index, NumberMention& mention) const {
        const Token& word = at(index);
        mention.head = Head::Other;
        mention.predicate = index;
        const bool those = word.is_word("de") || word.is_word("dem");
        if (those && at(index + 1).is_word("som")) {
            read_who_ended(index + 2, mention);
            return;
        }
        if (is_one_of(word, k_reference_words) || is_one_of(word, k_participant_nouns) ||
            (those && is_one_of(at(index + 1), k_enrolled_adjectives))) {
            ++index;
            if (is_one_of(at(index), k_participant_nouns) ||
                is_one_of(at(index), k_enrolled_adjectives))
                ++index;
            mention.head = Head::OfParticipants;
            mention.predicate = index;
            return;
        }
        if (those)
            read_part_of_ended(index + 1, mention);
    }

    // After the whole of a part: "(8 av 20) avslutade har", "(6 av 9) deltagare som avslutats
    // har", or after "av de": "avslutade deltagarna". True when it names those who ended.
    bool read_part_of_ended(std::size_t index, NumberMention& mention) const {
        if (at(index).is_word("avslutade")) {
            ++index;
            if (is_one_of(at(index), k_participant_nouns))
                ++index;
            mention.head = Head::OfEnded;
            mention.predicate = index;
            return true;
        }
        if (is_one_of(at(index), k_participant_nouns))
            ++index;
        return at(index).is_word("som") && read_who_ended(index + 1, mention);
    }

    // After "de som": "avslutats (under perioden) har", "har avslutat insatsen har". Past
    // "of those who ended" to the verb that says where they went.
    bool read_who_ended(std::size_t index, NumberMention& mention) const {
        if (is_one_of(at(index), k_have))
            ++index;
        if (!is_one_of(at(index), k_ended_verbs))
            return false;
        for (std::size_t verb = index + 1;
             verb < m_tokens.size() && verb <= index + k_finite_verb_search; ++verb) {
            if (is_one_of(at(verb), k_finite_verbs)) {
                mention.head = Head::OfEnded;
                mention.predicate = verb;
                return true;
            }
            if (is_clause_boundary(at(verb)))
                return false;
        }
        return false;
    }

    const std::vector<Token>& m_tokens;
};

} // namespace

const NumberMention* mention_at(const std::vector<NumberMention>& mentions, std::size_t number) {
    for (const NumberMention& mention : mentions) {
        if (mention.number == number)
            return &mention;
    }
    return nullptr;
}

bool is_clause_boundary(const Token& token) {
    if (token.kind == TokenKind::Punctuation) {
        return !(token.is_mark("/") || token.is_mark("\"") || token.is_mark("'") ||
                 token.is_mark("\u201d") || token.is_mark("\u2019") || token.is_mark("\u201c"));
    }
    return is_one_of(token, k_conjunctions);
}

std::vector<NumberMention> find_number_mentions(const std::vector<Token>& tokens) {
    std::vector<NumberMention> mentions;
    const MentionReader reader(tokens);
    for (std::size_t index = 0; index < tokens.size(); ++index) {
        if (auto mention = reader.read(index))
            mentions.push_back(*mention);
    }
    return mentions;
}

} // namespace finsam::figures
