#pragma once

#include "domain/FigureTable.h"
#include "domain/Period.h"
#include "storage/StatisticsQueries.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace finsam {

/// A count by measure and category (the part of a breakdown; empty for the whole).
using FigureKey = std::pair<Measure, std::string>;

/// Whether a measure counts what happened during a period (new, ended, and their
/// breakdowns), so that a longer period's figure is the sum of its quarters'.
bool is_period_flow(Measure measure);

/// One insats's reports that the audience may see, oldest first.
struct VisibleReports {
    std::int64_t intervention_id = 0;
    std::vector<const StatisticsReport*> reports;
};

/// A figure of a period: one cell of the table; for a range that is no quarter, half year or
/// year, the cells it adds up, which it may be shown only when each of them is (then a reader
/// could add them up anyway).
using CellParts = std::vector<int>;

/// One insats's figures of one period, as cells of the table.
struct PeriodCells {
    const StatisticsReport* latest = nullptr; // the latest report ending in the period
    int latest_block = -1;
    std::map<FigureKey, CellParts> cells; // counts as of the period's end from `latest`;
                                          // flows summed over the period's kvartalsrapporter
};

// The statistics of a förbund as one table for small-count protection, laid out the same
// way whichever period of a year is asked for: every quarter, both half years and the year
// of each year the period touches, each insats and the förbund's total. A reader who asks
// for the third quarter and then for the year sees cells of the same protected table, so
// comparing the answers gives nothing away. A range that is not a quarter, half year or year
// adds no cells: its figures are shown only where every cell they add up is.
//
// A total since the start carries over the turn of a year too: the last report of the year
// before joins the table as that year's own table decided it (what it shows is known, what it
// hides is protected here), so the first quarter's new cannot be read off the two totals
// either. That year's table is made for this without a year before it in turn: a figure of the
// year before that is hidden only because of the year before it is not seen here.
class StatisticsTable {
public:
    /// `interventions` hold every report of the years laid out and of the year before them.
    /// The table is protected for `threshold` (CellSuppression) once made, with the cells
    /// `published` before known to the reader (FigureTable::suppress).
    StatisticsTable(const std::vector<VisibleReports>& interventions, const Period& requested,
                    int threshold, const PublishedCells& published = {});

    /// The requested period's cells of the insats at this index of the constructor's list.
    const PeriodCells& cells_of(std::size_t intervention) const;
    /// The förbund's total of each count over its insatser, for the requested period.
    const std::map<FigureKey, CellParts>& totals() const { return m_totals; }
    /// The figure's value, and whether the table hides it: whether it hides any of its parts.
    double value(const CellParts& parts) const;
    bool hidden(const CellParts& parts) const;

    /// The block of a report in the table; nullopt for one outside the years laid out.
    std::optional<int> block_of(const StatisticsReport* report) const;

    const FigureTable& table() const { return m_table; }

    /// The cells this table shows that were not `published` yet: to be recorded as published
    /// when the reader is outside the kansli. (The year before's are its own table's to show.)
    std::vector<PublishedCell> newly_published(const PublishedCells& published) const {
        return m_table.newly_published(published);
    }

private:
    enum class YearBefore { Decided, Ignored };
    StatisticsTable(const std::vector<VisibleReports>& interventions, const Period& requested,
                    int threshold, const PublishedCells& published, YearBefore year_before);

    void carry_in_year_before(const std::vector<VisibleReports>& interventions, Date first_day,
                              int threshold, const PublishedCells& published);
    std::optional<int> linked_block(const StatisticsReport* report) const;
    void link_reports(const VisibleReports& visible);
    int sum_of(std::vector<int> cells);
    PeriodCells cells_for(const VisibleReports& reports, const Period& period, bool laid_out);
    std::map<FigureKey, CellParts> sum_over(const std::vector<PeriodCells>& per_intervention,
                                            bool laid_out);

    /// A report's block and its count cells, each key once, in the order it states them: the
    /// period flows and the counts as of its end.
    struct ReportCells {
        int block = -1;
        std::vector<std::pair<FigureKey, int>> flows;
        std::vector<std::pair<FigureKey, int>> stocks;
    };
    void add_report(const StatisticsReport* report);

    FigureTable m_table;
    std::unordered_map<const StatisticsReport*, ReportCells> m_blocks;
    std::map<const StatisticsReport*, int> m_carried_in; // the year before's, decided there
    struct CellsHash {
        std::size_t operator()(const std::vector<int>& cells) const;
    };
    std::unordered_map<std::vector<int>, int, CellsHash> m_sums; // the cells summed: their sum

    std::vector<PeriodCells> m_requested;
    std::map<FigureKey, CellParts> m_totals;
};

/// The periods whose figures a request for `requested` lays out: the quarters, half years and
/// years of the years it touches.
std::vector<Period> laid_out_periods(const Period& requested);

} // namespace finsam
