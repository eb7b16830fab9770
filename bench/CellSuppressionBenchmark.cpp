// Secondary cell suppression (domain/CellSuppression.h) of one insats's table over ten years:
//
//   finsam_cell_suppression_bench [--benchmark_repetitions=10
//   --benchmark_report_aggregates_only=true]
//
// 40 quarters × 12 inner cells, each quarter's row totals, and every series (inner cell or row
// total) summed per half year, per year and over the decade. "one_split" splits one measure
// into 12 parts (one block of 480 inner cells, the hard case); "four_measures" splits four
// measures by kön (kvinna, man, annat/okänt), four independent blocks. Counts are drawn with a
// fixed seed: about 1 in 10 is zero and 1 in 5 is small.
#include "domain/CellSuppression.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <random>
#include <vector>

namespace {

constexpr int k_quarters = 40;
constexpr int k_inner_per_quarter = 12;
constexpr int k_threshold = 5;

struct Table {
    int inner_count = 0;
    std::vector<finsam::TableCell> cells;
};

/// A series is one figure over the quarters: its inner cells in each quarter.
using Series = std::vector<std::vector<int>>;

finsam::TableCell sum_of(const std::vector<int>& inner_cells, const std::vector<double>& values) {
    finsam::TableCell cell;
    for (const int inner : inner_cells) {
        cell.terms.emplace_back(inner, 1);
        cell.value += values[static_cast<std::size_t>(inner)];
    }
    return cell;
}

/// Each series per quarter, half year, year and over all quarters.
void add_period_sums(const Series& series, const std::vector<double>& values, Table& table) {
    for (const int quarters_per_period : {1, 2, 4, k_quarters}) {
        for (int start = 0; start < k_quarters; start += quarters_per_period) {
            std::vector<int> inner_cells;
            for (int quarter = start; quarter < start + quarters_per_period; ++quarter) {
                const auto& parts = series[static_cast<std::size_t>(quarter)];
                inner_cells.insert(inner_cells.end(), parts.begin(), parts.end());
            }
            table.cells.push_back(sum_of(inner_cells, values));
        }
    }
}

Table insats_decade(int measures) {
    std::mt19937 random(2026);
    std::vector<double> values;
    for (int inner = 0; inner < k_quarters * k_inner_per_quarter; ++inner) {
        const int kind = std::uniform_int_distribution<int>(0, 9)(random);
        values.push_back(kind == 0   ? 0
                         : kind <= 2 ? std::uniform_int_distribution<int>(1, 4)(random)
                                     : std::uniform_int_distribution<int>(5, 40)(random));
    }
    Table table;
    table.inner_count = static_cast<int>(values.size());
    const int parts_per_measure = k_inner_per_quarter / measures;
    const auto inner_of = [](int quarter, int part) {
        return quarter * k_inner_per_quarter + part;
    };
    for (int measure = 0; measure < measures; ++measure) {
        Series row_total(k_quarters);
        for (int part = measure * parts_per_measure; part < (measure + 1) * parts_per_measure;
             ++part) {
            Series inner(k_quarters);
            for (int quarter = 0; quarter < k_quarters; ++quarter) {
                inner[static_cast<std::size_t>(quarter)].push_back(inner_of(quarter, part));
                row_total[static_cast<std::size_t>(quarter)].push_back(inner_of(quarter, part));
            }
            add_period_sums(inner, values, table);
        }
        add_period_sums(row_total, values, table);
    }
    return table;
}

std::size_t count_of(const std::vector<bool>& flags) {
    return static_cast<std::size_t>(std::count(flags.begin(), flags.end(), true));
}

void suppress(benchmark::State& state, int measures) {
    const Table table = insats_decade(measures);
    finsam::SuppressionResult result;
    for (auto _ : state) {
        result = finsam::suppress_small_counts(table.inner_count, table.cells, k_threshold);
        benchmark::DoNotOptimize(result);
    }
    state.counters["cells"] = static_cast<double>(table.cells.size());
    state.counters["small"] = static_cast<double>(count_of(result.primary));
    state.counters["hidden"] = static_cast<double>(count_of(result.hidden));
}

BENCHMARK_CAPTURE(suppress, one_split, 1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(suppress, four_measures, 4)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
