#!/usr/bin/env bash
# Runs every test: installs dependencies, checks formatting, builds with warnings as errors
# under AddressSanitizer + UBSan, runs the test suite against SQLite and a throwaway
# PostgreSQL server, runs the browser tests, and runs each fuzzer for a bounded time. FINSAM_FUZZ_SECONDS sets the fuzzing time per target (default 30; 0 skips fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test

echo "== Formatting"
scripts/check-format.sh

echo "== Build (Debug, ASan + UBSan, warnings as errors)"
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFINSAM_WERROR=ON \
    -DFINSAM_SANITIZE=ON -DFINSAM_BENCH=ON >/dev/null
cmake --build build/test

echo "== Tests (SQLite, and PostgreSQL on a throwaway local server)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan-suppressions.txt
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
scripts/with-postgres.sh ctest --test-dir build/test --output-on-failure -j2

echo "== Browser tests (Playwright with Debian's chromium, against finsam serve)"
tests/e2e/run.sh build/test/src/cli/finsam

fuzz_seconds="${FINSAM_FUZZ_SECONDS:-30}"
if [[ "$fuzz_seconds" != 0 && -x scripts/fuzz.sh ]]; then
    echo "== Fuzzing (${fuzz_seconds}s per target)"
    scripts/fuzz.sh "$fuzz_seconds"
fi
