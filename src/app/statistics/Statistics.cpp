#include "app/statistics/Statistics.h"

#include "domain/NameNormalisation.h"
#include "domain/SmallCounts.h"
#include "storage/InterventionStore.h"
#include "storage/StatisticsQueries.h"

#include <algorithm>
#include <chrono>

namespace finsam {

namespace {

/// Reports of the year before the period are read too: the previous report a goal's trend
/// is measured from.
constexpr std::chrono::days k_trend_lookback{366};

bool overlaps(const InterventionDetails& details, const Period& period) {
    if (!details.period_start)
        return false;
    const Date end = details.ended_on ? *details.ended_on : details.period_end.value_or(period.end);
    return *details.period_start <= period.end && end >= period.start;
}

/// The first value the report states of each measure and unit, with the other values it
/// also states for it.
struct StatedFigures {
    std::vector<Figure> first;
    std::vector<std::vector<double>> others; // per figure of `first`
};

StatedFigures first_stated(const std::vector<Figure>& figures) {
    StatedFigures stated;
    for (const auto& figure : figures) {
        const auto same =
            std::find_if(stated.first.begin(), stated.first.end(), [&](const auto& f) {
                return f.measure == figure.measure && f.unit == figure.unit;
            });
        if (same == stated.first.end()) {
            stated.first.push_back(figure);
            stated.others.emplace_back();
            continue;
        }
        auto& others = stated.others[std::size_t(same - stated.first.begin())];
        if (figure.value != same->value &&
            std::find(others.begin(), others.end(), figure.value) == others.end())
            others.push_back(figure.value);
    }
    return stated;
}

/// Counts first in measure order, then shares.
void sort_figures(std::vector<StatisticFigure>& figures) {
    std::stable_sort(figures.begin(), figures.end(), [](const auto& a, const auto& b) {
        return std::pair(a.unit, a.measure) < std::pair(b.unit, b.measure);
    });
}

std::vector<StatisticFigure> disclosed_statistics(const StatedFigures& stated,
                                                  const Disclosure& disclosure,
                                                  const Disclosure& board) {
    const auto shown = disclose_figures(stated.first, disclosure);
    const auto board_shown = disclose_figures(stated.first, board);
    std::vector<StatisticFigure> figures;
    for (std::size_t i = 0; i < stated.first.size(); ++i) {
        StatisticFigure figure{stated.first[i].measure,
                               stated.first[i].unit,
                               shown[i].value,
                               shown[i].suppressed,
                               false,
                               {}};
        figure.marked = !figure.hidden && board_shown[i].suppressed;
        if (disclosure.warnings)
            figure.conflicting = stated.others[i];
        figures.push_back(std::move(figure));
    }
    sort_figures(figures);
    return figures;
}

bool hides_measure(const std::vector<StatisticFigure>& figures, Measure measure) {
    return std::any_of(figures.begin(), figures.end(), [&](const StatisticFigure& figure) {
        return figure.hidden && figure.measure == measure;
    });
}

/// Whether what the outcome is computed from is hidden from the audience: then so is it.
bool hides_outcome(const Goal& goal, const std::vector<StatisticFigure>& figures) {
    if (!goal.measure)
        return false;
    return hides_measure(figures, *goal.measure) ||
           (goal.unit == Unit::Percent && hides_measure(figures, share_base(*goal.measure)));
}

std::vector<GoalFollowUpRow> follow_up_goals(const InterventionDetails& details,
                                             const StatisticsReport* report,
                                             const StatisticsReport* previous,
                                             const std::vector<StatisticFigure>& shown) {
    std::vector<GoalFollowUpRow> rows;
    for (const auto& goal : details.goals) {
        GoalFollowUpRow row{goal, std::nullopt, false, GoalStatus::NotJudged, Trend::Unknown};
        if (report) {
            const auto outcome = goal_outcome(goal, report->figures);
            const GoalTimeline timeline{details.period_start,
                                        details.ended_on ? details.ended_on : details.period_end,
                                        report->period_end};
            row.status = goal_status(goal, outcome, timeline);
            row.outcome_hidden = outcome && hides_outcome(goal, shown);
            if (!row.outcome_hidden) {
                row.outcome = outcome;
                if (previous)
                    row.trend = goal_trend(goal_outcome(goal, previous->figures), outcome);
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

/// The insats's reports the audience may see, oldest first.
std::vector<const StatisticsReport*> visible_reports(const std::vector<StatisticsReport>& reports,
                                                     std::int64_t intervention_id,
                                                     const Disclosure& disclosure) {
    std::vector<const StatisticsReport*> visible;
    for (const auto& report : reports) {
        if (report.intervention_id == intervention_id && disclosure.shows_report(report.status))
            visible.push_back(&report);
    }
    return visible;
}

InterventionStatistics statistics_of(const InterventionDetails& details,
                                     const std::vector<StatisticsReport>& reports,
                                     const Period& period, const Disclosure& disclosure,
                                     const Disclosure& board) {
    InterventionStatistics statistics;
    statistics.intervention_id = details.id;
    statistics.name = details.name;
    statistics.owner = details.owner;
    statistics.kind = details.kind;
    const auto visible = visible_reports(reports, details.id, disclosure);
    // The latest report ending within the period (reports ending before it were read only
    // for the trend), and the one before it.
    const auto chosen = std::find_if(visible.rbegin(), visible.rend(), [&](const auto* report) {
        return report->period_end >= period.start;
    });
    const StatisticsReport* report = chosen == visible.rend() ? nullptr : *chosen;
    const StatisticsReport* previous = nullptr;
    if (report) {
        const auto before = std::find_if(std::next(chosen), visible.rend(), [&](const auto* r) {
            return r->period_end < report->period_end;
        });
        previous = before == visible.rend() ? nullptr : *before;
    }
    if (report) {
        statistics.report_id = report->report_id;
        statistics.report_kind = report->kind;
        statistics.report_period = Period{report->period_start, report->period_end};
        statistics.figures = disclosed_statistics(first_stated(report->figures), disclosure, board);
    }
    statistics.goals = follow_up_goals(details, report, previous, statistics.figures);
    return statistics;
}

bool has_report_within(const std::vector<StatisticsReport>& reports, std::int64_t intervention_id,
                       const Period& period) {
    return std::any_of(reports.begin(), reports.end(), [&](const StatisticsReport& report) {
        return report.intervention_id == intervention_id && report.period_end >= period.start;
    });
}

} // namespace

AppResult<Statistics> participant_statistics(const AppContext& context,
                                             const StatisticsQuery& query) {
    const User& user = context.user();
    const AccessPolicy& policy = context.policy();
    const Period period = query.selection.period;
    auto listed = InterventionStore(context.database()).list(user.association_id);
    if (!listed)
        return tl::unexpected(AppError::internal(listed.error()));
    const Period read_window{Date(std::chrono::sys_days(period.start) - k_trend_lookback),
                             period.end};
    auto reports = StatisticsQueries(context.database())
                       .reports_ending_within(user.association_id, read_window);
    if (!reports)
        return tl::unexpected(AppError::internal(reports.error()));

    const std::string wanted =
        query.intervention ? normalise_intervention_name(*query.intervention) : std::string();
    const Disclosure board = disclosure_for(Role::Board, user.small_count_threshold);
    Statistics statistics{
        query.selection, user.small_count_threshold, policy.disclosure().small_counts, {}};
    bool named_found = false;
    for (const auto& details : *listed) {
        if (policy.read_intervention(details.association_id, details.id) != Access::Allowed)
            continue;
        if (query.intervention && normalise_intervention_name(details.name) != wanted)
            continue;
        named_found = true;
        if (!overlaps(details, period) && !has_report_within(*reports, details.id, period))
            continue;
        statistics.interventions.push_back(
            statistics_of(details, *reports, period, policy.disclosure(), board));
    }
    if (query.intervention && !named_found)
        return tl::unexpected(AppError::of(ErrorCode::NotFound));
    context.audit(AuditAction::View, AuditObject::Page, std::nullopt,
                  "statistics " + to_string(query.selection));
    return statistics;
}

} // namespace finsam
