#include "domain/SurveyMeasure.h"

namespace finsam {

std::string_view to_string(SurveyGoalRule rule) {
    switch (rule) {
    case SurveyGoalRule::ShareAtOrAbove:
        return "share_at_or_above";
    case SurveyGoalRule::MeanChange:
        return "mean_change";
    }
    return "share_at_or_above";
}

std::optional<SurveyGoalRule> survey_goal_rule_from_string(std::string_view name) {
    for (const auto rule : {SurveyGoalRule::ShareAtOrAbove, SurveyGoalRule::MeanChange})
        if (name == to_string(rule))
            return rule;
    return std::nullopt;
}

} // namespace finsam
