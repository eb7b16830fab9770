#!/usr/bin/env bash
# Issue #10's goals for the board report (see bench/README.md, "Board report (issue #10)"): a
# report of 40 insatser with two years of quarterly reports (`finsam demo --scale large`: one
# förbund, 40 insatser, the quarters of 2023–2024) is written in under 0.5 s as HTML and under
# 2 s as PDF or DOCX, with peak memory under 200 MB.
#
# Builds a release binary (unless FINSAM_BENCH_SKIP_BUILD=1), writes the data set into a new
# SQLite file, then times `finsam board-report` in every format with hyperfine, for the year
# 2024 (the 2023 reports carried in, as every year's report has its year before) and for the
# whole range 2023–2024, each command pinned to one core, and measures each one's peak memory
# (GNU time's maximum resident set). Prints a summary with PASS/FAIL per goal.
#
#   bench/board-report.sh           10 runs per command
#   bench/board-report.sh --quick   3 runs per command
#
# Environment: FINSAM_BENCH_BUILD_DIR (build-bench), FINSAM_BENCH_SKIP_BUILD=1,
# FINSAM_BENCH_KEEP=1 (keep the folder), FINSAM_BENCH_RUNS (10), FINSAM_BENCH_CORE (0).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${FINSAM_BENCH_RUNS:-10}"
for argument in "$@"; do
    case "$argument" in
    --quick) runs=3 ;;
    -h | --help)
        awk 'NR > 1 && !/^#/ { exit } NR > 1' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench/board-report.sh: unknown argument $argument (try --help)" >&2
        exit 2
        ;;
    esac
done
build_dir="${FINSAM_BENCH_BUILD_DIR:-$root/build-bench}"
core="${FINSAM_BENCH_CORE:-0}"

die() {
    echo "bench/board-report.sh: $*" >&2
    exit 2
}
for tool in hyperfine jq /usr/bin/time taskset; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (apt-get install hyperfine jq time util-linux)"
done

work="$(mktemp -d)"
cleanup() { [[ "${FINSAM_BENCH_KEEP:-0}" == 1 ]] && echo "kept $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

if [[ "${FINSAM_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    echo "== building the release binary in $build_dir" >&2
    # GCC 12 at -O3 warns falsely (-Wrestrict) in std::string code, so no -Werror here.
    { cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DBUILD_TESTING=OFF -DFINSAM_BENCH=OFF -DFINSAM_WERROR=OFF &&
        cmake --build "$build_dir" --target finsam -j2; } >"$work/build.log" 2>&1 ||
        { tail -n 40 "$work/build.log" >&2; die "the build failed"; }
fi
finsam="$build_dir/src/cli/finsam"
[[ -x "$finsam" ]] || die "no finsam binary at $finsam"

database="$work/large.db"
echo "== writing the data set" >&2
"$finsam" --db "$database" demo --scale large >&2
export FINSAM_TEMPLATES="$root/templates/reports" FINSAM_BOARD_TEMPLATES="$root/templates/board"

command_for() { # command_for PERIOD FORMAT
    echo "$finsam --db '$database' board-report --period $1 --format $2 -o '$work/report.$2'"
}
median_of() { # median_of PERIOD FORMAT: seconds, hyperfine's median
    taskset -c "$core" hyperfine --style basic --warmup 1 --runs "$runs" -N \
        --export-json "$work/timing.json" "$(command_for "$1" "$2")" >"$work/hyperfine.log" 2>&1 ||
        { cat "$work/hyperfine.log" >&2; die "hyperfine failed on $1 $2"; }
    jq -r '.results[0].median' "$work/timing.json"
}
peak_of() { # peak_of PERIOD FORMAT: MiB
    eval "/usr/bin/time -f %M -o '$work/peak' $(command_for "$1" "$2")"
    awk '{ printf "%.0f", $1 / 1024 }' "$work/peak"
}
verdict() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo FAIL; fi; }

echo
echo "Board report benchmark ($(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown))"
echo "Data: finsam demo --scale large; medians of $runs runs, pinned to core $core"
echo
echo "| Period | Format | Time | Goal | Peak memory | Goal (< 200 MiB) |"
echo "|---|---|---|---|---|---|"
for period in 2024 2023-01-01..2024-12-31; do
    for format in html pdf docx xlsx; do
        seconds=$(median_of "$period" "$format")
        peak=$(peak_of "$period" "$format")
        case "$format" in
        html) goal=0.5 ;;
        pdf | docx) goal=2 ;;
        *) goal="" ;;
        esac
        if [[ -n "$goal" ]]; then
            time_verdict="< $goal s: $(verdict "$seconds < $goal")"
        else
            time_verdict="(no goal)"
        fi
        printf '| %s | %s | %.0f ms | %s | %s MiB | %s |\n' "$period" "$format" \
            "$(awk "BEGIN { print $seconds * 1000 }")" "$time_verdict" "$peak" \
            "$(verdict "$peak < 200")"
    done
done
