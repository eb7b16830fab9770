#include "app/statistics/SurveyGoals.h"

#include "analytics/SurveyGoalOutcome.h"
#include "app/surveys/SurveyResultsQuery.h"

#include <algorithm>
#include <map>

namespace finsam {

namespace {

/// The day a survey goal is judged on: the end of what its results are of, or today when
/// that is later (a goal is not behind before its insats has ended).
Date judged_on(const ShownSurveyResults& shown, const Period& period, Date today) {
    const Date end = shown.periods.empty() ? period.end : shown.periods.back().end;
    return std::min(end, today);
}

/// The insats's survey results in the period, read once per survey however many of its goals
/// the survey measures.
class InterventionSurveyResults {
public:
    InterventionSurveyResults(const AppContext& context, std::int64_t intervention_id,
                              const Period& period)
        : m_context(context), m_intervention_id(intervention_id), m_period(period) {}

    AppResult<const ShownSurveyResults*> of(const SurveyDefinition& survey) {
        if (const auto found = m_shown.find(survey.id); found != m_shown.end())
            return &found->second;
        auto shown = shown_survey_results(m_context, survey, m_intervention_id, m_period);
        if (!shown)
            return tl::unexpected(shown.error());
        return &m_shown.emplace(survey.id, std::move(*shown)).first->second;
    }

private:
    const AppContext& m_context;
    std::int64_t m_intervention_id;
    Period m_period;
    std::map<std::string, ShownSurveyResults> m_shown;
};

AppResult<void> follow_up(const AppContext& context, const SurveyCatalog& surveys,
                          const std::string& association, const InterventionDetails& details,
                          const Period& period, std::vector<GoalFollowUpRow>& rows) {
    InterventionSurveyResults results(context, details.id, period);
    for (GoalFollowUpRow& row : rows) {
        if (!row.goal.survey)
            continue;
        const SurveyDefinition* survey = surveys.find(association, row.goal.survey->survey_id);
        if (survey == nullptr)
            continue;
        auto shown = results.of(*survey);
        if (!shown)
            return tl::unexpected(shown.error());
        const SurveyGoalOutcome outcome = survey_goal_outcome(*row.goal.survey, (*shown)->results);
        // As for a key figure: a hidden outcome has no status, which would tell its size.
        row.outcome_hidden = outcome.hidden;
        if (outcome.hidden)
            continue;
        row.outcome = outcome.value;
        row.answer_count = outcome.answer_count;
        const GoalTimeline timeline{details.period_start,
                                    details.ended_on ? details.ended_on : details.period_end,
                                    judged_on(**shown, period, context.clock().today())};
        row.status = goal_status(row.goal, row.outcome, timeline);
    }
    return {};
}

} // namespace

AppResult<void> follow_up_survey_goals(const AppContext& context, const SurveyCatalog& surveys,
                                       const std::string& association,
                                       const std::vector<InterventionDetails>& listed,
                                       Statistics& statistics) {
    for (InterventionStatistics& insats : statistics.interventions) {
        const bool measured_by_survey =
            std::any_of(insats.goals.begin(), insats.goals.end(),
                        [](const GoalFollowUpRow& row) { return row.goal.survey.has_value(); });
        if (!measured_by_survey)
            continue;
        const auto details =
            std::find_if(listed.begin(), listed.end(), [&](const InterventionDetails& each) {
                return each.id == insats.intervention_id;
            });
        if (details == listed.end())
            continue;
        if (auto followed = follow_up(context, surveys, association, *details,
                                      statistics.selection.period, insats.goals);
            !followed)
            return followed;
    }
    return {};
}

} // namespace finsam
