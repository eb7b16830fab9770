#include "domain/GoalFollowUp.h"

#include <algorithm>

namespace finsam {

namespace {

/// The first value the report states of the measure in the unit.
std::optional<double> stated(const std::vector<Figure>& figures, Measure measure, Unit unit) {
    const auto found = std::find_if(figures.begin(), figures.end(), [&](const Figure& figure) {
        return figure.measure == measure && figure.unit == unit;
    });
    return found == figures.end() ? std::nullopt : std::optional(found->value);
}

/// How much of the insats's time has passed on `as_of`, from 0 to 1; nullopt when its
/// period is not known.
std::optional<double> elapsed_share(const GoalTimeline& timeline) {
    if (!timeline.intervention_start || !timeline.intervention_end)
        return std::nullopt;
    const auto start = std::chrono::sys_days(*timeline.intervention_start);
    const auto end = std::chrono::sys_days(*timeline.intervention_end);
    if (end <= start)
        return std::nullopt;
    const auto now = std::clamp(std::chrono::sys_days(timeline.as_of), start, end);
    return double((now - start).count()) / double((end - start).count());
}

bool has_ended(const GoalTimeline& timeline) {
    return timeline.intervention_end && *timeline.intervention_end <= timeline.as_of;
}

} // namespace

std::string_view to_string(GoalStatus status) {
    switch (status) {
    case GoalStatus::Reached:
        return "reached";
    case GoalStatus::OnTheWay:
        return "on_the_way";
    case GoalStatus::Behind:
        return "behind";
    case GoalStatus::NotJudged:
        return "not_judged";
    }
    return "not_judged";
}

std::string_view to_string(Trend trend) {
    switch (trend) {
    case Trend::Up:
        return "up";
    case Trend::Down:
        return "down";
    case Trend::Unchanged:
        return "unchanged";
    case Trend::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::optional<double> goal_outcome(const Goal& goal, const std::vector<Figure>& figures) {
    if (!goal.measure || !goal.unit)
        return std::nullopt;
    if (*goal.unit == Unit::Count)
        return stated(figures, *goal.measure, Unit::Count);
    if (const auto percent = stated(figures, *goal.measure, Unit::Percent))
        return percent;
    const auto count = stated(figures, *goal.measure, Unit::Count);
    const auto base = stated(figures, share_base(*goal.measure), Unit::Count);
    if (!count || !base || *base <= 0)
        return std::nullopt;
    return 100.0 * *count / *base;
}

GoalStatus goal_status(const Goal& goal, std::optional<double> outcome,
                       const GoalTimeline& timeline) {
    if (!goal.target || !(goal.unit || goal.survey) || !outcome)
        return GoalStatus::NotJudged;
    if (*outcome >= *goal.target)
        return GoalStatus::Reached;
    if (has_ended(timeline))
        return GoalStatus::Behind;
    if (goal.survey || *goal.unit == Unit::Percent)
        return *outcome >= *goal.target * (1 - k_share_tolerance) ? GoalStatus::OnTheWay
                                                                  : GoalStatus::Behind;
    const auto elapsed = elapsed_share(timeline);
    if (!elapsed)
        return GoalStatus::NotJudged;
    return *outcome >= *goal.target * *elapsed ? GoalStatus::OnTheWay : GoalStatus::Behind;
}

Trend goal_trend(std::optional<double> previous, std::optional<double> current) {
    if (!previous || !current)
        return Trend::Unknown;
    if (*current > *previous)
        return Trend::Up;
    if (*current < *previous)
        return Trend::Down;
    return Trend::Unchanged;
}

} // namespace finsam
