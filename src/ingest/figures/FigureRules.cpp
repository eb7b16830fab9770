#include "ingest/figures/FigureRules.h"

#include "ingest/figures/NumberMention.h"
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
// "Av de 14 ärendena gällde 9 kvinnor och 5 män": the women and men of something else.
constexpr std::string_view k_concerning_verbs[] = {"gällde", "gäller", "avsåg",
                                                   "avser",  "rörde",  "rör"};
// Verbs that make a total a statement of what happened, not a heading or a goal row.
constexpr std::string_view k_stating_verbs[] = {
    "har",      "hade",      "haft",     "är",         "var",       "varit",  "blev",   "blivit",
    "finns",    "fanns",     "funnits",  "deltog",     "deltagit",  "deltar", "skrevs", "skrivits",
    "omfattar", "omfattade", "omfattat", "medverkade", "medverkat", "uppgår", "uppgick"};

class SentenceRules {
public:
    SentenceRules(const std::vector<Token>& tokens, GoalContext context)
        : m_tokens(tokens), m_mentions(find_number_mentions(tokens)),
          m_goal(find_goal_part(tokens, m_mentions, context)) {}

    std::vector<StatedFigure> figures() {
        std::vector<StatedFigure> figures;
        for (const NumberMention& mention : m_mentions) {
            if (auto measure = classify(mention))
                figures.push_back({*measure, mention.value, mention.unit});
        }
        return figures;
    }

private:
    const Token& at(std::size_t index) const { return token_at(m_tokens, index); }

    // A goal that opens the sentence is a clause of its own: its "Totalt" is not the outcome's.
    std::size_t clause_start(std::size_t index) const {
        const std::size_t first = index >= m_goal.end ? m_goal.end : 0;
        while (index > first && !is_clause_boundary(m_tokens[index - 1]))
            --index;
        return index;
    }

    std::size_t clause_end(std::size_t index) const {
        while (index < m_tokens.size() && !is_clause_boundary(m_tokens[index]))
            ++index;
        return index;
    }

    bool any_of(std::size_t begin, std::size_t end, WordList words) const {
        for (std::size_t index = begin; index < end && index < m_tokens.size(); ++index) {
            if (is_one_of(m_tokens[index], words))
                return true;
        }
        return false;
    }

    std::size_t skip(std::size_t index, WordList words) const {
        while (is_one_of(at(index), words))
            ++index;
        return index;
    }

    // Fillers between subject and verb, including "till och med".
    std::size_t skip_fillers(std::size_t index) const {
        while (true) {
            index = skip(index, k_fillers);
            if (!(at(index).is_word("till") && at(index + 1).is_word("och") &&
                  at(index + 2).is_word("med")))
                return index;
            index += 3;
        }
    }

    // "Vid insatsens slut var 22 deltagare inskrivna": enrolled at the end is enrolled now.
    bool has_end_marker(std::size_t begin, std::size_t end) const {
        for (std::size_t index = begin; index < end && index < m_tokens.size(); ++index) {
            if (m_tokens[index].is_word("vid") && at(index + 2).is_word("slut"))
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
                other_clause = other_clause || !at(index).is_word("att");
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
        const std::size_t start = clause_start(mention.number);
        const std::size_t end = clause_end(mention.predicate);
        for (std::size_t index = reach_of_forecast(start); index < end; ++index) {
            const Token& token = m_tokens[index];
            if (is_one_of(token, k_forecast_words))
                return true;
            if (is_one_of(token, k_reckon_verbs) &&
                (at(index + 1).is_word("med") || at(index + 2).is_word("med")))
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
        if (is_one_of(at(kommer + 1), k_future_markers))
            return true;
        for (std::size_t index = kommer + 1; index < clause_end; ++index) {
            if (m_tokens[index].is_word("att") && !m_tokens[index - 1].is_word("för"))
                return true;
        }
        return false;
    }

    // The verb after a subject, past fillers and a modal: "ska ha fått arbete" -> "fått".
    std::size_t verb_after(std::size_t predicate) const {
        return skip_fillers(skip(skip_fillers(predicate), k_modal_words));
    }

    std::optional<Measure> classify(const NumberMention& mention) {
        if (mention.number == m_goal.result_column && is_clause_boundary(at(mention.predicate)))
            return result_of_goal_row(mention);
        if (in_goal(mention)) {
            // "5 deltagare har avslutats" in a goal is a goal for endings, not for enrolment.
            if (m_target_taken || mention.unit != Unit::Count ||
                mention.head != Head::Participants || mention.anonymous || mention.part_of_count ||
                is_ended(mention.predicate) || outcome_of(mention))
                return std::nullopt;
            m_target_taken = true;
            return Measure::ParticipantsTarget;
        }
        // "ska ha fått arbete" is a plan, whatever the sentence calls it.
        if (mention.bound ||
            any_of(clause_start(mention.number), clause_end(mention.predicate), k_modal_words) ||
            is_forecast(mention))
            return std::nullopt;
        if (mention.anonymous)
            return mention.unit == Unit::Count ? std::optional(Measure::ParticipantsAnonymous)
                                               : std::nullopt;
        if (auto gender = gender_of(mention))
            return gender;
        if (mention.head == Head::Other || mention.head == Head::Women || mention.head == Head::Men)
            return std::nullopt;
        if (auto outcome = outcome_of(mention))
            return outcome;
        if (mention.spelled_one)
            return std::nullopt; // "en person har avslutats ..." tells of one person
        if (mention.head != Head::OfEnded && mention.head != Head::OfParticipants &&
            is_ended(mention.predicate))
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

    // "19 kvinnor och 4 män", "208 av dessa är kvinnor, 166 är män".
    std::optional<Measure> gender_of(const NumberMention& mention) const {
        Head gender = mention.head;
        if ((gender == Head::Bare || gender == Head::OfParticipants) &&
            at(mention.predicate).is_word("är")) {
            const Token& noun = at(mention.predicate + 1);
            gender = is_one_of(noun, k_women) ? Head::Women
                     : is_one_of(noun, k_men) ? Head::Men
                                              : gender;
        }
        if (gender != Head::Women && gender != Head::Men)
            return std::nullopt;
        // "2 kvinnor har fått arbete" says what happened to them, not how many there are.
        if (mention.head == gender && !is_clause_boundary(at(mention.predicate)))
            return std::nullopt;
        const std::size_t first = enumeration_start(mention.number);
        if (first > 0 && is_one_of(m_tokens[first - 1], k_concerning_verbs))
            return std::nullopt;
        return gender == Head::Women ? Measure::ParticipantsWomen : Measure::ParticipantsMen;
    }

    // The first count of "9 kvinnor och 5 män", "tio unga kvinnor, fjorton unga män".
    std::size_t enumeration_start(std::size_t number) const {
        while (number >= 3 && (at(number - 1).is_word("och") || at(number - 1).is_mark(","))) {
            std::size_t earlier = number - 3;
            const Token& noun = at(number - 2);
            if (!is_one_of(noun, k_women) && !is_one_of(noun, k_men))
                break;
            if (is_one_of(at(earlier), k_participant_adjectives) && earlier > 0)
                --earlier;
            if (at(earlier).kind != TokenKind::Number)
                break;
            number = earlier;
        }
        return number;
    }

    std::optional<Measure> outcome_of(const NumberMention& mention) const {
        std::size_t index = verb_after(mention.predicate);
        if (is_one_of(at(index), k_negations))
            return std::nullopt;
        // "uppnått 26 % till arbete/studier"
        if (index == mention.predicate && at(index).is_word("till") &&
            any_of(clause_start(mention.number), mention.number, k_achieved))
            return destination(index + 1);
        const Token& verb = at(index);
        if (is_one_of(verb, k_outcome_receive_verbs) || is_one_of(verb, k_outcome_start_verbs))
            return destination(index + 1);
        if (!is_one_of(verb, k_outcome_move_verbs))
            return std::nullopt;
        index = skip(index + 1, k_outcome_particles);
        if (at(index).is_word("ut"))
            ++index;
        if (!is_one_of(at(index), k_destination_prepositions))
            return std::nullopt;
        return destination(index + 1);
    }

    // "arbete", "arbete/studier", "arbete eller studier", "arbete/påbörjat studier". Any other
    // alternative ("arbete/arbetssökande", "arbetsträning") makes it no work/studies figure.
    std::optional<Measure> destination(std::size_t index) const {
        bool work = false;
        bool studies = false;
        while (true) {
            index = skip(index, k_destination_modifiers);
            if (is_one_of(at(index), k_work))
                work = true;
            else if (is_one_of(at(index), k_studies))
                studies = true;
            else
                return std::nullopt;
            ++index;
            const Token& separator = at(index);
            const bool alternative = separator.is_mark("/") || separator.is_word("eller");
            if (!alternative && !separator.is_word("och") && !separator.is_mark(","))
                break;
            std::size_t next = index + 1;
            if (is_one_of(at(next), k_outcome_receive_verbs) ||
                is_one_of(at(next), k_outcome_start_verbs) ||
                is_one_of(at(next), k_outcome_move_verbs))
                next = skip(next + 1, k_outcome_particles);
            next = skip(skip(next, k_destination_prepositions), k_destination_modifiers);
            if (is_one_of(at(next), k_work) || is_one_of(at(next), k_studies)) {
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

    // "16 personer avslutats", "7 har avslutats", "8 deltagare avslutades" - but not one kind
    // of ending ("1 har avslutats i förtid pga. försämrad hälsa", "4 har avslutats till ...").
    bool is_ended(std::size_t predicate) const {
        std::size_t index = verb_after(predicate);
        if (is_one_of(at(index), k_written_out_verbs) && at(index + 1).is_word("ut"))
            ++index;
        else if (!is_one_of(at(index), k_ended_verbs))
            return false;
        return !any_of(index + 1, clause_end(index + 1), k_end_reasons);
    }

    // "Antalet deltagare som har varit inskrivna är 17 stycken", "... uppgår till 84 personer".
    std::optional<Measure> count_of_stated_number(const NumberMention& mention) const {
        const std::size_t start = clause_start(mention.number);
        std::size_t last = mention.number;
        while (last > start && is_one_of(m_tokens[last - 1], k_approximations))
            --last;
        if (last == start)
            return std::nullopt;
        const Token& before = m_tokens[last - 1];
        const bool amounts_to =
            before.is_word("till") &&
            any_of(last > k_total_verb_distance + start ? last - k_total_verb_distance : start,
                   last, k_amount_verbs);
        for (std::size_t index = start; index < last; ++index) {
            if (!m_tokens[index].is_word("antalet") && !m_tokens[index].is_word("antal"))
                continue;
            const std::size_t noun = skip(index + 1, k_count_adjectives);
            if (!is_one_of(at(noun), k_participant_nouns) ||
                !(amounts_to || is_one_of(before, k_copulas)))
                continue;
            if (any_of(index + 1, noun, k_ended_adjectives) || any_of(noun, last, k_ended_verbs))
                return Measure::ParticipantsEnded;
            if (any_of(index + 1, noun, k_enrolled_adjectives))
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
        const std::size_t start = clause_start(mention.number);
        const std::size_t end = clause_end(mention.predicate);
        std::size_t index = mention.predicate;
        const bool present = at(index).is_word("är");
        index = skip(index + (present ? 1 : 0), k_still_words);
        const Token& state = at(index);
        const bool enrolled = mention.enrolled || is_one_of(state, k_enrolled_states) ||
                              (state.is_word("aktivt") && is_one_of(at(index + 1), k_taking_part));
        if (!enrolled) {
            return mention.head == Head::Participants && mention.predicate == end &&
                   has_now_marker(start, mention.number) &&
                   any_of(start, mention.number, k_present_verbs);
        }
        if (has_now_marker(start, end) || has_end_marker(start, end))
            return true;
        return present && !any_of(start, end, k_total_words);
    }

    // "Projektet har totalt haft 39 deltagare", "374 deltagare totalt", "Totalt har 39
    // personer varit/är inskrivna", "de fem individer som deltagit i insatsen".
    bool is_total(const NumberMention& mention) const {
        std::size_t index = mention.predicate;
        const bool relative = at(index).is_word("som");
        index = skip_fillers(index + (relative ? 1 : 0));
        if ((relative || mention.head == Head::Participants) && took_part_in_insats(index))
            return true;
        if (mention.head != Head::Participants)
            return false;
        if (at(index).is_word("varit")) {
            index =
                at(index + 1).is_mark("/") && at(index + 2).is_word("är") ? index + 3 : index + 1;
            if (is_one_of(at(index), k_enrolled_participles))
                return true;
        }
        // The count's own verb, before it or right after its noun; not the verb of a count
        // after it ("Totalt 45 deltagare under projekttiden Hittills har 31 personer deltagit").
        const std::size_t start = clause_start(mention.number);
        return any_of(start, clause_end(mention.predicate), k_total_words) &&
               (any_of(start, mention.number, k_stating_verbs) ||
                is_one_of(at(verb_after(mention.predicate)), k_stating_verbs) ||
                is_one_of(at(mention.predicate), k_stating_verbs));
    }

    // "deltagit", "medverkat i projektet"; not "deltagit i workshopen", which counts a part.
    bool took_part_in_insats(std::size_t verb) const {
        if (!is_one_of(at(verb), k_took_part))
            return false;
        return is_clause_boundary(at(verb + 1)) ||
               (at(verb + 1).is_word("i") && is_one_of(at(verb + 2), k_insats_words));
    }

    const std::vector<Token>& m_tokens;
    std::vector<NumberMention> m_mentions;
    GoalPart m_goal;
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
