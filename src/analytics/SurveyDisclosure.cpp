#include "analytics/SurveyDisclosure.h"

#include "domain/CellSuppression.h"

#include <algorithm>
#include <optional>

namespace finsam {

namespace {

/// Hides or marks a cell that small-count protection keeps from readers outside the kansli.
void protect(ResultCell& cell, const Disclosure& disclosure) {
    if (!cell.value)
        return;
    if (disclosure.small_survey_groups) {
        cell.marked = true;
        return;
    }
    cell.value.reset();
    cell.hidden = true;
}

/// A derived figure takes the protection of the figures it is made of.
void inherit(ResultCell& derived, std::initializer_list<const ResultCell*> parts,
             const Disclosure& disclosure) {
    for (const ResultCell* part : parts)
        if (part->hidden || part->marked)
            protect(derived, disclosure);
}

int count_of(const ResultCell& cell) {
    return static_cast<int>(cell.value.value_or(0));
}

/// A group as a table for CellSuppression: the counts per option come first, in order.
struct GroupTable {
    int inner_count = 0;
    std::vector<TableCell> cells = {};
    std::size_t answers_index = 0;          // the number of answers
    std::optional<std::size_t> sum_index{}; // a scale's sum of values, which its mean gives
};

/// A single answer's table (scale, single choice, yes/no): each answer is one option, so
/// the counts add up to the number of answers, and for a scale, weighted by their steps, to
/// the sum of the values.
GroupTable single_answer_table(const ResultQuestion& question, const GroupResult& group) {
    GroupTable table{static_cast<int>(group.options.size())};
    TableCell answers{{}, static_cast<double>(count_of(group.answer_count))};
    TableCell sum{{}, 0};
    for (std::size_t option = 0; option < group.options.size(); ++option) {
        const int index = static_cast<int>(option);
        const int count = count_of(group.options[option].count);
        table.cells.push_back(TableCell{{{index, 1}}, static_cast<double>(count)});
        answers.terms.emplace_back(index, 1);
        const int value = question.scale_min + index;
        if (value != 0) {
            sum.terms.emplace_back(index, value);
            sum.value += static_cast<double>(value) * count;
        }
    }
    table.answers_index = table.cells.size();
    table.cells.push_back(answers);
    if (question.kind == QuestionKind::Scale && !sum.terms.empty()) {
        table.sum_index = table.cells.size();
        table.cells.push_back(sum);
    }
    return table;
}

/// A multiple choice's table: the counts per option, the number of answers (an inner cell of
/// its own: any number of options may be chosen), and per option those who did not choose it.
GroupTable multiple_choice_table(const GroupResult& group) {
    const int answered_index = static_cast<int>(group.options.size());
    const int answered = count_of(group.answer_count);
    GroupTable table{answered_index + 1};
    for (std::size_t option = 0; option < group.options.size(); ++option)
        table.cells.push_back(
            TableCell{{{static_cast<int>(option), 1}},
                      static_cast<double>(count_of(group.options[option].count))});
    table.answers_index = table.cells.size();
    table.cells.push_back(TableCell{{{answered_index, 1}}, static_cast<double>(answered)});
    for (std::size_t option = 0; option < group.options.size(); ++option)
        table.cells.push_back(
            TableCell{{{answered_index, 1}, {static_cast<int>(option), -1}},
                      static_cast<double>(answered - count_of(group.options[option].count))});
    return table;
}

/// The figures a group is read by, most important first: the number of answers, then a
/// scale's sum of values (its mean).
std::vector<std::size_t> headlines(const GroupTable& table) {
    std::vector<std::size_t> indexes{table.answers_index};
    if (table.sum_index)
        indexes.push_back(*table.sum_index);
    return indexes;
}

/// Which of the table's cells are hidden. The headlines are decided first, one after the
/// other, against the small counts alone: a group keeps its number of answers and its mean
/// where it can, rather than a large count beside them that would give a small one away.
/// Then the counts are decided around them, a hidden headline protected as a small count is.
std::vector<bool> hidden_cells(const GroupTable& table, int threshold) {
    std::vector<TableCell> cells = table.cells;
    for (const std::size_t headline : headlines(table)) {
        std::vector<TableCell> decided_so_far{cells[headline]};
        for (std::size_t index = 0; index < cells.size(); ++index) {
            const bool decided = cells[index].role != CellRole::Offered;
            const bool small = cells[index].value < threshold;
            if (index != headline && (decided || small))
                decided_so_far.push_back(cells[index]);
        }
        const bool hidden =
            suppress_small_counts(table.inner_count, decided_so_far, threshold).hidden.front();
        cells[headline].role = hidden ? CellRole::Withheld : CellRole::Known;
    }
    return suppress_small_counts(table.inner_count, cells, threshold).hidden;
}

void protect_option_group(const ResultQuestion& question, GroupResult& group,
                          const Disclosure& disclosure) {
    const GroupTable table = question.kind == QuestionKind::MultipleChoice
                                 ? multiple_choice_table(group)
                                 : single_answer_table(question, group);
    const std::vector<bool> hidden = hidden_cells(table, disclosure.small_count_threshold);
    for (std::size_t option = 0; option < group.options.size(); ++option)
        if (hidden[option])
            protect(group.options[option].count, disclosure);
    if (hidden[table.answers_index])
        protect(group.answer_count, disclosure);
    for (OptionResult& option : group.options)
        inherit(option.percent, {&option.count, &group.answer_count}, disclosure);
    if (table.sum_index && hidden[*table.sum_index])
        protect(group.mean, disclosure);
    inherit(group.mean, {&group.answer_count}, disclosure);
    inherit(group.median, {&group.mean}, disclosure);
}

void protect_text_group(GroupResult& group, const Disclosure& disclosure) {
    const int answered = count_of(group.answer_count);
    if (answered > 0 && answered < disclosure.small_count_threshold)
        protect(group.answer_count, disclosure);
    if (!disclosure.free_text_answers) {
        group.texts.clear();
        group.texts_hidden = true;
    }
}

const GroupResult* find_group(const QuestionResult& result, SurveyTimePoint time,
                              RespondentKind respondent) {
    for (const GroupResult& group : result.groups)
        if (group.time == time && group.respondent == respondent)
            return &group;
    return nullptr;
}

void protect_change(const QuestionResult& result, ChangeResult& change,
                    const Disclosure& disclosure) {
    const GroupResult* start = find_group(result, SurveyTimePoint::Start, change.respondent);
    const GroupResult* end = find_group(result, SurveyTimePoint::End, change.respondent);
    change.start_mean = start->mean; // as the group shows it
    change.end_mean = end->mean;
    inherit(change.mean_change, {&start->mean, &end->mean}, disclosure);
    inherit(change.median_change, {&start->median, &end->median}, disclosure);
    for (std::size_t option = 0; option < change.percent_change.size(); ++option)
        inherit(change.percent_change[option],
                {&start->options[option].percent, &end->options[option].percent}, disclosure);
}

void protect_comparison(const QuestionResult& result, RespondentComparison& comparison,
                        const Disclosure& disclosure) {
    const GroupResult* participants =
        find_group(result, comparison.time, RespondentKind::Participant);
    const GroupResult* caseworkers =
        find_group(result, comparison.time, RespondentKind::Caseworker);
    comparison.participant_mean = participants->mean; // as the group shows it
    comparison.caseworker_mean = caseworkers->mean;
    inherit(comparison.difference, {&participants->mean, &caseworkers->mean}, disclosure);
}

void protect_changes_and_comparisons(QuestionResult& result, const Disclosure& disclosure) {
    for (ChangeResult& change : result.changes)
        protect_change(result, change, disclosure);
    for (RespondentComparison& comparison : result.comparisons)
        protect_comparison(result, comparison, disclosure);
}

bool is_protected(const ResultCell& cell) {
    return cell.hidden || cell.marked;
}

bool any_count_protected(const GroupResult& group) {
    return std::any_of(group.options.begin(), group.options.end(),
                       [](const OptionResult& option) { return is_protected(option.count); });
}

/// A group of the whole period takes the protection of the same group in each unit: the
/// whole's counts are the units' sums. Its median is no sum: made of several units, it is
/// shown only where every count it is taken from is; made of one, it is that unit's.
void protect_from_units(GroupResult& group, const std::vector<const GroupResult*>& units,
                        const Disclosure& disclosure) {
    for (const GroupResult* unit : units) {
        if (is_protected(unit->answer_count))
            protect(group.answer_count, disclosure);
        for (std::size_t option = 0; option < group.options.size(); ++option)
            if (is_protected(unit->options[option].count))
                protect(group.options[option].count, disclosure);
        if (is_protected(unit->mean))
            protect(group.mean, disclosure);
        if (is_protected(unit->median) || (units.size() > 1 && any_count_protected(*unit)))
            protect(group.median, disclosure);
    }
}

} // namespace

SurveyResults disclose_survey_results(SurveyResults results, const Disclosure& disclosure) {
    for (QuestionResult& result : results.questions) {
        for (GroupResult& group : result.groups) {
            if (result.question.kind == QuestionKind::FreeText)
                protect_text_group(group, disclosure);
            else
                protect_option_group(result.question, group, disclosure);
        }
        protect_changes_and_comparisons(result, disclosure);
    }
    return results;
}

SurveyResults disclose_survey_results_over(SurveyResults whole,
                                           const std::vector<SurveyResults>& units,
                                           const Disclosure& disclosure) {
    for (std::size_t question = 0; question < whole.questions.size(); ++question) {
        QuestionResult& result = whole.questions[question];
        for (GroupResult& group : result.groups) {
            std::vector<const GroupResult*> same_groups;
            for (const SurveyResults& unit : units)
                if (const GroupResult* same =
                        find_group(unit.questions.at(question), group.time, group.respondent))
                    same_groups.push_back(same);
            protect_from_units(group, same_groups, disclosure);
            for (OptionResult& option : group.options)
                inherit(option.percent, {&option.count, &group.answer_count}, disclosure);
            inherit(group.mean, {&group.answer_count}, disclosure);
            inherit(group.median, {&group.mean}, disclosure);
            if (!disclosure.free_text_answers) {
                group.texts.clear();
                group.texts_hidden = true;
            }
        }
        protect_changes_and_comparisons(result, disclosure);
    }
    return whole;
}

} // namespace finsam
