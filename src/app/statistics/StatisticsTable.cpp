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
                                 const Period& requested) {
    auto periods = laid_out_periods(requested);
    for (const auto& visible : interventions) {
        for (const auto* report : visible.reports) {
            const bool in_layout = std::any_of(periods.begin(), periods.end(), [&](const auto& p) {
                return ends_within(*report, p);
            });
            if (in_layout)
                m_blocks[report] = m_table.add_report(report->figures);
        }
    }
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
}

std::optional<int> StatisticsTable::block_of(const StatisticsReport* report) const {
    const auto found = m_blocks.find(report);
    return found == m_blocks.end() ? std::nullopt : std::optional(found->second);
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
        const int block = m_blocks.at(report);
        for (const auto& figure : report->figures) {
            if (figure.unit != Unit::Count || !is_period_flow(figure.measure))
                continue;
            const FigureKey key{figure.measure, figure.category};
            auto& summed = flows[key];
            const auto cell = m_table.count_cell(block, figure.measure, figure.category);
            if (cell && std::find(summed.begin(), summed.end(), *cell) == summed.end())
                summed.push_back(*cell);
        }
    }
    if (!cells.latest)
        return cells;
    cells.latest_block = m_blocks.at(cells.latest);
    for (const auto& figure : cells.latest->figures) {
        if (figure.unit != Unit::Count || is_period_flow(figure.measure))
            continue;
        if (const auto cell =
                m_table.count_cell(cells.latest_block, figure.measure, figure.category))
            cells.cells.try_emplace({figure.measure, figure.category}, CellParts{*cell});
    }
    for (const auto& [key, summed] : flows) {
        if (summed.size() == 1 || !laid_out)
            cells.cells[key] = summed;
        else
            cells.cells[key] = {m_table.add_sum(summed)};
    }
    return cells;
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
        totals[key] = {m_table.add_sum(cells)};
    return totals;
}

} // namespace finsam
