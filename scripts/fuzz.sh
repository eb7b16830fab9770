#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time on a seed corpus
# made from the test fixtures and examples (fuzz/seeds/ for inputs that have none).
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] (default 60).
# FINSAM_FUZZ_BUILD_DIR overrides the build directory (default build/fuzz).
# Exits non-zero when a target crashes; the input that did it is kept in <build>/crashes/
# and belongs in a fixture and a test once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
build="${FINSAM_FUZZ_BUILD_DIR:-build/fuzz}"
fixtures=tests/ingest/formats/fixtures

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFINSAM_FUZZ=ON -DFINSAM_BENCH=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target finsam_fuzzers

# Seeds for a target: the fixtures of its format. The DOCX target also takes bare
# word/document.xml parts, which it wraps in a zip itself.
seed() {
    local target=$1 directory=$2
    case "$target" in
    finsam_fuzz_docx)
        cp "$fixtures"/*.docx "$directory"/
        for docx in "$fixtures"/*.docx; do
            unzip -p "$docx" word/document.xml >"$directory/$(basename "$docx" .docx).xml"
        done
        ;;
    finsam_fuzz_email)
        cp "$fixtures"/*.eml "$directory"/
        ;;
    finsam_fuzz_report_reader)
        cp examples/*/*.txt examples/*/*.md tests/cli/fixtures/*.txt "$directory"/
        ;;
    finsam_fuzz_personal_data)
        cp examples/*/*.txt fuzz/seeds/personal-data/* "$directory"/
        ;;
    esac
}

mkdir -p "$build/crashes" "$build/logs"
status=0
for fuzzer in "$build"/fuzz/finsam_fuzz_*; do
    [[ -x "$fuzzer" ]] || continue
    target=$(basename "$fuzzer")
    corpus="$build/corpus/$target"
    seeds="$build/seeds/$target"
    rm -rf "$seeds"
    mkdir -p "$corpus" "$seeds"
    seed "$target" "$seeds"
    echo "== $target (${seconds}s)"
    # The first directory collects what the fuzzer finds; the seeds stay as they are.
    if "$fuzzer" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
        -artifact_prefix="$build/crashes/$target-" "$corpus" "$seeds" \
        >"$build/logs/$target.log" 2>&1; then
        grep -E '^(stat::number_of_executed_units|Done )' "$build/logs/$target.log" || true
    else
        echo "$target failed; see $build/logs/$target.log:"
        tail -n 40 "$build/logs/$target.log"
        status=1
    fi
done
exit "$status"
