#pragma once

#include "analytics/SurveyAnswers.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace finsam::testing {

// Building answer sheets for the tests of survey results.

/// A sheet answering one question with one option (a scale's option is its value minus the
/// scale's lowest step).
inline AnswerSheet sheet(SurveyTimePoint time, RespondentKind respondent,
                         const std::string& question_id, std::vector<int> options) {
    return AnswerSheet{time, respondent, {QuestionAnswer{question_id, std::move(options)}}};
}

/// Sheets answering a 1–10 scale with these values.
inline std::vector<AnswerSheet> scale_sheets(SurveyTimePoint time, RespondentKind respondent,
                                             const std::string& question_id,
                                             std::initializer_list<int> values) {
    std::vector<AnswerSheet> sheets;
    for (const int value : values)
        sheets.push_back(sheet(time, respondent, question_id, {value - 1}));
    return sheets;
}

/// Sheets answering a yes/no question: `yes` times yes, `no` times no.
inline std::vector<AnswerSheet> yes_no_sheets(SurveyTimePoint time, const std::string& question_id,
                                              int yes, int no) {
    std::vector<AnswerSheet> sheets;
    for (int index = 0; index < yes; ++index)
        sheets.push_back(sheet(time, RespondentKind::Participant, question_id, {k_yes_option}));
    for (int index = 0; index < no; ++index)
        sheets.push_back(sheet(time, RespondentKind::Participant, question_id, {k_no_option}));
    return sheets;
}

inline void append(std::vector<AnswerSheet>& sheets, const std::vector<AnswerSheet>& more) {
    sheets.insert(sheets.end(), more.begin(), more.end());
}

} // namespace finsam::testing
