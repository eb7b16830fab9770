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
            !is_one_of(at(index + 1), k_women))
            return std::nullopt;
        mention.bound = is_bound(index);
        read_head(index + 1, mention);
        if (mention.unit == Unit::Count && mention.value != std::floor(mention.value))
            return std::nullopt; // "10,7 deltagare i snitt" is an average, not a count
        if (mention.head == Head::Bare && mention.value >= k_largest_bare_count)
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

    // In "7 av 10 deltagare" only the 7 is a figure.
    bool is_whole_of_part(std::size_t index) const {
        return index >= 2 && m_tokens[index - 1].is_word("av") && is_number(m_tokens[index - 2]);
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
        }
        bool counted = false;
        if (is_one_of(at(index), k_counted_units)) {
            counted = true;
            ++index;
        }
        if (at(index).is_word("av")) {
            if (!is_number(at(index + 1))) {
                read_reference(index + 1, mention);
                return;
            }
            mention.part_of_count = true;
            index += 2;
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

    // After "av": "dessa", "deltagarna", "de som avslutats", "de avslutade".
    void read_reference(std::size_t index, NumberMention& mention) const {
        const Token& word = at(index);
        if (is_one_of(word, k_reference_words) || is_one_of(word, k_participant_nouns)) {
            ++index;
            if (is_one_of(at(index), k_participant_nouns))
                ++index;
            mention.head = Head::OfParticipants;
            mention.predicate = index;
            return;
        }
        mention.head = Head::Other;
        mention.predicate = index;
        if (!word.is_word("de"))
            return;
        if (at(index + 1).is_word("avslutade")) {
            index += 2;
            if (is_one_of(at(index), k_participant_nouns))
                ++index;
            mention.head = Head::OfEnded;
            mention.predicate = index;
            return;
        }
        if (!at(index + 1).is_word("som"))
            return;
        index += 2;
        if (is_one_of(at(index), k_have))
            ++index;
        if (!is_one_of(at(index), k_ended_verbs))
            return;
        // Past "of those who ended (during the period)" to the verb that says where they went.
        for (std::size_t verb = index + 1;
             verb < m_tokens.size() && verb <= index + k_finite_verb_search; ++verb) {
            if (is_one_of(at(verb), k_finite_verbs)) {
                mention.head = Head::OfEnded;
                mention.predicate = verb;
                return;
            }
            if (is_clause_boundary(at(verb)))
                return;
        }
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
