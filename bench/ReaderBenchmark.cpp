// ReportReader::read on whole report texts: each seed text beside the checkout (skipped when
// the seeds are absent) and one example report: the first .txt/.md under examples/ that is not
// a README, or the fictional report in bench/fixtures/ when there is none. One item is one
// document.
//
//   finsam_reader_bench [--benchmark_repetitions=5 --benchmark_report_aggregates_only=true]
//
// FINSAM_SEEDS_DIR, FINSAM_TEMPLATES_DIR and FINSAM_EXAMPLES_DIR in the environment override
// the folders compiled in.
#include "ingest/ReportReader.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace fs = std::filesystem;

fs::path folder(const char* variable, const char* compiled_in) {
    const char* value = std::getenv(variable);
    return value && *value ? fs::path(value) : fs::path(compiled_in);
}

std::string read_whole_file(const fs::path& file) {
    std::ifstream input(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>());
}

bool is_report_text(const fs::path& file) {
    auto extension = file.extension();
    return (extension == ".txt" || extension == ".md") &&
           !file.stem().string().starts_with("README");
}

/// The .txt and .md files in a folder (and its subfolders when `recursive`), sorted, without
/// READMEs; none when the folder is absent.
std::vector<fs::path> text_files(const fs::path& directory, bool recursive) {
    std::vector<fs::path> files;
    std::error_code error;
    auto consider = [&](const fs::directory_entry& entry) {
        if (entry.is_regular_file(error) && is_report_text(entry.path()))
            files.push_back(entry.path());
    };
    if (recursive) {
        for (auto it = fs::recursive_directory_iterator(directory, error);
             !error && it != fs::recursive_directory_iterator(); it.increment(error))
            consider(*it);
    } else {
        for (auto it = fs::directory_iterator(directory, error);
             !error && it != fs::directory_iterator(); it.increment(error))
            consider(*it);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<fs::path> example_file() {
    auto examples = text_files(folder("FINSAM_EXAMPLES_DIR", FINSAM_EXAMPLES_DIR), true);
    if (!examples.empty())
        return examples.front();
    auto fixture = fs::path(FINSAM_BENCH_FIXTURES_DIR) / "fiktiv-kvartalsrapport.txt";
    if (fs::is_regular_file(fixture))
        return fixture;
    return std::nullopt;
}

void read_report(benchmark::State& state, const finsam::ReportReader* reader,
                 const std::string* text) {
    std::size_t reports = 0;
    for (auto _ : state) {
        auto reading = reader->read(*text);
        reports = reading.reports.size();
        benchmark::DoNotOptimize(reading);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text->size()));
    state.counters["reports"] = static_cast<double>(reports);
    state.counters["KiB"] = static_cast<double>(text->size()) / 1024.0;
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    auto templates = finsam::load_templates(folder("FINSAM_TEMPLATES_DIR", FINSAM_TEMPLATES_DIR));
    if (!templates) {
        std::fprintf(stderr, "cannot load the templates: %s: %s\n", templates.error().file.c_str(),
                     templates.error().reason.c_str());
        return 2;
    }
    const finsam::ReportReader reader(std::move(*templates));

    // The texts live until the benchmarks have run; the benchmarks point into them.
    std::vector<std::unique_ptr<std::string>> texts;
    auto add = [&](const std::string& label, const fs::path& file) {
        texts.push_back(std::make_unique<std::string>(read_whole_file(file)));
        benchmark::RegisterBenchmark(("ReportReader_read/" + label).c_str(), read_report, &reader,
                                     texts.back().get());
    };

    auto seeds_dir = folder("FINSAM_SEEDS_DIR", FINSAM_SEEDS_DIR);
    auto seeds = text_files(seeds_dir, false);
    if (seeds.empty())
        std::fprintf(stderr, "skipping the seed benchmarks: no seed texts in %s\n",
                     seeds_dir.string().c_str());
    for (const auto& seed : seeds)
        add("seed/" + seed.stem().string(), seed);

    if (auto example = example_file())
        add("example/" + example->stem().string(), *example);
    else
        std::fprintf(stderr, "skipping the example benchmark: no example report found\n");

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
