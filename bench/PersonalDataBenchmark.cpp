// The personal-data guard on 100 KB of section text, the most a section may hold:
//
//   finsam_personal_data_bench [--benchmark_repetitions=5 --benchmark_report_aggregates_only=true]
//
// "report" is the fictional report in bench/fixtures/ repeated to 100 KB: ordinary prose with
// dates, amounts and diarienummer and no personal data. "dense" is 100 KB of nothing but
// disguised personnummer, mobile numbers, e-mail addresses and names, the guard's worst case.
#include "domain/PersonalData.h"

#include <benchmark/benchmark.h>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

namespace {

constexpr std::size_t k_section_bytes = 100'000;

/// `piece` repeated up to k_section_bytes, cut at the end of the last whole piece.
std::string repeated_to_section_size(const std::string& piece) {
    std::string text;
    while (text.size() + piece.size() <= k_section_bytes)
        text += piece;
    return text;
}

const std::string& report_text() {
    static const std::string text = [] {
        std::ifstream input(FINSAM_BENCH_FIXTURES_DIR "/fiktiv-kvartalsrapport.txt",
                            std::ios::binary);
        return repeated_to_section_size(
            std::string(std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>()));
    }();
    return text;
}

const std::string& dense_text() {
    static const std::string text = repeated_to_section_size(
        "Anna Svensson 640823\u20133234, 6408\u200b23 3234, anna.svensson@kommunen.se, "
        "kalle@gmail.com, 070-123 45 67, +46 70 123 45 67, 2023-09-01\u20132024-02-28, "
        "1\u00a0250\u00a0000 kr.\n");
    return text;
}

void count_bytes(benchmark::State& state, const std::string& text) {
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void find_personal_data(benchmark::State& state, const std::string& (*text)()) {
    for (auto _ : state)
        benchmark::DoNotOptimize(finsam::find_personal_data(text()));
    count_bytes(state, text());
}

void contains_identity_number(benchmark::State& state, const std::string& (*text)()) {
    for (auto _ : state)
        benchmark::DoNotOptimize(finsam::contains_identity_number(text()));
    count_bytes(state, text());
}

/// Includes copying the text, as ReportReader redacts in place.
void redact_identity_numbers(benchmark::State& state, const std::string& (*text)()) {
    for (auto _ : state) {
        std::string copy = text();
        benchmark::DoNotOptimize(finsam::redact_identity_numbers(copy));
        benchmark::DoNotOptimize(copy);
    }
    count_bytes(state, text());
}

BENCHMARK_CAPTURE(find_personal_data, report, report_text);
BENCHMARK_CAPTURE(find_personal_data, dense, dense_text);
BENCHMARK_CAPTURE(contains_identity_number, report, report_text);
BENCHMARK_CAPTURE(contains_identity_number, dense, dense_text);
BENCHMARK_CAPTURE(redact_identity_numbers, report, report_text);
BENCHMARK_CAPTURE(redact_identity_numbers, dense, dense_text);

} // namespace

BENCHMARK_MAIN();
