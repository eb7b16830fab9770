#pragma once

#include "domain/Date.h"
#include "domain/Figure.h"
#include "domain/Report.h"

#include <optional>
#include <string_view>
#include <vector>

namespace finsam {

// Goal follow-up (måluppfyllelse): a measurable goal compared with the key figure it is
// measured by, the way municipal goal follow-up shows it: target and outcome side by side,
// a status, and an arrow for the change since the previous period.

enum class GoalStatus {
    Reached,   // uppnått: the outcome is at or above the target
    OnTheWay,  // på väg: below the target, but where the insats should be by now
    Behind,    // efter plan: below where it should be, or ended below the target
    NotJudged, // kan inte bedömas: no target, no measure, or no figure to compare with
};

enum class Trend { Up, Down, Unchanged, Unknown };

/// `reached`, `on_the_way`, `behind`, `not_judged`: the JSON contract's names.
std::string_view to_string(GoalStatus status);
std::string_view to_string(Trend trend);

/// Where a goal is followed up: the insats's period and the end of the period looked at.
struct GoalTimeline {
    std::optional<Date> intervention_start;
    std::optional<Date> intervention_end;
    Date as_of;
};

/// A share in percent counts as on the way when it is within this many percent of its
/// target: a share does not grow with time the way a count does.
constexpr double k_share_tolerance = 0.10;

/// The goal's outcome in the figures of one report: the count itself for a count goal; for
/// a share, the stated percentage, else the count as a share of its base (the ended for
/// "avslutade till arbete", all participants otherwise). Nullopt when the report states
/// neither, or the goal is not measurable.
std::optional<double> goal_outcome(const Goal& goal, const std::vector<Figure>& figures);

/// The status of an outcome against the goal's target on the timeline. A count goal is on
/// the way when the outcome is at least the target's share of the insats's time that has
/// passed; a share, and a goal measured by a survey (a share or a change, neither of which
/// grows with time), when it is within k_share_tolerance of the target. After the insats has
/// ended anything below the target is Behind.
GoalStatus goal_status(const Goal& goal, std::optional<double> outcome,
                       const GoalTimeline& timeline);

/// The arrow from the previous period's outcome to this one.
Trend goal_trend(std::optional<double> previous, std::optional<double> current);

} // namespace finsam
