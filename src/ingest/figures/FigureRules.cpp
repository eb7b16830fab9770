#include "ingest/figures/FigureRules.h"

#include "ingest/figures/CountRules.h"
#include "ingest/figures/Exclusions.h"
#include "ingest/figures/GenderRules.h"
#include "ingest/figures/LabelValue.h"
#include "ingest/figures/NumberMention.h"
#include "ingest/figures/Outcomes.h"
#include "ingest/figures/SentenceView.h"
#include "ingest/figures/Shares.h"
#include "ingest/figures/Vocabulary.h"

#include <algorithm>
#include <cstddef>
#include <optional>

namespace finsam::figures {

namespace {

using namespace vocabulary;

constexpr std::size_t k_goal_heading_words = 3;
// "vilket motsvarar 64 procent", "motsvarande 40 %", "dvs. 40 %", "det vill säga 40 %".
constexpr std::string_view k_restating_words[] = {"motsvarar", "motsvarande", "dvs", "d.v.s",
                                                  "säga"};
bool is_outcome(Measure measure) {
    return measure == Measure::EndedToWork || measure == Measure::EndedToStudies ||
           measure == Measure::EndedToWorkOrStudies;
}

bool is_kon(std::optional<Measure> measure) {
    return measure == Measure::ParticipantsWomen || measure == Measure::ParticipantsMen;
}

// What the mentions of a sentence before the one being read were read as, summed up for the
// rules that look back.
struct ReadSoFar {
    std::size_t outcomes = 0;
    std::optional<Measure> last_outcome_count;
    std::optional<Measure> last_outcome_percent;
    bool ended = false;
    std::optional<std::size_t> last_not_kon; // the last mention that is no kön count

    void add(std::size_t index, std::optional<Measure> measure, Unit unit) {
        if (measure && is_outcome(*measure)) {
            ++outcomes;
            (unit == Unit::Count ? last_outcome_count : last_outcome_percent) = measure;
        }
        ended = ended || measure == Measure::ParticipantsEnded;
        if (!is_kon(measure))
            last_not_kon = index;
    }

    std::optional<Measure> last_outcome(Unit unit) const {
        return unit == Unit::Count ? last_outcome_count : last_outcome_percent;
    }
};

class SentenceRules {
public:
    SentenceRules(const std::vector<Token>& tokens, GoalContext context)
        : m_tokens(tokens), m_mentions(find_number_mentions(tokens)),
          m_goal(find_goal_part(tokens, m_mentions, context)), m_sentence(tokens, m_goal.end),
          m_gender(m_sentence, m_mentions) {}

    std::vector<StatedFigure> figures() {
        std::vector<StatedFigure> figures;
        for (const NumberMention& mention : m_mentions) {
            m_measures.push_back(classify(mention));
            const std::optional<Measure>& measure = m_measures.back();
            m_read.add(m_measures.size() - 1, measure, mention.unit);
            if (measure)
                figures.push_back({*measure, mention.value, mention.unit});
        }
        return figures;
    }

private:
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
        if (in_goal(mention))
            return goal_of(mention);
        // "ska ha fått arbete" is a plan, whatever the sentence calls it.
        if (mention.bound ||
            m_sentence.any_of(m_sentence.clause_start(mention.number),
                              m_sentence.clause_end(mention.predicate), k_modal_words) ||
            is_forecast(mention) || counts_the_not_enrolled(m_sentence, mention))
            return std::nullopt;
        return stated_figure(mention);
    }

    // The figure a number outside goals and plans states, if any.
    std::optional<Measure> stated_figure(const NumberMention& mention) const {
        if (auto labelled = read_label_value(m_sentence, mention)) {
            // "Avslutade: 20, varav kvinnor: 12" is the kön of the ended.
            if (labelled->part_of_before && is_kon(labelled->measure) &&
                !follows_participant_count())
                return std::nullopt;
            return labelled->measure;
        }
        NumberMention counted = mention;
        if (m_gender.names_all_participants(mention))
            counted.head = Head::Participants; // "Totalt har 18 kvinnor deltagit"
        if (mention.opens_whole)
            return whole_of_later(m_sentence, counted);
        if (mention.anonymous)
            return mention.unit == Unit::Count ? std::optional(Measure::ParticipantsAnonymous)
                                               : std::nullopt;
        if (is_kon_of_other_count(mention))
            return std::nullopt;
        if (auto gender = m_gender.gender_of(mention))
            return counts_an_audience(m_sentence, mention) ? std::nullopt : gender;
        if (auto share = share_of(m_sentence, mention))
            return share;
        if (auto share = restated_share(mention))
            return share;
        return outcome_or_count(counted);
    }

    // "6 deltagare har fått arbete, varav 4 kvinnor och 2 män": the kön of another figure.
    bool is_kon_of_other_count(const NumberMention& mention) const {
        const GenderSplit* split = m_gender.split_of_part(mention.number);
        return split != nullptr && !counts_participants(split->whole);
    }

    // Where the counted went, or how many they are.
    std::optional<Measure> outcome_or_count(const NumberMention& counted) const {
        if (auto outcome = outcome_after_verb(m_sentence, counted))
            return outcome;
        if (auto outcome = elliptic_outcome(counted))
            return outcome;
        if (counted.head == Head::Other || counted.head == Head::Women || counted.head == Head::Men)
            return std::nullopt;
        return count_of(counted);
    }

    // "5 deltagare har avslutats" in a goal is a goal for endings, not for enrolment.
    std::optional<Measure> goal_of(const NumberMention& mention) {
        if (m_target_taken || mention.unit != Unit::Count || mention.head != Head::Participants ||
            mention.anonymous || mention.part_of_count || is_ended(m_sentence, mention.predicate) ||
            outcome_of(m_sentence, mention))
            return std::nullopt;
        m_target_taken = true;
        return Measure::ParticipantsTarget;
    }

    // A count of participants, or of those of them who ended or went to work or studies.
    std::optional<Measure> count_of(const NumberMention& mention) const {
        if (auto outcome = outcome_of(m_sentence, mention))
            return outcome;
        if (mention.spelled_one)
            return std::nullopt; // "en person har avslutats ..." tells of one person
        if (mention.head != Head::OfEnded && mention.head != Head::OfParticipants &&
            (is_ended(m_sentence, mention.predicate) || is_ended_after_verb(m_sentence, mention)))
            return Measure::ParticipantsEnded;
        if (mention.unit != Unit::Count || mention.part_of_count || mention.head == Head::OfEnded ||
            mention.head == Head::OfParticipants || counts_an_audience(m_sentence, mention))
            return std::nullopt;
        if (auto counted = count_of_stated_number(m_sentence, mention))
            return counted;
        if (auto counted = count_of_subject(m_sentence, mention))
            return counted;
        if (is_current(m_sentence, mention))
            return Measure::ParticipantsCurrent;
        if (is_total(m_sentence, mention))
            return Measure::ParticipantsTotal;
        // "12 deltagare varav 7 kvinnor och 5 män": a count split by kön is one of participants.
        if (mention.head == Head::Participants && m_gender.split_of_whole(mention.number)) {
            const std::size_t start = m_sentence.clause_start(mention.number);
            return has_now_marker(m_sentence, start, m_sentence.clause_end(mention.predicate))
                       ? Measure::ParticipantsCurrent
                       : Measure::ParticipantsTotal;
        }
        return std::nullopt;
    }

    // "Sju har gått till arbete, tre till studier", "... och till studier 3": the verb of the
    // outcome before stands for this one too. The same destination again names a part of the
    // first ("4 gick till arbete, två till subventionerat arbete"), not a figure of its own.
    // After a count of the ended, "varav 9 till arbete" is the part of them that went there.
    std::optional<Measure> elliptic_outcome(const NumberMention& mention) const {
        if (mention.head != Head::Bare && mention.head != Head::Participants)
            return std::nullopt;
        const std::optional<Measure> earlier = m_read.last_outcome(mention.unit);
        if (!earlier && !(follows_split_word(mention) && m_read.ended))
            return std::nullopt;
        std::optional<Measure> destination;
        if (m_sentence.at(mention.predicate).is_word("till"))
            destination = destination_at(m_sentence, mention.predicate + 1);
        else if (is_clause_boundary(m_sentence.at(mention.predicate)))
            destination = destination_before(m_sentence, mention.number);
        if (destination == earlier)
            return std::nullopt;
        return destination;
    }

    // "varav 9 till arbete", "avslutats under perioden: 6 till arbete".
    bool follows_split_word(const NumberMention& mention) const {
        if (mention.number == 0)
            return false;
        const Token& before = m_sentence.at(mention.number - 1);
        return before.is_word("varav") || before.is_word("därav") || before.is_mark(":");
    }

    // "16 (40 %) har gått till arbete", "... arbete eller studier, vilket motsvarar 64
    // procent", "... arbete eller studier, 60 %.": the figure before, as a share. Not after
    // two outcomes ("4 fått arbete och 2 påbörjat studier, vilket motsvarar 60 %"), where the
    // share is of both together.
    std::optional<Measure> restated_share(const NumberMention& mention) const {
        if (mention.unit != Unit::Percent || mention.number == 0 || m_measures.empty())
            return std::nullopt;
        const NumberMention& before = m_mentions[m_measures.size() - 1];
        const std::optional<Measure>& measure = m_measures.back();
        if (!measure || !is_outcome(*measure) || before.unit != Unit::Count || m_read.outcomes > 1)
            return std::nullopt;
        const Token& opener = m_sentence.at(mention.number - 1);
        const bool parenthesised =
            opener.is_mark("(") && m_sentence.at(mention.number + 2).is_mark(")");
        const bool ends_sentence = mention.predicate + 1 >= m_tokens.size() &&
                                   is_clause_boundary(m_sentence.at(mention.predicate));
        const bool restated =
            (is_one_of(opener, k_restating_words) || opener.is_mark(",")) && ends_sentence;
        return parenthesised || restated ? measure : std::nullopt;
    }

    // Whether the last count before the one being read, other than a kön count, counts
    // participants, or no count stands before it.
    bool follows_participant_count() const {
        return !m_read.last_not_kon || counts_participants(m_mentions[*m_read.last_not_kon].number);
    }

    // Whether the count at token `number` counts participants (all, or those enrolled), so
    // that its kön split is the participants' kön.
    bool counts_participants(std::size_t number) const {
        const auto found = std::lower_bound(
            m_mentions.begin(), m_mentions.end(), number,
            [](const NumberMention& mention, std::size_t key) { return mention.number < key; });
        const auto index = static_cast<std::size_t>(found - m_mentions.begin());
        if (index >= m_measures.size() || found->number != number)
            return true;
        if (const std::optional<Measure>& measure = m_measures[index])
            return *measure == Measure::ParticipantsTotal ||
                   *measure == Measure::ParticipantsCurrent;
        return found->head != Head::Other;
    }

    // The second column of a goal row: "Totalt 45 deltagare under projekttiden 39 deltagare
    // (87 %)" reached 39 participants in total. Only a bare participant count is read so.
    std::optional<Measure> result_of_goal_row(const NumberMention& mention) const {
        if (!m_target_taken || mention.head != Head::Participants || mention.unit != Unit::Count ||
            mention.part_of_count || mention.anonymous || mention.bound)
            return std::nullopt;
        return Measure::ParticipantsTotal;
    }

    const std::vector<Token>& m_tokens;
    std::vector<NumberMention> m_mentions;
    GoalPart m_goal;
    SentenceView m_sentence;
    GenderReader m_gender;
    // What each mention before the one being read was read as, in order.
    std::vector<std::optional<Measure>> m_measures;
    ReadSoFar m_read;
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
