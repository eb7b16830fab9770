#include "ingest/figures/FigureRules.h"

#include "ingest/figures/GenderRules.h"
#include "ingest/figures/NumberMention.h"
#include "ingest/figures/Outcomes.h"
#include "ingest/figures/SentenceView.h"
#include "ingest/figures/Vocabulary.h"

#include <cstddef>
#include <optional>

namespace finsam::figures {

namespace {

using namespace vocabulary;

constexpr std::size_t k_goal_heading_words = 3;
constexpr std::size_t k_total_verb_distance = 4; // "uppgår i dagsläget till 84 personer"

constexpr std::string_view k_amount_verbs[] = {"uppgår", "uppgick"};
constexpr std::string_view k_count_adjectives[] = {"aktiva", "inskrivna", "avslutade"};
constexpr std::string_view k_copulas[] = {"är", "var", "blev"};
constexpr std::string_view k_ended_adjectives[] = {"avslutade"};
constexpr std::string_view k_enrolled_adjectives[] = {"aktiva", "inskrivna"};
constexpr std::string_view k_still_words[] = {"fortfarande", "nu", "idag", "just"};
constexpr std::string_view k_enrolled_states[] = {"inskrivna", "inskriva", "aktiva"};
constexpr std::string_view k_taking_part[] = {"inne", "med"};
constexpr std::string_view k_enrolled_participles[] = {"inskrivna", "inskriva"};
constexpr std::string_view k_present_verbs[] = {"har", "är", "finns"};
// Verbs that make a total a statement of what happened, not a heading or a goal row.
constexpr std::string_view k_stating_verbs[] = {
    "har",      "hade",      "haft",     "är",         "var",       "varit",  "blev",   "blivit",
    "finns",    "fanns",     "funnits",  "deltog",     "deltagit",  "deltar", "skrevs", "skrivits",
    "omfattar", "omfattade", "omfattat", "medverkade", "medverkat", "uppgår", "uppgick"};

class SentenceRules {
public:
    SentenceRules(const std::vector<Token>& tokens, GoalContext context)
        : m_tokens(tokens), m_mentions(find_number_mentions(tokens)),
          m_goal(find_goal_part(tokens, m_mentions, context)), m_sentence(tokens, m_goal.end) {}

    std::vector<StatedFigure> figures() {
        std::vector<StatedFigure> figures;
        for (const NumberMention& mention : m_mentions) {
            if (auto measure = classify(mention))
                figures.push_back({*measure, mention.value, mention.unit});
        }
        return figures;
    }

private:
    // "Vid insatsens slut var 22 deltagare inskrivna": enrolled at the end is enrolled now.
    bool has_end_marker(std::size_t begin, std::size_t end) const {
        for (std::size_t index = begin; index < end && index < m_tokens.size(); ++index) {
            if (m_tokens[index].is_word("vid") && m_sentence.at(index + 2).is_word("slut"))
                return true;
        }
        return false;
    }

    bool has_now_marker(std::size_t begin, std::size_t end) const {
        for (std::size_t index = begin; index < end && index < m_tokens.size(); ++index) {
            const Token& token = m_tokens[index];
            if (is_one_of(token, k_now_words) ||
                (token.is_word("dag") && index > 0 && m_tokens[index - 1].is_word("i")))
                return true;
        }
        return false;
    }

    // A goal word before the number makes the number part of a goal, unless a verb of
    // achievement ("har nåtts"), a contrast ("men") or a ';' comes between, or another clause
    // with a count of its own ("Målet är 45 deltagare och hittills har 31 personer deltagit").
    bool in_goal(const NumberMention& mention) const {
        if (mention.number < m_goal.end)
            return true;
        bool other_clause = false;
        for (std::size_t index = mention.number; index > m_goal.end; --index) {
            const Token& token = m_tokens[index - 1];
            if (token.is_mark(";") || is_one_of(token, k_contrasts) ||
                is_one_of(token, k_goal_outcome_verbs))
                return false;
            if (is_one_of(token, k_goal_words))
                return true;
            if (is_clause_boundary(token)) {
                // "... och att 5 individer ..." goes on with the goal.
                other_clause = other_clause || !m_sentence.at(index).is_word("att");
            } else if (other_clause && token.kind == TokenKind::Number) {
                const NumberMention* earlier = mention_at(m_mentions, index - 1);
                if (earlier != nullptr && earlier->unit == Unit::Count &&
                    (earlier->head == Head::Participants || earlier->head == Head::Bare))
                    return false;
            }
        }
        return false;
    }

    // "räknar vi med att totalt omkring 40 personer kommer att ha deltagit", "förväntas". A
    // verb of expecting reaches into the clauses after it ("Vi räknar med att, om inflödet
    // håller i sig, 40 ..."); "kommer att" speaks only of its own clause.
    bool is_forecast(const NumberMention& mention) const {
        const std::size_t start = m_sentence.clause_start(mention.number);
        const std::size_t end = m_sentence.clause_end(mention.predicate);
        for (std::size_t index = reach_of_forecast(start); index < end; ++index) {
            const Token& token = m_tokens[index];
            if (is_one_of(token, k_forecast_words))
                return true;
            if (is_one_of(token, k_reckon_verbs) && (m_sentence.at(index + 1).is_word("med") ||
                                                     m_sentence.at(index + 2).is_word("med")))
                return true;
            if (index >= start && token.is_word("kommer") && is_future(index, end))
                return true;
        }
        return false;
    }

    // Where a verb of expecting must stand to reach the clause at `start`: in the same
    // sentence, and not before a "men" that opens another main clause.
    std::size_t reach_of_forecast(std::size_t start) const {
        const std::size_t first = start >= m_goal.end ? m_goal.end : 0;
        while (start > first && !m_tokens[start - 1].is_mark(";") &&
               !is_one_of(m_tokens[start - 1], k_contrasts))
            --start;
        return start;
    }

    // "kommer att ha deltagit", "kommer inte att", "kommer bli", and with the subject between:
    // "Totalt kommer omkring 40 personer att ha deltagit". Not "kommer från", "för att".
    bool is_future(std::size_t kommer, std::size_t clause_end) const {
        if (is_one_of(m_sentence.at(kommer + 1), k_future_markers))
            return true;
        for (std::size_t index = kommer + 1; index < clause_end; ++index) {
            if (m_tokens[index].is_word("att") && !m_tokens[index - 1].is_word("för"))
                return true;
        }
        return false;
    }

    std::optional<Measure> classify(const NumberMention& mention) {
        if (mention.number == m_goal.result_column &&
            is_clause_boundary(m_sentence.at(mention.predicate)))
            return result_of_goal_row(mention);
        if (in_goal(mention)) {
            // "5 deltagare har avslutats" in a goal is a goal for endings, not for enrolment.
            if (m_target_taken || mention.unit != Unit::Count ||
                mention.head != Head::Participants || mention.anonymous || mention.part_of_count ||
                is_ended(m_sentence, mention.predicate) || outcome_of(m_sentence, mention))
                return std::nullopt;
            m_target_taken = true;
            return Measure::ParticipantsTarget;
        }
        // "ska ha fått arbete" is a plan, whatever the sentence calls it.
        if (mention.bound ||
            m_sentence.any_of(m_sentence.clause_start(mention.number),
                              m_sentence.clause_end(mention.predicate), k_modal_words) ||
            is_forecast(mention))
            return std::nullopt;
        if (mention.anonymous)
            return mention.unit == Unit::Count ? std::optional(Measure::ParticipantsAnonymous)
                                               : std::nullopt;
        if (auto gender = gender_of(m_sentence, mention))
            return gender;
        if (mention.head == Head::Other || mention.head == Head::Women || mention.head == Head::Men)
            return std::nullopt;
        if (auto outcome = outcome_of(m_sentence, mention))
            return outcome;
        if (mention.spelled_one)
            return std::nullopt; // "en person har avslutats ..." tells of one person
        if (mention.head != Head::OfEnded && mention.head != Head::OfParticipants &&
            is_ended(m_sentence, mention.predicate))
            return Measure::ParticipantsEnded;
        if (mention.unit != Unit::Count || mention.part_of_count || mention.head == Head::OfEnded ||
            mention.head == Head::OfParticipants)
            return std::nullopt;
        if (auto counted = count_of_stated_number(mention))
            return counted;
        if (is_current(mention))
            return Measure::ParticipantsCurrent;
        if (is_total(mention))
            return Measure::ParticipantsTotal;
        return std::nullopt;
    }

    // The second column of a goal row: "Totalt 45 deltagare under projekttiden 39 deltagare
    // (87 %)" reached 39 participants in total. Only a bare participant count is read so.
    std::optional<Measure> result_of_goal_row(const NumberMention& mention) const {
        if (!m_target_taken || mention.head != Head::Participants || mention.unit != Unit::Count ||
            mention.part_of_count || mention.anonymous || mention.bound)
            return std::nullopt;
        return Measure::ParticipantsTotal;
    }

    // "Antalet deltagare som har varit inskrivna är 17 stycken", "... uppgår till 84 personer".
    std::optional<Measure> count_of_stated_number(const NumberMention& mention) const {
        const std::size_t start = m_sentence.clause_start(mention.number);
        std::size_t last = mention.number;
        while (last > start && is_one_of(m_tokens[last - 1], k_approximations))
            --last;
        if (last == start)
            return std::nullopt;
        const Token& before = m_tokens[last - 1];
        const bool amounts_to =
            before.is_word("till") &&
            m_sentence.any_of(last > k_total_verb_distance + start ? last - k_total_verb_distance
                                                                   : start,
                              last, k_amount_verbs);
        for (std::size_t index = start; index < last; ++index) {
            if (!m_tokens[index].is_word("antalet") && !m_tokens[index].is_word("antal"))
                continue;
            const std::size_t noun = m_sentence.skip(index + 1, k_count_adjectives);
            if (!is_one_of(m_sentence.at(noun), k_participant_nouns) ||
                !(amounts_to || is_one_of(before, k_copulas)))
                continue;
            if (m_sentence.any_of(index + 1, noun, k_ended_adjectives) ||
                m_sentence.any_of(noun, last, k_ended_verbs))
                return Measure::ParticipantsEnded;
            if (m_sentence.any_of(index + 1, noun, k_enrolled_adjectives))
                return Measure::ParticipantsCurrent;
            return Measure::ParticipantsTotal;
        }
        if (amounts_to && mention.head == Head::Participants)
            return Measure::ParticipantsTotal;
        return std::nullopt;
    }

    // "Idag har projektet totalt 25 deltagare inskrivna", "5 är aktivt inne i insatsen",
    // "Idag har projektet 30 deltagare".
    bool is_current(const NumberMention& mention) const {
        const std::size_t start = m_sentence.clause_start(mention.number);
        const std::size_t end = m_sentence.clause_end(mention.predicate);
        std::size_t index = mention.predicate;
        const bool present = m_sentence.at(index).is_word("är");
        index = m_sentence.skip(index + (present ? 1 : 0), k_still_words);
        const Token& state = m_sentence.at(index);
        const bool enrolled =
            mention.enrolled || is_one_of(state, k_enrolled_states) ||
            (state.is_word("aktivt") && is_one_of(m_sentence.at(index + 1), k_taking_part));
        if (!enrolled) {
            return mention.head == Head::Participants && mention.predicate == end &&
                   has_now_marker(start, mention.number) &&
                   m_sentence.any_of(start, mention.number, k_present_verbs);
        }
        if (has_now_marker(start, end) || has_end_marker(start, end))
            return true;
        return present && !m_sentence.any_of(start, end, k_total_words);
    }

    // "Projektet har totalt haft 39 deltagare", "374 deltagare totalt", "Totalt har 39
    // personer varit/är inskrivna", "de fem individer som deltagit i insatsen".
    bool is_total(const NumberMention& mention) const {
        std::size_t index = mention.predicate;
        const bool relative = m_sentence.at(index).is_word("som");
        index = m_sentence.skip_fillers(index + (relative ? 1 : 0));
        if ((relative || mention.head == Head::Participants) && took_part_in_insats(index))
            return true;
        if (mention.head != Head::Participants)
            return false;
        if (m_sentence.at(index).is_word("varit")) {
            index = m_sentence.at(index + 1).is_mark("/") && m_sentence.at(index + 2).is_word("är")
                        ? index + 3
                        : index + 1;
            if (is_one_of(m_sentence.at(index), k_enrolled_participles))
                return true;
        }
        // The count's own verb, before it or right after its noun; not the verb of a count
        // after it ("Totalt 45 deltagare under projekttiden Hittills har 31 personer deltagit").
        const std::size_t start = m_sentence.clause_start(mention.number);
        return m_sentence.any_of(start, m_sentence.clause_end(mention.predicate), k_total_words) &&
               (m_sentence.any_of(start, mention.number, k_stating_verbs) ||
                is_one_of(m_sentence.at(m_sentence.verb_after(mention.predicate)),
                          k_stating_verbs) ||
                is_one_of(m_sentence.at(mention.predicate), k_stating_verbs));
    }

    // "deltagit", "medverkat i projektet"; not "deltagit i workshopen", which counts a part.
    bool took_part_in_insats(std::size_t verb) const {
        if (!is_one_of(m_sentence.at(verb), k_took_part))
            return false;
        return is_clause_boundary(m_sentence.at(verb + 1)) ||
               (m_sentence.at(verb + 1).is_word("i") &&
                is_one_of(m_sentence.at(verb + 2), k_insats_words));
    }

    const std::vector<Token>& m_tokens;
    std::vector<NumberMention> m_mentions;
    GoalPart m_goal;
    SentenceView m_sentence;
    bool m_target_taken = false;
};

} // namespace

std::vector<StatedFigure> figures_in_sentence(const std::vector<Token>& tokens,
                                              GoalContext context) {
    return SentenceRules(tokens, context).figures();
}

bool introduces_goals(const std::vector<Token>& tokens) {
    bool has_goal_word = false;
    std::size_t word_count = 0;
    for (const Token& token : tokens) {
        if (token.kind != TokenKind::Word)
            continue;
        ++word_count;
        has_goal_word = has_goal_word || (token.text.find("mål") != std::string::npos &&
                                          is_one_of(token, k_goal_words));
    }
    if (!has_goal_word)
        return false;
    return word_count <= k_goal_heading_words || tokens.back().is_mark(":");
}

} // namespace finsam::figures
