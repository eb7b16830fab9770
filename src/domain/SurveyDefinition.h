#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// Glossary: enkät = survey; självskattning = self-assessment; mättillfälle = time point;
// handläggare = caseworker; deltagare = participant.

/// When in an insats a survey is answered: at the start, during it, at its end.
enum class SurveyTimePoint { Start, During, End };

/// Who answers: the participant, or (in BIP-style progression) the participant's caseworker
/// rating the same indicators.
enum class RespondentKind { Participant, Caseworker };

/// The kinds of question the surveys use.
enum class QuestionKind { Scale, SingleChoice, MultipleChoice, YesNo, FreeText };

/// Stored names: start, during, end.
std::string_view to_string(SurveyTimePoint time_point);
std::optional<SurveyTimePoint> survey_time_point_from_string(std::string_view name);
/// Stored names: participant, caseworker.
std::string_view to_string(RespondentKind respondent);
std::optional<RespondentKind> respondent_kind_from_string(std::string_view name);
/// Names in the definition files: scale, single_choice, multiple_choice, yes_no, free_text.
std::string_view to_string(QuestionKind kind);
std::optional<QuestionKind> question_kind_from_string(std::string_view name);

/// A scale question is answered with a whole number from 1 to 10.
constexpr int k_scale_lowest = 1;
constexpr int k_scale_highest = 10;

/// One option of a choice question: the slug stored with each answer, and what is read.
struct ChoiceOption {
    std::string code;  // ascii slug, e.g. "vanner"
    std::string label; // Swedish, e.g. "Vänner"

    bool operator==(const ChoiceOption&) const = default;
};

struct SurveyQuestion {
    std::string id; // ascii slug, stable across versions: results compare answers by it
    QuestionKind kind = QuestionKind::Scale;
    /// The wording for each respondent it is asked of; a question missing for a respondent
    /// is not asked of them (BIP asks the caseworker more than the participant).
    std::map<RespondentKind, std::string> texts;
    std::string low_label;             // scale: what 1 means
    std::string high_label;            // scale: what 10 means
    std::vector<ChoiceOption> options; // single and multiple choice
    bool required = true;

    /// The wording for `respondent`; nullptr when the question is not asked of them.
    const std::string* text_for(RespondentKind respondent) const;
    bool operator==(const SurveyQuestion&) const = default;
};

/// A survey as its data file (templates/surveys/*.json) describes it. A national survey's
/// wording is fixed for every förbund so that results stay comparable; a förbund's own file
/// (`association` set) adds surveys or varies a shared one that is not national.
struct SurveyDefinition {
    std::string id; // ascii slug, e.g. "sjalvskattning"
    std::string name;
    int version = 1;
    bool national = false;
    /// Empty: every förbund's survey. Otherwise the name of the one förbund whose own it is.
    std::string association;
    std::string introduction; // shown above the questions
    std::vector<RespondentKind> respondents;
    std::vector<SurveyTimePoint> time_points;
    std::vector<SurveyQuestion> questions;

    /// A question by id; nullptr when unknown.
    const SurveyQuestion* find_question(std::string_view question_id) const;
    /// The questions asked of `respondent`, in order.
    std::vector<const SurveyQuestion*> questions_for(RespondentKind respondent) const;
    bool asks(RespondentKind respondent) const;
    bool used_at(SurveyTimePoint time_point) const;
    bool operator==(const SurveyDefinition&) const = default;
};

} // namespace finsam
