#pragma once

#include "domain/SurveyDefinition.h"

#include <string>
#include <vector>

namespace finsam {

// The answers a survey's results are computed from (enkätsvar), as the results need them and
// nothing more: what each question offers, and per answer sheet when it was answered and by
// whom, the options chosen by their place in the question. Stored answers (SurveyAnswer) are
// turned into these by the application layer; the computation knows nothing of storage or
// of who reads the result.

/// A question as results see it: its options are what a distribution counts. A scale's
/// options are its steps from `scale_min` up (option i is the value scale_min + i); a yes/no
/// question's are "Ja" and "Nej"; a free-text question has none.
struct ResultQuestion {
    std::string id;
    std::string text;
    QuestionKind kind = QuestionKind::Scale;
    std::vector<std::string> options = {};
    int scale_min = 1;

    /// A scale question of the steps scale_min..scale_max, each labelled by its number.
    static ResultQuestion scale(std::string id, std::string text, int scale_min, int scale_max);
    /// A yes/no question: option 0 is "Ja", option 1 "Nej".
    static ResultQuestion yes_no(std::string id, std::string text);
};

inline constexpr int k_yes_option = 0;
inline constexpr int k_no_option = 1;

/// One question's answer on a sheet: the options chosen (one for a scale, a single choice or
/// yes/no; any number for a multiple choice), or the text written.
struct QuestionAnswer {
    std::string question_id;
    std::vector<int> options = {};
    std::string text = {};
};

/// One answered sheet. A question left unanswered is absent: it is not counted for that
/// question.
struct AnswerSheet {
    SurveyTimePoint time = SurveyTimePoint::Start;
    RespondentKind respondent = RespondentKind::Participant;
    std::vector<QuestionAnswer> answers = {};
};

} // namespace finsam
