#include "app/statistics/Statistics.h"

#include "app/ReadAccess.h"
#include "app/statistics/StatisticsTable.h"
#include "app/statistics/SurveyGoals.h"
#include "domain/NameNormalisation.h"
#include "domain/Text.h"
#include "storage/AssociationStore.h"
#include "storage/InterventionStore.h"
#include "storage/PublishedCellStore.h"
#include "storage/StatisticsQueries.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <set>
#include <thread>

namespace finsam {

namespace {

bool overlaps(const InterventionDetails& details, const Period& period) {
    if (!details.period_start)
        return false;
    const Date end = details.ended_on ? *details.ended_on : details.period_end.value_or(period.end);
    return *details.period_start <= period.end && end >= period.start;
}

/// The other values a report states for a figure it states more than once.
std::vector<double> other_values(const std::vector<Figure>& figures, const Figure& first) {
    std::vector<double> others;
    for (const auto& figure : figures) {
        if (figure.measure == first.measure && figure.unit == first.unit &&
            figure.category == first.category && figure.value != first.value &&
            std::find(others.begin(), others.end(), figure.value) == others.end())
            others.push_back(figure.value);
    }
    return others;
}

/// Counts first in measure order, then shares.
void sort_figures(std::vector<StatisticFigure>& figures) {
    std::stable_sort(figures.begin(), figures.end(), [](const auto& a, const auto& b) {
        return std::tie(a.unit, a.measure, a.category) < std::tie(b.unit, b.measure, b.category);
    });
}

/// How the audience sees the table's cells: hidden for the board, marked for the others.
struct Audience {
    bool hides = false;
    bool warnings = false;
};

StatisticFigure figure_of(const StatisticsTable& table, const FigureKey& key, const CellParts& cell,
                          const Audience& audience) {
    StatisticFigure figure{key.first, key.second, Unit::Count, table.value(cell), false, false, {}};
    const bool protected_cell = table.hidden(cell);
    if (audience.hides && protected_cell) {
        figure.value.reset();
        figure.hidden = true;
    }
    figure.marked = !audience.hides && protected_cell;
    return figure;
}

std::vector<StatisticFigure> period_figures(const StatisticsTable& table, const PeriodCells& cells,
                                            const Audience& audience) {
    std::vector<StatisticFigure> figures;
    for (const auto& [key, cell] : cells.cells) {
        auto figure = figure_of(table, key, cell, audience);
        if (audience.warnings && !is_period_flow(key.first)) {
            const Figure stated{key.first, table.value(cell), Unit::Count, {}, {}, key.second};
            figure.conflicting = other_values(cells.latest->figures, stated);
        }
        figures.push_back(std::move(figure));
    }
    // A participant target is a goal, not people: shown as stated. A share: hidden with the
    // count it implies or is a share of.
    const auto& stated = cells.latest->figures;
    for (std::size_t i = 0; i < stated.size(); ++i) {
        const Figure& figure = stated[i];
        const bool target = figure.measure == Measure::ParticipantsTarget;
        if (figure.unit == Unit::Count && !target)
            continue;
        const bool repeated = std::any_of(figures.begin(), figures.end(), [&](const auto& f) {
            return f.measure == figure.measure && f.unit == figure.unit &&
                   f.category == figure.category;
        });
        if (repeated)
            continue;
        StatisticFigure shown{figure.measure, figure.category, figure.unit, figure.value,
                              false,          false,           {}};
        const bool protected_share = table.table().figure_hidden(cells.latest_block, i);
        if (audience.hides && protected_share) {
            shown.value.reset();
            shown.hidden = true;
        }
        shown.marked = !audience.hides && protected_share;
        figures.push_back(std::move(shown));
    }
    sort_figures(figures);
    return figures;
}

/// The figures as a report would state them, for computing a goal's outcome.
std::vector<Figure> as_stated(const std::vector<StatisticFigure>& figures) {
    std::vector<Figure> stated;
    for (const auto& figure : figures) {
        if (figure.value)
            stated.push_back({figure.measure, *figure.value, figure.unit, {}, {}, figure.category});
    }
    return stated;
}

/// Whether a figure the goal's outcome is computed from (its measure, and for a share the
/// share's base) has `flag` set.
bool outcome_figure_has(const Goal& goal, const std::vector<StatisticFigure>& figures,
                        bool StatisticFigure::*flag) {
    if (!goal.measure)
        return false;
    const auto flagged = [&](Measure measure) {
        return std::any_of(figures.begin(), figures.end(), [&](const StatisticFigure& figure) {
            return figure.*flag && figure.measure == measure;
        });
    };
    return flagged(*goal.measure) ||
           (goal.unit == Unit::Percent && flagged(share_base(*goal.measure)));
}

/// The insats's report before `latest` that the audience may see.
const StatisticsReport* previous_report(const std::vector<const StatisticsReport*>& visible,
                                        const StatisticsReport* latest) {
    const StatisticsReport* previous = nullptr;
    for (const auto* report : visible) {
        if (report->period_end < latest->period_end)
            previous = report;
    }
    return previous;
}

std::vector<GoalFollowUpRow> follow_up_goals(const InterventionDetails& details,
                                             const StatisticsReport* latest,
                                             const StatisticsReport* previous,
                                             const std::vector<StatisticFigure>& shown,
                                             const std::vector<Figure>& all_figures) {
    std::vector<GoalFollowUpRow> rows;
    for (const auto& goal : details.goals) {
        GoalFollowUpRow row;
        row.goal = goal;
        if (latest) {
            const auto outcome = goal_outcome(goal, all_figures);
            const GoalTimeline timeline{details.period_start,
                                        details.ended_on ? details.ended_on : details.period_end,
                                        latest->period_end};
            // An outcome computed from a figure hidden from the audience is hidden too.
            row.outcome_hidden =
                outcome && outcome_figure_has(goal, shown, &StatisticFigure::hidden);
            // A status or trend of a hidden outcome would tell its size ("reached" with a
            // target of 4 pins a hidden count to 4): neither is judged for that audience.
            if (!row.outcome_hidden) {
                row.outcome = outcome;
                row.status = goal_status(goal, outcome, timeline);
                row.unconfirmed =
                    outcome && outcome_figure_has(goal, shown, &StatisticFigure::unconfirmed);
                if (previous)
                    row.trend = goal_trend(goal_outcome(goal, previous->figures), outcome);
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

/// The insats's reports the audience may see, oldest first.
VisibleReports visible_reports(const std::vector<StatisticsReport>& reports,
                               std::int64_t intervention_id, const Disclosure& disclosure) {
    VisibleReports visible{intervention_id, {}};
    for (const auto& report : reports) {
        if (report.intervention_id == intervention_id && disclosure.shows_report(report.status))
            visible.reports.push_back(&report);
    }
    return visible;
}

/// For an audience whose statistics count only figures the kansli has checked (the board): the
/// figures of a report read from its text and not yet confirmed are left out, as if the
/// report stated none. The report itself stays, so that an older report's counts are not
/// shown as the insats's latest. What is then hidden of the rest is the small-count
/// protection's decision alone, made on what is left.
void leave_out_unconfirmed_figures(std::vector<StatisticsReport>& reports,
                                   const Disclosure& disclosure) {
    if (disclosure.unconfirmed_figures)
        return;
    for (auto& report : reports) {
        if (!report.figures_confirmed)
            report.figures.clear();
    }
}

/// The figures of an insats's period that rest on a report whose figures the kansli has not
/// confirmed: those of its latest report (as of the period's end, and its shares), and a flow
/// (new, ended...) when any kvartalsrapport summed for it is such a report.
std::set<FigureKey> unconfirmed_figures(const VisibleReports& visible, const PeriodCells& cells,
                                        const Period& period) {
    std::set<FigureKey> keys;
    for (const auto* report : visible.reports) {
        if (report->figures_confirmed || !period.contains(report->period_end))
            continue;
        for (const auto& figure : report->figures) {
            const bool flow = figure.unit == Unit::Count && is_period_flow(figure.measure);
            const bool counted =
                flow ? report->kind == ReportKind::Quarterly : report == cells.latest;
            if (counted)
                keys.insert({figure.measure, figure.category});
        }
    }
    return keys;
}

void mark_unconfirmed(std::vector<StatisticFigure>& figures, const std::set<FigureKey>& keys) {
    for (auto& figure : figures)
        figure.unconfirmed = keys.contains({figure.measure, figure.category});
}

ProtectedReport every_figure_hidden(const StatisticsReport& report) {
    ProtectedReport hidden;
    hidden.figures.assign(report.figures.size(), true);
    for (const auto& figure : report.figures) {
        if (figure.unit == Unit::Count)
            hidden.counts.try_emplace({figure.measure, figure.category}, true);
    }
    return hidden;
}

/// Whether the insats has a report ending within the period, seen by the audience or not: an
/// insats that reported is listed, with "no report" for an audience that may not see it yet.
bool has_report_within(const std::vector<StatisticsReport>& reports, std::int64_t intervention_id,
                       const Period& period) {
    return std::any_of(reports.begin(), reports.end(), [&](const StatisticsReport& report) {
        return report.intervention_id == intervention_id && period.contains(report.period_end);
    });
}

/// Statistics, and the cells they show for the first time outside the kansli.
struct ShownStatistics {
    Statistics statistics;
    std::vector<PublishedCell> newly_published;
};

/// The statistics of the förbund's insatser in `listed` that the user may read, protected
/// with the cells the förbund has `published` known.
ShownStatistics statistics_of(const AppContext& context, const StatisticsQuery& query,
                              const std::vector<InterventionDetails>& listed,
                              const std::vector<StatisticsReport>& reports,
                              const PublishedCells& published) {
    const AccessPolicy& policy = context.policy();
    const Disclosure& disclosure = policy.disclosure();
    const Period period = query.selection.period;
    const std::string wanted =
        query.intervention ? normalise_intervention_name(*query.intervention) : std::string();
    // The table holds every insats the user may read, whichever one is asked for: a table of
    // one insats would be protected differently, and comparing the two would give away what
    // each hides.
    std::vector<const InterventionDetails*> included;
    std::vector<VisibleReports> visible;
    for (const auto& details : listed) {
        if (policy.read_intervention(details.association_id, details.id) != Access::Allowed)
            continue;
        auto reports_of = visible_reports(reports, details.id, disclosure);
        if (!overlaps(details, period) && !has_report_within(reports, details.id, period))
            continue;
        included.push_back(&details);
        visible.push_back(std::move(reports_of));
    }
    StatisticsTable table(visible, period, disclosure.small_count_threshold, published);
    const Audience audience{!disclosure.small_counts, disclosure.warnings};

    Statistics statistics{query.selection,
                          disclosure.small_count_threshold,
                          disclosure.small_counts,
                          {},
                          {},
                          {},
                          disclosure.unconfirmed_figures};
    std::set<FigureKey> unconfirmed_in_totals;
    for (std::size_t i = 0; i < included.size(); ++i) {
        const InterventionDetails& details = *included[i];
        const auto unconfirmed = unconfirmed_figures(visible[i], table.cells_of(i), period);
        unconfirmed_in_totals.insert(unconfirmed.begin(), unconfirmed.end());
        if (query.intervention && normalise_intervention_name(details.name) != wanted)
            continue;
        InterventionStatistics row;
        row.intervention_id = details.id;
        row.name = details.name;
        row.owner = details.owner;
        row.kind = details.kind;
        const PeriodCells& cells = table.cells_of(i);
        std::vector<Figure> all_figures;
        if (cells.latest) {
            row.report_id = cells.latest->report_id;
            row.report_kind = cells.latest->kind;
            row.report_period = Period{cells.latest->period_start, cells.latest->period_end};
            row.figures = period_figures(table, cells, audience);
            mark_unconfirmed(row.figures, unconfirmed);
            all_figures = as_stated(period_figures(table, cells, Audience{}));
        }
        const auto* previous =
            cells.latest ? previous_report(visible[i].reports, cells.latest) : nullptr;
        row.goals = follow_up_goals(details, cells.latest, previous, row.figures, all_figures);
        statistics.interventions.push_back(std::move(row));
    }
    for (const auto& [key, cell] : table.totals())
        statistics.totals.push_back(figure_of(table, key, cell, audience));
    mark_unconfirmed(statistics.totals, unconfirmed_in_totals);
    sort_figures(statistics.totals);
    if (!audience.hides)
        return {std::move(statistics), {}};
    return {std::move(statistics), table.newly_published(published)};
}

/// The years of the cells a table for `period` is made with: those laid out and the year
/// before them.
std::pair<int, int> published_years(const Period& period) {
    return {int(period.start.year()) - 1, int(period.end.year())};
}

/// The cells the förbund has shown outside the kansli that a table for `period` can hold.
AppResult<PublishedCells> published_cells(const AppContext& context, const Period& period) {
    const auto [first_year, last_year] = published_years(period);
    auto published = PublishedCellStore(context.database())
                         .published(context.user().association_id, first_year, last_year);
    if (!published)
        return tl::unexpected(AppError::internal(published.error()));
    return std::move(*published);
}

/// Remembers what the reader outside the kansli was shown: it stays shown from now on.
AppResult<void> record_published(const AppContext& context, std::int64_t association_id,
                                 const std::vector<PublishedCell>& cells) {
    auto recorded = PublishedCellStore(context.database()).record(association_id, cells);
    if (!recorded)
        return tl::unexpected(AppError::internal(recorded.error()));
    return {};
}

/// The reports of the years laid out and of the year before them: the table carries that
/// year's last reports in (StatisticsTable), and a goal's trend for a period that starts a year
/// is measured from the report before it.
Period read_window(const Period& period) {
    return Period{Date{period.start.year() - std::chrono::years{1}, std::chrono::January,
                       std::chrono::day{1}},
                  Date{period.end.year(), std::chrono::December, std::chrono::day{31}}};
}

/// The insatser of each förbund, by förbund id, in the order given.
std::map<std::int64_t, std::vector<InterventionDetails>>
by_association(std::vector<InterventionDetails> listed) {
    std::map<std::int64_t, std::vector<InterventionDetails>> grouped;
    for (auto& details : listed)
        grouped[details.association_id].push_back(std::move(details));
    return grouped;
}

} // namespace

AppResult<Statistics> participant_statistics(const AppContext& context,
                                             const StatisticsQuery& query,
                                             const SurveyCatalog& surveys) {
    const User& user = context.user();
    auto listed = InterventionStore(context.database()).list(user.association_id);
    if (!listed)
        return tl::unexpected(AppError::internal(listed.error()));
    if (query.intervention) {
        const std::string wanted = normalise_intervention_name(*query.intervention);
        const bool readable = std::any_of(listed->begin(), listed->end(), [&](const auto& d) {
            return normalise_intervention_name(d.name) == wanted &&
                   context.policy().read_intervention(d.association_id, d.id) == Access::Allowed;
        });
        if (!readable)
            return tl::unexpected(AppError::of(ErrorCode::NotFound));
    }
    auto reports =
        StatisticsQueries(context.database())
            .reports_ending_within(user.association_id, read_window(query.selection.period));
    if (!reports)
        return tl::unexpected(AppError::internal(reports.error()));
    leave_out_unconfirmed_figures(*reports, context.policy().disclosure());
    auto settings = association_settings(context);
    if (!settings)
        return tl::unexpected(settings.error());
    const auto published = published_cells(context, query.selection.period);
    if (!published)
        return tl::unexpected(published.error());
    auto shown = statistics_of(context, query, *listed, *reports, *published);
    if (auto recorded = record_published(context, user.association_id, shown.newly_published);
        !recorded)
        return tl::unexpected(recorded.error());
    Statistics statistics = std::move(shown.statistics);
    statistics.association = settings->name;
    if (auto followed =
            follow_up_survey_goals(context, surveys, settings->name, *listed, statistics);
        !followed)
        return tl::unexpected(followed.error());
    context.audit(AuditAction::View, AuditObject::Page, std::nullopt,
                  "statistics " + to_string(query.selection));
    return statistics;
}

AppResult<std::map<std::int64_t, ProtectedReport>>
protected_report_figures(const AppContext& context, const Period& span) {
    const Disclosure& disclosure = context.policy().disclosure();
    std::map<std::int64_t, ProtectedReport> protected_reports;
    if (disclosure.small_counts)
        return protected_reports;
    const User& user = context.user();
    auto listed = InterventionStore(context.database()).list(user.association_id);
    if (!listed)
        return tl::unexpected(AppError::internal(listed.error()));
    auto reports = StatisticsQueries(context.database())
                       .reports_ending_within(user.association_id, read_window(span));
    if (!reports)
        return tl::unexpected(AppError::internal(reports.error()));
    // The figures the statistics leave out are kept back as a whole.
    if (!disclosure.unconfirmed_figures) {
        for (const auto& report : *reports) {
            if (!report.figures_confirmed && disclosure.shows_report(report.status))
                protected_reports[report.report_id] = every_figure_hidden(report);
        }
    }
    leave_out_unconfirmed_figures(*reports, disclosure);
    std::vector<VisibleReports> visible;
    for (const auto& details : *listed) {
        if (context.policy().read_intervention(details.association_id, details.id) ==
            Access::Allowed)
            visible.push_back(visible_reports(*reports, details.id, disclosure));
    }
    const auto published = published_cells(context, span);
    if (!published)
        return tl::unexpected(published.error());
    StatisticsTable table(visible, span, disclosure.small_count_threshold, *published);
    if (auto recorded = record_published(context, context.user().association_id,
                                         table.newly_published(*published));
        !recorded)
        return tl::unexpected(recorded.error());
    for (const auto& of_intervention : visible) {
        for (const auto* report : of_intervention.reports) {
            const auto block = table.block_of(report);
            if (!block)
                continue;
            ProtectedReport& shown = protected_reports[report->report_id];
            for (std::size_t i = 0; i < report->figures.size(); ++i) {
                const Figure& figure = report->figures[i];
                const bool hidden = table.table().figure_hidden(*block, i);
                shown.figures.push_back(hidden);
                if (figure.unit == Unit::Count)
                    shown.counts.try_emplace({figure.measure, figure.category}, hidden);
            }
        }
    }
    return protected_reports;
}

AppResult<Statistics> requested_statistics(const AppContext& context, const FieldSource& fields,
                                           const SurveyCatalog& surveys) {
    std::string typed(trim(fields.value("period")));
    if (typed.empty())
        typed = std::to_string(int(context.clock().today().year()));
    const auto selection = parse_period_selection(typed);
    if (!selection)
        return tl::unexpected(AppError::invalid({{"period", selection.error()}}));
    const std::string insats(trim(fields.value("insats")));
    return participant_statistics(
        context, {*selection, insats.empty() ? std::nullopt : std::optional(insats)}, surveys);
}

AppResult<std::vector<Statistics>> statistics_of_every_association(const AppContext& context,
                                                                   const StatisticsQuery& query,
                                                                   const SurveyCatalog& surveys) {
    if (context.channel() != Channel::CommandLine)
        return tl::unexpected(AppError::of(ErrorCode::Forbidden));
    auto associations = AssociationStore(context.database()).list();
    if (!associations)
        return tl::unexpected(AppError::internal(associations.error()));
    // Every förbund's insatser and reports in a few queries, rather than the same queries
    // for each förbund in turn.
    auto listed = InterventionStore(context.database()).list_every();
    if (!listed)
        return tl::unexpected(AppError::internal(listed.error()));
    auto reports =
        StatisticsQueries(context.database())
            .reports_of_every_association_ending_within(read_window(query.selection.period));
    if (!reports)
        return tl::unexpected(AppError::internal(reports.error()));
    const auto [first_year, last_year] = published_years(query.selection.period);
    auto published = PublishedCellStore(context.database())
                         .published_in_every_association(first_year, last_year);
    if (!published)
        return tl::unexpected(AppError::internal(published.error()));
    auto listed_by_association = by_association(std::move(*listed));
    std::vector<Statistics> every(associations->size());
    std::vector<std::vector<PublishedCell>> newly_published(associations->size());
    std::vector<std::int64_t> association_ids;
    for (const auto& association : *associations) {
        association_ids.push_back(association.id);
        listed_by_association.try_emplace(association.id);
        reports->try_emplace(association.id);
        published->try_emplace(association.id);
    }
    // Each förbund's table is its own and reads nothing more from the database, so the
    // förbund are shared out over the processor's cores.
    const auto user_of = [&](const AssociationSettings& association) {
        User user = context.user();
        user.association_id = association.id;
        user.small_count_threshold = association.small_count_threshold;
        return user;
    };
    const auto statistics_of_association = [&](std::size_t index) {
        const AssociationSettings& association = (*associations)[index];
        const User user = user_of(association);
        const AppContext of_association(context.database(), user, context.clock(),
                                        context.templates(), Channel::CommandLine);
        auto shown = statistics_of(of_association, {query.selection, std::nullopt},
                                   listed_by_association.at(association.id),
                                   reports->at(association.id), published->at(association.id));
        every[index] = std::move(shown.statistics);
        every[index].association = association.name;
        newly_published[index] = std::move(shown.newly_published);
    };
    const std::size_t workers =
        std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, every.size() + 1);
    std::vector<std::future<void>> shares;
    for (std::size_t worker = 0; worker < workers; ++worker) {
        shares.push_back(std::async(std::launch::async, [&, worker] {
            for (std::size_t index = worker; index < every.size(); index += workers)
                statistics_of_association(index);
        }));
    }
    for (auto& share : shares)
        share.get();
    // What the board was shown is recorded here, on the one connection: the tables above read
    // nothing from the database. The goals a survey measures read its answers, here too.
    for (std::size_t index = 0; index < every.size(); ++index) {
        const AssociationSettings& association = (*associations)[index];
        const User user = user_of(association);
        const AppContext of_association(context.database(), user, context.clock(),
                                        context.templates(), Channel::CommandLine);
        if (auto followed =
                follow_up_survey_goals(of_association, surveys, association.name,
                                       listed_by_association.at(association.id), every[index]);
            !followed)
            return tl::unexpected(followed.error());
        if (auto recorded =
                record_published(context, association_ids[index], newly_published[index]);
            !recorded)
            return tl::unexpected(recorded.error());
    }
    context.audit_in_each(AuditAction::View, AuditObject::Page,
                          "statistics " + to_string(query.selection), association_ids);
    return every;
}

} // namespace finsam
