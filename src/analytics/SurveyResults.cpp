#include "analytics/SurveyResults.h"

#include "domain/PersonalData.h"

#include <algorithm>
#include <array>
#include <set>

namespace finsam {

namespace {

constexpr std::array k_times{SurveyTimePoint::Start, SurveyTimePoint::During, SurveyTimePoint::End};
constexpr std::array k_respondents{RespondentKind::Participant, RespondentKind::Caseworker};

bool has_options(QuestionKind kind) {
    return kind != QuestionKind::FreeText;
}

const QuestionAnswer* answer_to(const AnswerSheet& sheet, const std::string& question_id) {
    const auto found =
        std::find_if(sheet.answers.begin(), sheet.answers.end(), [&](const QuestionAnswer& answer) {
            return answer.question_id == question_id;
        });
    return found == sheet.answers.end() ? nullptr : &*found;
}

/// The options an answer counts for: every distinct valid one of a multiple choice, the one
/// valid option otherwise; none when the answer does not fit the question.
std::set<int> counted_options(const ResultQuestion& question, const QuestionAnswer& answer) {
    const int option_count = static_cast<int>(question.options.size());
    std::set<int> options;
    for (const int option : answer.options)
        if (option >= 0 && option < option_count)
            options.insert(option);
    const bool single = question.kind != QuestionKind::MultipleChoice;
    if (single && (options.size() != 1 || answer.options.size() != 1))
        return {};
    return options;
}

double percent(int part, int whole) {
    return 100.0 * part / whole;
}

/// The middle value of a scale group's answers (the mean of the two middle ones for an even
/// count), from its counts per step.
double median_of(const ResultQuestion& question, const std::vector<int>& counts, int total) {
    const auto value_at = [&](int position) { // position 0-based among the sorted answers
        int passed = 0;
        for (std::size_t option = 0; option < counts.size(); ++option) {
            passed += counts[option];
            if (position < passed)
                return question.scale_min + static_cast<int>(option);
        }
        return question.scale_min + static_cast<int>(counts.size()) - 1;
    };
    const int lower = value_at((total - 1) / 2);
    const int upper = value_at(total / 2);
    return (lower + upper) / 2.0;
}

GroupResult option_group(const ResultQuestion& question, SurveyTimePoint time,
                         RespondentKind respondent, const std::vector<const AnswerSheet*>& sheets) {
    GroupResult group{time, respondent};
    std::vector<int> counts(question.options.size(), 0);
    int answered = 0;
    for (const AnswerSheet* sheet : sheets) {
        const QuestionAnswer* answer = answer_to(*sheet, question.id);
        if (answer == nullptr)
            continue;
        const std::set<int> options = counted_options(question, *answer);
        if (options.empty() && question.kind != QuestionKind::MultipleChoice)
            continue;
        ++answered;
        for (const int option : options)
            ++counts[static_cast<std::size_t>(option)];
    }
    group.answer_count.value = answered;
    for (std::size_t option = 0; option < counts.size(); ++option) {
        OptionResult result{question.options[option]};
        result.count.value = counts[option];
        if (answered > 0)
            result.percent.value = percent(counts[option], answered);
        group.options.push_back(std::move(result));
    }
    if (question.kind == QuestionKind::Scale && answered > 0) {
        long long sum = 0;
        for (std::size_t option = 0; option < counts.size(); ++option)
            sum += static_cast<long long>(counts[option]) *
                   (question.scale_min + static_cast<int>(option));
        group.mean.value = static_cast<double>(sum) / answered;
        group.median.value = median_of(question, counts, answered);
    }
    return group;
}

GroupResult text_group(const ResultQuestion& question, SurveyTimePoint time,
                       RespondentKind respondent, const std::vector<const AnswerSheet*>& sheets) {
    GroupResult group{time, respondent};
    for (const AnswerSheet* sheet : sheets) {
        const QuestionAnswer* answer = answer_to(*sheet, question.id);
        if (answer == nullptr || answer->text.empty())
            continue;
        std::string text = answer->text;
        redact_identity_numbers(text);
        group.texts.push_back(std::move(text));
    }
    std::sort(group.texts.begin(), group.texts.end());
    group.answer_count.value = static_cast<double>(group.texts.size());
    return group;
}

const GroupResult* find_group(const QuestionResult& result, SurveyTimePoint time,
                              RespondentKind respondent) {
    for (const GroupResult& group : result.groups)
        if (group.time == time && group.respondent == respondent)
            return &group;
    return nullptr;
}

std::optional<double> difference(const ResultCell& from, const ResultCell& to) {
    if (!from.value || !to.value)
        return std::nullopt;
    return *to.value - *from.value;
}

ChangeResult change_between(const GroupResult& start, const GroupResult& end) {
    ChangeResult change{start.respondent, start.mean, end.mean};
    change.mean_change.value = difference(start.mean, end.mean);
    change.median_change.value = difference(start.median, end.median);
    for (std::size_t option = 0; option < start.options.size(); ++option) {
        ResultCell shift;
        shift.value = difference(start.options[option].percent, end.options[option].percent);
        change.percent_change.push_back(shift);
    }
    return change;
}

void add_changes(QuestionResult& result) {
    if (!has_options(result.question.kind))
        return;
    for (const RespondentKind respondent : k_respondents) {
        const GroupResult* start = find_group(result, SurveyTimePoint::Start, respondent);
        const GroupResult* end = find_group(result, SurveyTimePoint::End, respondent);
        if (start != nullptr && end != nullptr)
            result.changes.push_back(change_between(*start, *end));
    }
}

void add_comparisons(QuestionResult& result) {
    if (result.question.kind != QuestionKind::Scale)
        return;
    for (const SurveyTimePoint time : k_times) {
        const GroupResult* participants = find_group(result, time, RespondentKind::Participant);
        const GroupResult* caseworkers = find_group(result, time, RespondentKind::Caseworker);
        if (participants == nullptr || caseworkers == nullptr)
            continue;
        RespondentComparison comparison{time, participants->mean, caseworkers->mean};
        comparison.difference.value = difference(participants->mean, caseworkers->mean);
        result.comparisons.push_back(comparison);
    }
}

} // namespace

ResultQuestion ResultQuestion::scale(std::string id, std::string text, int scale_min,
                                     int scale_max) {
    ResultQuestion question{std::move(id), std::move(text), QuestionKind::Scale};
    question.scale_min = scale_min;
    for (int value = scale_min; value <= scale_max; ++value)
        question.options.push_back(std::to_string(value));
    return question;
}

ResultQuestion ResultQuestion::yes_no(std::string id, std::string text) {
    return ResultQuestion{std::move(id), std::move(text), QuestionKind::YesNo, {"Ja", "Nej"}};
}

SurveyResults compute_survey_results(const std::vector<ResultQuestion>& questions,
                                     const std::vector<AnswerSheet>& sheets) {
    SurveyResults results;
    for (const ResultQuestion& question : questions) {
        QuestionResult result{question};
        for (const SurveyTimePoint time : k_times) {
            for (const RespondentKind respondent : k_respondents) {
                std::vector<const AnswerSheet*> group_sheets;
                for (const AnswerSheet& sheet : sheets)
                    if (sheet.time == time && sheet.respondent == respondent)
                        group_sheets.push_back(&sheet);
                if (group_sheets.empty())
                    continue;
                result.groups.push_back(has_options(question.kind)
                                            ? option_group(question, time, respondent, group_sheets)
                                            : text_group(question, time, respondent, group_sheets));
            }
        }
        add_changes(result);
        add_comparisons(result);
        results.questions.push_back(std::move(result));
    }
    return results;
}

std::optional<double> percent_at_or_above(const ResultQuestion& question, const GroupResult& group,
                                          int value) {
    if (!group.answer_count.value || *group.answer_count.value <= 0)
        return std::nullopt;
    double at_or_above = 0;
    for (std::size_t option = 0; option < group.options.size(); ++option) {
        const int option_value = question.scale_min + static_cast<int>(option);
        if (option_value < value)
            continue;
        const std::optional<double>& count = group.options[option].count.value;
        if (!count)
            return std::nullopt; // hidden: their sum would give it away
        at_or_above += *count;
    }
    return 100.0 * at_or_above / *group.answer_count.value;
}

} // namespace finsam
