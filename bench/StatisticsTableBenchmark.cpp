// The statistics table of one förbund-year (app/statistics/StatisticsTable.h): the table of
// every quarter, half year and year with its insatser and totals, the year before's last
// reports as that year's table decides them, and the small-count protection of it all. The
// förbund is the first of the national demo set (`finsam demo --scale national`), made in
// memory, so this is finsam's own work behind `finsam statistics --period 2024`, without the
// database or the output.
//
//   finsam_statistics_table_bench [--benchmark_repetitions=10]

#include "app/demo/DemoGenerator.h"
#include "app/statistics/StatisticsTable.h"

#include <benchmark/benchmark.h>
#include <deque>

namespace {

using namespace std::chrono;

constexpr int k_threshold = 5;

const finsam::Period k_year{finsam::Date{year{2024} / January / 1},
                            finsam::Date{year{2024} / December / 31}};
// What the statistics read for a year: its reports and those of the year before.
const finsam::Period k_read{finsam::Date{year{2023} / January / 1}, k_year.end};

struct Reports {
    std::deque<finsam::StatisticsReport> stored; // stable addresses for VisibleReports
    std::vector<finsam::VisibleReports> interventions;
};

Reports first_national_association() {
    const auto association = finsam::generate_demo_association(finsam::national_demo_scale(), 0,
                                                               finsam::demo_association_name(0));
    Reports reports;
    std::int64_t intervention_id = 0;
    std::int64_t version_id = 0;
    for (const auto& intervention : association.interventions) {
        finsam::VisibleReports visible{++intervention_id, {}};
        for (const auto& generated : intervention.reports) {
            const auto period = generated.report.period.complete();
            if (!period || !k_read.contains(period->end))
                continue;
            reports.stored.push_back({intervention_id, 0, ++version_id, generated.report.kind,
                                      generated.status, period->start, period->end,
                                      generated.report.figures, true});
            visible.reports.push_back(&reports.stored.back());
        }
        reports.interventions.push_back(std::move(visible));
    }
    return reports;
}

void statistics_table(benchmark::State& state) {
    const Reports reports = first_national_association();
    for (auto _ : state) {
        finsam::StatisticsTable table(reports.interventions, k_year, k_threshold);
        benchmark::DoNotOptimize(table);
    }
    state.counters["reports"] = double(reports.stored.size());
}

} // namespace

BENCHMARK(statistics_table)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
