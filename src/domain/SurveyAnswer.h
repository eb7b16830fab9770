#pragma once

#include "domain/IsoWeek.h"
#include "domain/SurveyDefinition.h"

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace finsam {

struct ScaleValue {
    int value = k_scale_lowest; // k_scale_lowest–k_scale_highest

    bool operator==(const ScaleValue&) const = default;
};

/// A single choice holds one code, a multiple choice any number.
struct ChoiceValue {
    std::vector<std::string> codes;

    bool operator==(const ChoiceValue&) const = default;
};

struct YesNoValue {
    bool yes = false;

    bool operator==(const YesNoValue&) const = default;
};

struct TextValue {
    std::string text;

    bool operator==(const TextValue&) const = default;
};

/// The answer to one question, of the kind the question is.
using AnswerValue = std::variant<ScaleValue, ChoiceValue, YesNoValue, TextValue>;

/// One filled-in survey (svar). Deliberately nothing that could lead back to a person or
/// order the answers in time: no person, no code, no round, no moment finer than the week.
struct SurveyAnswer {
    std::string survey_id;
    std::int64_t intervention_id = 0; // insats
    SurveyTimePoint time_point = SurveyTimePoint::Start;
    RespondentKind respondent = RespondentKind::Participant;
    IsoWeek week;
    /// By question id; a question left unanswered is absent.
    std::map<std::string, AnswerValue> values;

    bool operator==(const SurveyAnswer&) const = default;
};

} // namespace finsam
