#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace finsam {

// A goal measured by a survey (enkätmått): "70 % upplever förbättrad hälsa" compared with the
// participants' answers to one question of one survey, rather than with a key figure.

/// How the answers to the question measure the goal.
enum class SurveyGoalRule {
    /// The share in percent of the end answers (time point Avslut) at or above a step of a
    /// scale, or answering ja to a yes/no question; the goal's target is that share.
    ShareAtOrAbove,
    /// The group's mean at the end minus its mean at the start, in steps of a scale; the
    /// goal's target is that change.
    MeanChange,
};

/// Stored names: share_at_or_above, mean_change.
std::string_view to_string(SurveyGoalRule rule);
std::optional<SurveyGoalRule> survey_goal_rule_from_string(std::string_view name);

struct SurveyMeasure {
    std::string survey_id;   // the survey's id in the catalog, e.g. "sjalvskattning"
    std::string question_id; // a scale or yes/no question of it, e.g. "halsa"
    SurveyGoalRule rule = SurveyGoalRule::ShareAtOrAbove;
    /// ShareAtOrAbove on a scale: the lowest step counted; nullopt for a yes/no question and
    /// for MeanChange.
    std::optional<int> at_or_above = std::nullopt;

    bool operator==(const SurveyMeasure&) const = default;
};

} // namespace finsam
