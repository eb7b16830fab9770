#include "app/statistics/StatisticsTable.h"

#include <algorithm>

namespace finsam {

namespace {

Date first_of(std::chrono::year year, unsigned month) {
    return Date{year, std::chrono::month{month}, std::chrono::day{1}};
}

Date last_of(std::chrono::year year, unsigned month) {
    return Date{year / std::chrono::month{month} / std::chrono::last};
}

bool ends_within(const StatisticsReport& report, const Period& period) {
    return period.contains(report.period_end);
}

bool follows(const StatisticsReport& later, const StatisticsReport& earlier) {
    return std::chrono::sys_days(later.period_start) ==
           std::chrono::sys_days(earlier.period_end) + std::chrono::days{1};
}

ReportIdentity identity_of(const StatisticsReport& report) {
    return {std::uint64_t(report.version_id), int(report.period_end.year())};
}

} // namespace

bool is_period_flow(Measure measure) {
    switch (measure) {
    case Measure::ParticipantsNew:
    case Measure::EndedInPeriod:
    case Measure::EndedByReason:
    case Measure::IncomeAtStart:
    case Measure::IncomeAtEnd:
    case Measure::ReferredBy:
    case Measure::TargetGroup:
        return true;
    default:
        return false;
    }
}

std::vector<Period> laid_out_periods(const Period& requested) {
    std::vector<Period> periods;
    for (auto year = requested.start.year(); year <= requested.end.year(); ++year) {
        for (unsigned quarter = 0; quarter < 4; ++quarter)
            periods.push_back({first_of(year, 3 * quarter + 1), last_of(year, 3 * quarter + 3)});
        periods.push_back({first_of(year, 1), last_of(year, 6)});
        periods.push_back({first_of(year, 7), last_of(year, 12)});
        periods.push_back({first_of(year, 1), last_of(year, 12)});
    }
    return periods;
}

StatisticsTable::StatisticsTable(const std::vector<VisibleReports>& interventions,
                                 const Period& requested, int threshold,
                                 const PublishedCells& published)
    : StatisticsTable(interventions, requested, threshold, published, YearBefore::Decided) {}

StatisticsTable::StatisticsTable(const std::vector<VisibleReports>& interventions,
                                 const Period& requested, int threshold,
                                 const PublishedCells& published, YearBefore year_before) {
    auto periods = laid_out_periods(requested);
    for (const auto& visible : interventions) {
        for (const auto* report : visible.reports) {
            const bool in_layout = std::any_of(periods.begin(), periods.end(), [&](const auto& p) {
                return ends_within(*report, p);
            });
            if (in_layout)
                add_report(report);
        }
    }
    if (year_before == YearBefore::Decided)
        carry_in_year_before(interventions, periods.front().start, threshold, published);
    for (const auto& visible : interventions)
        link_reports(visible);
    const bool laid_out = std::find(periods.begin(), periods.end(), requested) != periods.end();
    if (!laid_out)
        periods.push_back(requested);
    for (const auto& period : periods) {
        const bool adds_cells = laid_out || period != requested;
        std::vector<PeriodCells> per_intervention;
        for (const auto& visible : interventions)
            per_intervention.push_back(cells_for(visible, period, adds_cells));
        auto totals = sum_over(per_intervention, adds_cells);
        if (period == requested) {
            m_requested = std::move(per_intervention);
            m_totals = std::move(totals);
        }
    }
    m_table.suppress(threshold, published);
}

/// The reports of the year before that a first quarter of the table follows, as that year's
/// table decides them. That table is made only when there is one.
void StatisticsTable::carry_in_year_before(const std::vector<VisibleReports>& interventions,
                                           Date first_day, int threshold,
                                           const PublishedCells& published) {
    std::vector<const StatisticsReport*> carried;
    for (const auto& visible : interventions) {
        const auto& reports = visible.reports;
        for (const auto* report : reports) {
            const bool followed = std::any_of(reports.begin(), reports.end(), [&](const auto* r) {
                return m_blocks.contains(r) && r->kind == ReportKind::Quarterly &&
                       r->period_start == first_day && follows(*r, *report);
            });
            if (followed)
                carried.push_back(report);
        }
    }
    if (carried.empty())
        return;
    const Date last_day{std::chrono::sys_days(first_day) - std::chrono::days{1}};
    const Period year_before{Date{last_day.year(), std::chrono::January, std::chrono::day{1}},
                             last_day};
    const StatisticsTable decided(interventions, year_before, threshold, published,
                                  YearBefore::Ignored);
    for (const auto* report : carried) {
        if (const auto block = decided.block_of(report))
            m_carried_in[report] = m_table.add_decided_report(report->figures, decided.m_table,
                                                              *block, identity_of(*report));
    }
}

std::optional<int> StatisticsTable::linked_block(const StatisticsReport* report) const {
    if (const auto block = block_of(report))
        return block;
    const auto found = m_carried_in.find(report);
    return found == m_carried_in.end() ? std::nullopt : std::optional(found->second);
}

/// What a reader knows of an insats's reports together: stocks carried from one quarter to
/// the next, and the same stocks in two reports that end on the same day.
void StatisticsTable::link_reports(const VisibleReports& visible) {
    for (std::size_t later = 0; later < visible.reports.size(); ++later) {
        const auto later_block = linked_block(visible.reports[later]);
        if (!later_block)
            continue;
        const StatisticsReport& report = *visible.reports[later];
        for (std::size_t earlier = 0; earlier < later; ++earlier) {
            const auto earlier_block = linked_block(visible.reports[earlier]);
            if (!earlier_block)
                continue;
            const StatisticsReport& previous = *visible.reports[earlier];
            if (previous.period_end == report.period_end)
                m_table.link_same_end(*earlier_block, *later_block);
            else if (report.kind == ReportKind::Quarterly && follows(report, previous))
                m_table.link_consecutive(*earlier_block, *later_block);
        }
    }
}

std::optional<int> StatisticsTable::block_of(const StatisticsReport* report) const {
    const auto found = m_blocks.find(report);
    return found == m_blocks.end() ? std::nullopt : std::optional(found->second.block);
}

double StatisticsTable::value(const CellParts& parts) const {
    double sum = 0;
    for (const int cell : parts)
        sum += m_table.value(cell);
    return sum;
}

bool StatisticsTable::hidden(const CellParts& parts) const {
    return std::any_of(parts.begin(), parts.end(), [&](int cell) { return m_table.hidden(cell); });
}

const PeriodCells& StatisticsTable::cells_of(std::size_t intervention) const {
    return m_requested.at(intervention);
}

void StatisticsTable::add_report(const StatisticsReport* report) {
    ReportCells added;
    added.block = m_table.add_report(report->figures, identity_of(*report));
    for (const auto& figure : report->figures) {
        if (figure.unit != Unit::Count)
            continue;
        const auto cell = m_table.count_cell(added.block, figure.measure, figure.category);
        if (!cell)
            continue;
        auto& cells = is_period_flow(figure.measure) ? added.flows : added.stocks;
        const FigureKey key{figure.measure, figure.category};
        const bool listed = std::any_of(cells.begin(), cells.end(),
                                        [&](const auto& other) { return other.first == key; });
        if (!listed)
            cells.emplace_back(key, *cell);
    }
    m_blocks[report] = std::move(added);
}

PeriodCells StatisticsTable::cells_for(const VisibleReports& visible, const Period& period,
                                       bool laid_out) {
    PeriodCells cells;
    std::map<FigureKey, std::vector<int>> flows;
    for (const auto* report : visible.reports) {
        if (!ends_within(*report, period))
            continue;
        cells.latest = report; // oldest first: the last one found is the latest
        if (report->kind != ReportKind::Quarterly)
            continue;
        for (const auto& [key, cell] : m_blocks.at(report).flows) {
            auto& summed = flows[key];
            if (std::find(summed.begin(), summed.end(), cell) == summed.end())
                summed.push_back(cell);
        }
    }
    if (!cells.latest)
        return cells;
    const ReportCells& latest = m_blocks.at(cells.latest);
    cells.latest_block = latest.block;
    for (const auto& [key, cell] : latest.stocks)
        cells.cells.try_emplace(key, CellParts{cell});
    for (auto& [key, summed] : flows) {
        if (summed.size() == 1 || !laid_out)
            cells.cells[key] = std::move(summed);
        else
            cells.cells[key] = {sum_of(std::move(summed))};
    }
    return cells;
}

std::size_t StatisticsTable::CellsHash::operator()(const std::vector<int>& cells) const {
    std::size_t hash = cells.size();
    for (const int cell : cells)
        hash = hash * 1'000'003 ^ std::hash<int>{}(cell);
    return hash;
}

/// The cell that sums the cells: made once, since periods repeat sums (the fourth quarter's
/// total of everyone as of its end is the second half year's and the year's).
int StatisticsTable::sum_of(std::vector<int> cells) {
    std::sort(cells.begin(), cells.end());
    const auto [found, added] = m_sums.try_emplace(std::move(cells), 0);
    if (added)
        found->second = m_table.add_sum(found->first);
    return found->second;
}

std::map<FigureKey, CellParts>
StatisticsTable::sum_over(const std::vector<PeriodCells>& per_intervention, bool laid_out) {
    std::map<FigureKey, CellParts> parts;
    for (const auto& cells : per_intervention) {
        for (const auto& [key, cell_parts] : cells.cells) {
            if (key.first != Measure::ParticipantsTarget)
                parts[key].insert(parts[key].end(), cell_parts.begin(), cell_parts.end());
        }
    }
    if (!laid_out)
        return parts;
    std::map<FigureKey, CellParts> totals;
    for (const auto& [key, cells] : parts)
        totals[key] = {sum_of(cells)};
    return totals;
}

} // namespace finsam
