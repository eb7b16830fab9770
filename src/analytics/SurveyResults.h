#pragma once

#include "analytics/SurveyAnswers.h"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

// Survey results (enkätresultat) at group level: per question, time point and kind of
// respondent the number of answers, the distribution over the options, and for a scale the
// mean and median; the change from the start group to the end group (group against group:
// the answers are anonymous, so nobody is followed from start to end); and a participant's
// and a caseworker's ratings of the same indicator side by side. Computed in full here;
// what an audience may see of them is decided afterwards (SurveyDisclosure).

/// One figure of a result: empty when there is nothing to compute (no answers), hidden when
/// the audience may not see it (the value is then gone), marked when the kansli sees a value
/// the board would not.
struct ResultCell {
    std::optional<double> value;
    bool hidden = false;
    bool marked = false;
};

/// One option of a distribution: how many chose it, and their share in percent of those who
/// answered the question (for a multiple choice the shares add up to more than 100).
struct OptionResult {
    std::string label;
    ResultCell count = {};
    ResultCell percent = {};
};

/// The answers of one group to one question: one time point, one kind of respondent.
struct GroupResult {
    SurveyTimePoint time = SurveyTimePoint::Start;
    RespondentKind respondent = RespondentKind::Participant;
    ResultCell answer_count = {};
    std::vector<OptionResult> options = {}; // the distribution, in the question's order
    ResultCell mean = {};                   // scales only
    ResultCell median = {};                 // scales only
    /// Free-text answers with personnummer removed, sorted so that their order says nothing
    /// of when they came; empty when hidden.
    std::vector<std::string> texts = {};
    bool texts_hidden = false;
};

/// The group-level change of one kind of respondent from the start answers to the end
/// answers: end minus start, in steps of the scale and in percentage points per option.
struct ChangeResult {
    RespondentKind respondent = RespondentKind::Participant;
    ResultCell start_mean = {};
    ResultCell end_mean = {};
    ResultCell mean_change = {};
    ResultCell median_change = {};
    std::vector<ResultCell> percent_change = {}; // per option
};

/// A participant's and a caseworker's ratings of the same indicator at one time point:
/// their groups' means and the caseworkers' minus the participants'.
struct RespondentComparison {
    SurveyTimePoint time = SurveyTimePoint::Start;
    ResultCell participant_mean = {};
    ResultCell caseworker_mean = {};
    ResultCell difference = {};
};

struct QuestionResult {
    ResultQuestion question;
    std::vector<GroupResult> groups = {}; // by time point, then participant before caseworker
    std::vector<ChangeResult> changes = {};
    std::vector<RespondentComparison> comparisons = {};
};

struct SurveyResults {
    std::vector<QuestionResult> questions;
};

/// The results of the sheets for the questions, in the questions' order. A group exists for
/// every time point and kind of respondent some sheet has, even where nobody answered the
/// question (0 answers). A change exists for a question with options when both a start and
/// an end group of that respondent exist; a comparison for a scale when both a participant and
/// a caseworker group exist at a time point. Options out of range, and more than one option
/// where one is asked for, are not counted.
SurveyResults compute_survey_results(const std::vector<ResultQuestion>& questions,
                                     const std::vector<AnswerSheet>& sheets);

/// The share of a scale group's answers at or above `value`, in percent; nullopt without
/// answers, or when a count it adds up is hidden (so that it gives nothing hidden away).
std::optional<double> percent_at_or_above(const ResultQuestion& question, const GroupResult& group,
                                          int value);

} // namespace finsam
