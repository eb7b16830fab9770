#include "analytics/SurveyGoalOutcome.h"

#include <algorithm>

namespace finsam {

namespace {

const QuestionResult* find_question(const SurveyResults& results, const std::string& id) {
    const auto found =
        std::find_if(results.questions.begin(), results.questions.end(),
                     [&](const QuestionResult& question) { return question.question.id == id; });
    return found == results.questions.end() ? nullptr : &*found;
}

const GroupResult* participants_at_end(const QuestionResult& question) {
    const auto found =
        std::find_if(question.groups.begin(), question.groups.end(), [](const GroupResult& group) {
            return group.time == SurveyTimePoint::End &&
                   group.respondent == RespondentKind::Participant;
        });
    return found == question.groups.end() ? nullptr : &*found;
}

/// Whether any count from the option `first` on is hidden.
bool counts_hidden_from(const GroupResult& group, std::size_t first) {
    return std::any_of(group.options.begin() + static_cast<std::ptrdiff_t>(first),
                       group.options.end(),
                       [](const OptionResult& option) { return option.count.hidden; });
}

SurveyGoalOutcome share_at_or_above(const SurveyMeasure& measure, const QuestionResult& question) {
    const GroupResult* end = participants_at_end(question);
    if (end == nullptr)
        return {};
    if (end->answer_count.hidden)
        return {std::nullopt, std::nullopt, true};
    if (question.question.kind == QuestionKind::YesNo) {
        const ResultCell& yes = end->options.at(k_yes_option).percent;
        if (yes.hidden)
            return {std::nullopt, std::nullopt, true};
        if (!yes.value)
            return {};
        return {yes.value, static_cast<int>(*end->answer_count.value), false};
    }
    const int step = measure.at_or_above.value_or(question.question.scale_min);
    const auto first = static_cast<std::size_t>(std::max(0, step - question.question.scale_min));
    if (first < end->options.size() && counts_hidden_from(*end, first))
        return {std::nullopt, std::nullopt, true};
    const auto share = percent_at_or_above(question.question, *end, step);
    if (!share)
        return {};
    return {share, static_cast<int>(*end->answer_count.value), false};
}

SurveyGoalOutcome mean_change(const QuestionResult& question) {
    const auto found = std::find_if(question.changes.begin(), question.changes.end(),
                                    [](const ChangeResult& change) {
                                        return change.respondent == RespondentKind::Participant;
                                    });
    if (found == question.changes.end())
        return {};
    return {found->mean_change.value, std::nullopt, found->mean_change.hidden};
}

} // namespace

SurveyGoalOutcome survey_goal_outcome(const SurveyMeasure& measure, const SurveyResults& results) {
    const QuestionResult* question = find_question(results, measure.question_id);
    if (question == nullptr)
        return {};
    switch (measure.rule) {
    case SurveyGoalRule::ShareAtOrAbove:
        return share_at_or_above(measure, *question);
    case SurveyGoalRule::MeanChange:
        return mean_change(*question);
    }
    return {};
}

} // namespace finsam
